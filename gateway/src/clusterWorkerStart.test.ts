import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@yrd/shared/observability/logger';
import { startClusterWorker } from './clusterWorkerStart.ts';

describe("a cluster worker's start", () => {
  it('that fails is one JSON line with the error, and the worker exits 1', async () => {
    const lines: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const exits: number[] = [];
    const failure = new Error('listen EADDRINUSE: address already in use 127.0.0.1:4000');
    await expect(startClusterWorker(() => Promise.reject(failure), createLogger('gateway', {}, output), (code) => void exits.push(code))).rejects.toBe(failure);
    expect(exits).toEqual([1]);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string) as { level: number; msg: string; err: { message: string; stack: string } };
    expect(line).toMatchObject({ level: 60, service: 'gateway', msg: 'gateway worker failed to start', err: { message: failure.message } });
    expect(line.err.stack).toContain('clusterWorkerStart.test.ts');
  });

  it('that succeeds is the service, and nothing is logged', async () => {
    const service = { url: 'http://127.0.0.1:4000/graphql', close: async () => undefined };
    const exits: number[] = [];
    const lines: string[] = [];
    const output = new Writable({ write: (chunk: Buffer, _encoding, done) => void (lines.push(chunk.toString('utf8')), done()) });
    expect(await startClusterWorker(async () => service, createLogger('gateway', {}, output), (code) => void exits.push(code))).toBe(service);
    expect(exits).toEqual([]);
    expect(lines).toEqual([]);
  });
});
