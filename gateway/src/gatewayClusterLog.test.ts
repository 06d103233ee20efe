import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@yrd/shared/observability/logger';
import { startGatewayCluster, type GatewayWorker } from './gatewayCluster.ts';

/** A worker without a process: ready at once; the test kills it. */
function stubWorker(pid: number) {
  const exits: ((code: number | null, signal: string | null) => void)[] = [];
  let dead = false;
  const worker: GatewayWorker = {
    pid,
    onReady: (listener) => queueMicrotask(() => listener('http://127.0.0.1:6000/graphql')),
    onExit: (listener) => exits.push(listener),
    send: () => true,
    onMessage: () => undefined,
    isDead: () => dead,
    kill: () => undefined,
  };
  const die = () => {
    dead = true;
    for (const listener of exits) listener(null, 'SIGKILL');
  };
  return { worker, die };
}

describe("the cluster primary's log", () => {
  it('names a dead worker workerPid, beside (not instead of) its own pid', async () => {
    const lines: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const { worker, die } = stubWorker(4242);
    // Its replacement is due in a minute, after the test has closed the cluster.
    const cluster = await startGatewayCluster(1, createLogger('gateway', {}, output), { fork: () => worker, firstRestartDelayMs: 60_000 });
    die();
    await cluster.close();
    const died = lines.find((line) => line.includes('gateway worker died'));
    expect(died).toBeDefined();
    // One "pid" key (the primary's, as on every line), not two in the same JSON object.
    expect(died?.match(/"pid":/g)).toHaveLength(1);
    expect(JSON.parse(died as string)).toMatchObject({ pid: process.pid, workerPid: 4242, signal: 'SIGKILL' });
  });
});
