import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServices, buildSummary } from './buildServices.ts';

describe('compiling the services before a start', () => {
  it("reads turbo's output: which workspaces were compiled now and how many came up to date from its cache", () => {
    // As turbo 2 writes it with --output-logs=new-only (a change in Anhui's sources: Anhui and the gateway that depends on it).
    const output = [
      '   • Running build in 8 packages',
      '@yrd/shared:build: cache hit, suppressing logs f7337a8f1a16c840',
      '@yrd/anhui:build: cache miss, executing 044bed784376213a',
      '@yrd/catalog:build: cache hit, suppressing logs 0c0f863d188bc0bb',
      '@yrd/anhui:build: > tsc -p tsconfig.build.json',
      '@yrd/gateway:build: cache miss, executing def2dd38627aae7d',
      '@yrd/gateway:build: > tsc -p tsconfig.build.json',
      '',
      ' Tasks:    7 successful, 7 total',
      'Cached:    5 cached, 7 total',
      '  Time:    9.019s ',
    ].join('\n');
    expect(buildSummary(output)).toEqual({ compiled: ['anhui', 'gateway'], upToDate: 5 });
    expect(buildSummary(' Tasks:    7 successful, 7 total\nCached:    7 cached, 7 total\n  Time:    40ms >>> FULL TURBO\n')).toEqual({ compiled: [], upToDate: 7 });
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

  it('imports nothing but Node and its own folder: it runs before any workspace is compiled (Vitest loads it by path)', () => {
    for (const file of ['buildServices.ts', 'buildLock.ts']) {
      const sources = [...readFileSync(join(import.meta.dirname, file), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
      expect(sources.filter((source) => !source?.startsWith('node:') && !source?.startsWith('./')), file).toEqual([]);
    }
  });
});
