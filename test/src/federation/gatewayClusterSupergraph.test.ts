import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { eventually } from '../harness/eventually.ts';
import { freeLoopbackPort } from '../harness/freeLoopbackPort.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';

/**
 * A cluster of gateway workers serving a supergraph file that stops loading: the workers keep
 * the last good schema, and so does a worker started after that in the place of one that died —
 * from the primary, which keeps what its workers served.
 */
const ORIGINAL_DESCRIPTION = 'A standard item by its 12-digit basic code. Unknown codes are a NOT_FOUND error.';
const NEW_DESCRIPTION = 'A standard item (标准事项) by its 12-digit basic code; the last good schema.';
let federation: BootedFederation;
let dir: string;
let supergraphFile: string;
let opsBase: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yrd-cluster-supergraph-'));
  supergraphFile = join(dir, 'supergraph.graphql');
  copyFileSync(join(REPOSITORY_ROOT, 'gateway/supergraph.graphql'), supergraphFile);
  const opsPort = await freeLoopbackPort();
  opsBase = `http://127.0.0.1:${opsPort}`;
  federation = await bootFederation({ YRD_GATEWAY_WORKERS: '2', YRD_OPS_PORT: String(opsPort), YRD_SUPERGRAPH_FILE: supergraphFile });
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

type LogLine = { msg?: string; pid?: number; [field: string]: unknown };

/** Every line the gateway wrote (the primary's and every worker's), JSON or not. */
const outputLines = () => (federation.processes.get('gateway')?.recentOutput() ?? '').split('\n');
/** The JSON ones; a line cut across two output chunks is skipped. */
const logLines = () =>
  outputLines().flatMap((line): LogLine[] => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
const withMessage = (msg: string) => logLines().filter((line) => line.msg === msg);

async function itemDescription(): Promise<string | null> {
  const { __schema } = dataOf(await graphql<{ __schema: { queryType: { fields: { name: string; description: string | null }[] } } }>(federation.gatewayUrl, '{ __schema { queryType { fields { name description } } } }'));
  return __schema.queryType.fields.find((field) => field.name === 'item')?.description ?? null;
}

describe('a gateway cluster whose supergraph file no longer loads', () => {
  it('starts a worker in the place of one that dies, serving the last good schema, and says so', async () => {
    // A good change, loaded by both workers: the last good schema is this one, not the one they started with.
    const lastGood = readFileSync(supergraphFile, 'utf8').replace(ORIGINAL_DESCRIPTION, NEW_DESCRIPTION);
    writeFileSync(supergraphFile, lastGood);
    expect((await eventually(() => withMessage('supergraph reloaded'), (lines) => lines.length >= 2, 30_000)).length).toBe(2);
    writeFileSync(supergraphFile, 'garbage\n');
    expect((await eventually(() => withMessage('supergraph change rejected; serving the last good schema'), (lines) => lines.length >= 2, 30_000)).length).toBe(2);

    const [victim] = withMessage('gateway started').map((line) => line.pid as number);
    process.kill(victim as number, 'SIGKILL');
    const replaced = await eventually(() => withMessage('gateway worker replaced'), (lines) => lines.length > 0, 60_000);
    expect(replaced).toHaveLength(1);
    expect(withMessage('gateway worker exited before it was ready; trying again')).toEqual([]);

    const fallback = withMessage('supergraph file does not load; serving the last good schema');
    expect(fallback).toHaveLength(1);
    expect(fallback[0]).toMatchObject({
      level: 50,
      file: supergraphFile,
      served: { compositionId: createHash('sha256').update(lastGood).digest('hex'), from: 'the cluster primary' },
    });
    expect(fallback[0]?.reason).toMatch(/^YRD_SUPERGRAPH_FILE .* does not load: Syntax Error/);
    const replacement = fallback[0]?.pid;
    expect(replacement).not.toBe(victim);
    // No stack trace of a failed start among the gateway's output: every line it wrote is JSON.
    expect(outputLines().filter((line) => line.startsWith('    at '))).toEqual([]);

    const ready = (await (await fetch(`${opsBase}/ready`)).json()) as { workers: unknown };
    expect(ready.workers).toEqual({ configured: 2, live: 2, ready: 2 });
    // Both workers, the replacement among them, serve the last good schema.
    const descriptions = await Promise.all(Array.from({ length: 20 }, () => itemDescription()));
    expect(new Set(descriptions)).toEqual(new Set([NEW_DESCRIPTION]));
    // A worker logs an operation once it has answered: its line may reach the primary's output after the answer.
    const servedBy = await eventually(() => new Set(withMessage('operation').map((line) => line.pid)), (pids) => pids.has(replacement), 10_000);
    expect(servedBy.has(replacement)).toBe(true);
  }, 150_000);

  it('serves the file again, the replacement too, once it loads', async () => {
    writeFileSync(supergraphFile, readFileSync(join(REPOSITORY_ROOT, 'gateway/supergraph.graphql'), 'utf8'));
    const reloaded = await eventually(() => withMessage('supergraph reloaded'), (lines) => lines.length >= 4, 30_000);
    expect(reloaded).toHaveLength(4);
    const descriptions = await Promise.all(Array.from({ length: 20 }, () => itemDescription()));
    expect(new Set(descriptions)).toEqual(new Set([ORIGINAL_DESCRIPTION]));
  }, 60_000);
});
