import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServices, buildSummary } from './buildServices.ts';

describe('compiling the services before a start', () => {
  it("reads turbo's summary: how many workspaces were compiled now and how many came up to date from its cache", () => {
    const output = ' Tasks:    7 successful, 7 total\nCached:    5 cached, 7 total\n  Time:    9.2s \n';
    expect(buildSummary(output)).toEqual({ compiled: 2, upToDate: 5 });
    expect(buildSummary(' Tasks:    7 successful, 7 total\nCached:    7 cached, 7 total\n  Time:    40ms >>> FULL TURBO\n')).toEqual({ compiled: 0, upToDate: 7 });
  });

  it('stops compiling when told (npm start stopped meanwhile), saying so', async () => {
    const abort = new AbortController();
    const building = buildServices(join(import.meta.dirname, '..', '..', '..'), abort.signal);
    abort.abort();
    await expect(building).rejects.toThrow('compiling the services was stopped');
  });

  it('says that npm install has not run when turbo is not installed', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'yrd-build-'));
    try {
      await expect(buildServices(bare)).rejects.toThrow(`could not run turbo (${join(bare, 'node_modules', '.bin', 'turbo')}) to compile the services: spawn`);
      await expect(buildServices(bare)).rejects.toThrow('has `npm install` run?');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
