import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnService } from './serviceProcess.ts';
import { REPOSITORY_ROOT } from './startFederation.ts';

const stub = (env: NodeJS.ProcessEnv = {}, abort?: AbortSignal) =>
  spawnService({
    name: 'stub',
    entry: join(import.meta.dirname, 'serviceProcess.fixture.ts'),
    env: { ...process.env, ...env },
    cwd: REPOSITORY_ROOT,
    output: 'pipe',
    readyTimeoutMs: 15_000,
    ...(abort ? { abort } : {}),
  });

describe('a process of the federation', () => {
  it('tells a crash (an exit nobody asked for) from a planned stop', async () => {
    const crashing = await stub();
    const planned = await stub();
    crashing.child.kill('SIGKILL');
    await planned.stop('SIGKILL');
    expect(await crashing.exited).toEqual({ code: null, signal: 'SIGKILL', planned: false });
    expect(await planned.exited).toEqual({ code: null, signal: 'SIGKILL', planned: true });
  });

  it('abandons a start when told, stopping the process it started', async () => {
    const abort = new AbortController();
    const starting = stub({ STUB_READY: 'no' }, abort.signal);
    await new Promise((resolve) => setTimeout(resolve, 200));
    abort.abort();
    await expect(starting).rejects.toThrow('stub: start abandoned');
  });
});
