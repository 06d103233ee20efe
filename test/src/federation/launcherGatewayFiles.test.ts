import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ephemeralEnvironment, startLauncher, type LauncherRun } from '../harness/launcherProcess.ts';

/**
 * The files the gateway's settings name — its supergraph, its persisted operation list — are
 * read and loaded by the launcher before anything starts: a wrong path or a broken file is one
 * line naming the variable, and no subgraph starts, nor is a database seeded.
 */
const dirs: string[] = [];
const runs: LauncherRun[] = [];
afterAll(() => {
  for (const launched of runs) launched.killGroup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The launcher's output and exit code, given these settings; and whether it made its data directory. */
async function launched(settings: NodeJS.ProcessEnv) {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-gateway-files-'));
  dirs.push(dir);
  const dataDir = join(dir, 'never-made');
  const run = startLauncher('launcher', ephemeralEnvironment(dataDir, settings));
  runs.push(run);
  const code = await run.exited;
  return { code, output: run.output(), dataDirMade: existsSync(dataDir) };
}

describe("a wrong gateway file, refused by npm start before anything starts", () => {
  it('YRD_SUPERGRAPH_FILE naming no file', async () => {
    const { code, output, dataDirMade } = await launched({ YRD_SUPERGRAPH_FILE: '/nonexistent.graphql' });
    expect(code).toBe(1);
    expect(output).toBe("npm start: YRD_SUPERGRAPH_FILE /nonexistent.graphql does not load: ENOENT: no such file or directory, open '/nonexistent.graphql'\n");
    expect(dataDirMade).toBe(false);
  }, 60_000);

  it('YRD_SUPERGRAPH_FILE naming a file that is no supergraph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yrd-gateway-files-'));
    dirs.push(dir);
    const file = join(dir, 'supergraph.graphql');
    writeFileSync(file, 'garbage\n');
    const { code, output, dataDirMade } = await launched({ YRD_SUPERGRAPH_FILE: file });
    expect(code).toBe(1);
    expect(output).toBe(`npm start: YRD_SUPERGRAPH_FILE ${file} does not load: Syntax Error: Unexpected Name "garbage".\n`);
    expect(dataDirMade).toBe(false);
  }, 60_000);

  it('YRD_PERSISTED_OPERATIONS naming no file, in production mode', async () => {
    const { code, output, dataDirMade } = await launched({ YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow', YRD_PERSISTED_OPERATIONS: '/nonexistent.json' });
    expect(code).toBe(1);
    expect(output).toMatch(/^npm start: YRD_PERSISTED_OPERATIONS \/nonexistent\.json does not exist, and the safelist is enforced[^\n]*\n$/);
    expect(dataDirMade).toBe(false);
  }, 60_000);
});
