import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CATALOG_SUBGRAPH, REGIONS } from '@yrd/shared/regions/regionRegistry';
import { portVariable } from '@yrd/shared/process/serviceEnvironment';
import { dataOf, graphql } from '../harness/graphqlClient.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'yrd-launcher-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start (the launcher)', () => {
  it('starts six processes, prints their URLs, serves queries, and stops them all on Ctrl-C', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, YRD_DATA_DIR: dataDir, PORT: '0', YRD_SEED_PEOPLE: '50', YRD_SEED_ENTERPRISES: '10' };
    for (const name of [CATALOG_SUBGRAPH.subgraphName, ...REGIONS.map((r) => r.subgraphName)]) env[portVariable(name)] = '0';
    const launcher = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'gateway/src/cli/startFederation.ts'], {
      cwd: REPOSITORY_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    launcher.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    launcher.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));

    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`launcher not up in time:\n${output}`)), 90_000);
      launcher.stdout.on('data', () => {
        if (output.includes('Ctrl-C stops all processes')) {
          clearTimeout(timer);
          resolve();
        }
      });
      void exited.then(() => reject(new Error(`launcher exited early:\n${output}`)));
    });

    const urls = Object.fromEntries([...output.matchAll(/^\s+(\w+)\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(urls).sort()).toEqual(['anhui', 'catalog', 'gateway', 'jiangsu', 'shanghai', 'zhejiang']);
    expect(output).toMatch(/seeded \d+ native records/);
    const gatewayUrl = urls.gateway as string;
    const data = dataOf(await graphql<{ subject: { regions: { region: string }[] } }>(gatewayUrl, '{ subject(id: "341602199203052464") { regions { region } } }'));
    expect(data.subject.regions.map((r) => r.region)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
    const consoleUrl = /^\s+console\s+(http:\/\/127\.0\.0\.1:\d+\/console)\s/m.exec(output)?.[1];
    expect(consoleUrl).toBe(gatewayUrl.replace(/\/graphql$/, '/console'));
    const page = await fetch(consoleUrl as string);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('lang="zh-CN"');

    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    // Nothing is left listening on any of the printed ports.
    for (const url of Object.values(urls)) {
      await expect(fetch(url as string, { method: 'POST', body: '{}' })).rejects.toThrow();
    }
  }, 120_000);
});
