import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** The fixture service as its own process, with IPC as the launcher starts it. */
const started: ChildProcess[] = [];
// A process the test failed to stop is not left behind.
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function service(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = fork(join(import.meta.dirname, 'runService.fixture.ts'), [], {
    env: { ...process.env, ...env },
    execArgv: ['--conditions=source', '--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

async function untilPrinted(running: ReturnType<typeof service>, text: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!running.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`never printed "${text}":\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a service process', () => {
  it('stops on SIGTERM while it is still starting, instead of starting on unstoppable', async () => {
    const starting = service({ STUB_START: 'never' });
    await untilPrinted(starting, 'starting');
    starting.child.kill('SIGTERM');
    expect(await starting.exited).toEqual({ code: 0, signal: null });
  });

  it('stops when its launcher goes away while it is still starting', async () => {
    const starting = service({ STUB_START: 'never' });
    await untilPrinted(starting, 'starting');
    starting.child.disconnect();
    expect(await starting.exited).toEqual({ code: 0, signal: null });
  });

  it('refuses a setting in one line, without a stack trace, whether read in start or at the top of the module', async () => {
    const refusedInStart = service({ STUB_START: 'refuse' });
    expect(await refusedInStart.exited).toEqual({ code: 1, signal: null });
    expect(refusedInStart.output()).toBe('stub: failed to start: STUB_LEVEL must be one of quiet, loud, got "x"\n');

    const refusedAtTop = service({ STUB_TOP_MS: '0x10' });
    expect(await refusedAtTop.exited).toEqual({ code: 1, signal: null });
    expect(refusedAtTop.output()).toBe('STUB_TOP_MS must be a whole number from 0 to 2147483647 (the longest a timer can wait), got "0x10"\n');
  });
});
