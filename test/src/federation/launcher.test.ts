import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CATALOG_SUBGRAPH, REGIONS } from '@yrd/shared/regions/regionRegistry';
import { portVariable } from '@yrd/shared/process/serviceEnvironment';
import { eventually } from '../harness/eventually.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'yrd-launcher-'));
let launcher: ChildProcess;
let output = '';
let exited: Promise<number | null>;
let urls: Record<string, string>;

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, YRD_DATA_DIR: dataDir, PORT: '0', YRD_SEED_PEOPLE: '50', YRD_SEED_ENTERPRISES: '10' };
  for (const name of [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((r) => r.subgraphName)]) env[portVariable(name)] = '0';
  launcher = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'gateway/src/cli/startFederation.ts'], {
    cwd: REPOSITORY_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`launcher not up in time:\n${output}`)), 90_000);
    launcher.stdout?.on('data', () => {
      if (output.includes('Ctrl-C stops all processes')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`launcher exited early:\n${output}`)));
  });
  urls = Object.fromEntries([...output.matchAll(/^\s+(\w+)\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/gm)].map((m) => [m[1], m[2]]));
}, 120_000);

afterAll(async () => {
  if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
    launcher.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** The process the launcher started for `name` (its compiled entry point is on its command line: the suite runs the services compiled). */
function childPid(name: string): number {
  const line = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .find(([, ppid, ...args]) => Number(ppid) === launcher.pid && args.some((arg) => arg.includes(`subgraphs/${name}/dist/main.js`)));
  if (!line) throw new Error(`no ${name} process under the launcher`);
  return Number(line[0]);
}

const regionsOf = async (gatewayUrl: string) =>
  dataOf(await graphql<{ subject: { regions: { region: string }[] } }>(gatewayUrl, '{ subject(id: "341602199203052464") { regions { region } } }')).subject.regions.map(
    (r) => r.region,
  );

describe('npm start (the launcher)', () => {
  it('starts six processes, prints their URLs and serves queries', async () => {
    expect(Object.keys(urls).sort()).toEqual(['anhui', 'catalog', 'gateway', 'jiangsu', 'shanghai', 'zhejiang']);
    expect(output).toMatch(/seeded \d+ native records/);
    const gatewayUrl = urls.gateway as string;
    expect(await regionsOf(gatewayUrl)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
    const consoleUrl = /^\s+console\s+(http:\/\/127\.0\.0\.1:\d+\/console)\s/m.exec(output)?.[1];
    expect(consoleUrl).toBe(gatewayUrl.replace(/\/graphql$/, '/console'));
    const page = await fetch(consoleUrl as string);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('lang="zh-CN"');
  });

  it('starts a province that crashed again, on the same URL, and says so', async () => {
    process.kill(childPid('anhui'), 'SIGKILL');
    const back = await eventually(
      () => /^anhui is back:\n\s+anhui\s+(\S+)$/m.exec(output)?.[1],
      (url) => url !== undefined,
      60_000,
    );
    expect(output).toMatch(/anhui exited unexpectedly \(SIGKILL\); restarting it in 1 s \(attempt 1 of 5\)/);
    expect(back).toBe(urls.anhui);
    const regions = await eventually(
      () => regionsOf(urls.gateway as string).catch((): string[] => []),
      (found) => found.includes('ANHUI'),
      30_000,
    );
    expect(regions).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
  }, 90_000);

  it('stops them all on Ctrl-C, restarting none, and exits 0', async () => {
    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/exited unexpectedly \((?!SIGKILL)/);
    // Nothing is left listening on any of the printed ports.
    for (const url of Object.values(urls)) {
      await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
    }
  }, 30_000);
});
