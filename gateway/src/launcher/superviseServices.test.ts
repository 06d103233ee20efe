import type { ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceExit, ServiceProcess } from './serviceProcess.ts';
import { superviseServices, type SupervisionEvent } from './superviseServices.ts';

/** A process without a process: the test crashes it; stop() is a planned exit. */
function stubService(name: string, url = `http://127.0.0.1:4101/graphql`) {
  let exit!: (value: ServiceExit) => void;
  const exited = new Promise<ServiceExit>((resolve) => (exit = resolve));
  const service: ServiceProcess & { crash(how?: Partial<ServiceExit>): void } = {
    name,
    url,
    child: {} as ChildProcess,
    exited,
    recentOutput: () => '',
    stop: vi.fn(async () => {
      exit({ code: 0, signal: null, planned: true });
    }),
    crash: (how = {}) => exit({ code: 1, signal: null, planned: false, ...how }),
  };
  return service;
}

const policy = { maxAttempts: 5, firstDelayMs: 1_000, maxDelayMs: 16_000, steadyAfterMs: 60_000 };
let events: SupervisionEvent[];
const report = (event: SupervisionEvent) => events.push(event);

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('restarting a process of the federation that exits unplanned', () => {
  it('starts it again after a pause and says where it is back', async () => {
    const crashed = stubService('anhui');
    const replacement = stubService('anhui');
    const respawn = vi.fn(async () => replacement);
    const supervisor = superviseServices(respawn, report, policy);
    supervisor.watch(crashed);

    crashed.crash({ code: null, signal: 'SIGKILL' });
    await vi.advanceTimersByTimeAsync(999);
    expect(respawn).not.toHaveBeenCalled();
    expect(events).toEqual([{ type: 'exited', name: 'anhui', how: 'SIGKILL', attempt: 1, maxAttempts: 5, restartInMs: 1_000 }]);
    await vi.advanceTimersByTimeAsync(1);
    expect(respawn).toHaveBeenCalledWith('anhui', expect.any(AbortSignal));
    expect(events.at(-1)).toEqual({ type: 'restarted', name: 'anhui', url: replacement.url });
    await supervisor.close();
  });

  it('waits longer each time it keeps dying, and gives up after 5 restarts that did not last', async () => {
    const respawned: ReturnType<typeof stubService>[] = [];
    let attempt = 0;
    const respawn = vi.fn(async () => {
      attempt++;
      // Restarts fail in both ways: not coming up at all, and coming up only to die again.
      if (attempt % 2 === 1) throw new Error('jiangsu exited (code 1) before it was ready:\nError: disk full');
      const service = stubService('jiangsu');
      respawned.push(service);
      return service;
    });
    const supervisor = superviseServices(respawn, report, policy);
    const first = stubService('jiangsu');
    supervisor.watch(first);
    first.crash();

    const pauses: number[] = [];
    for (let restart = 0; restart < 5; restart++) {
      const calls = respawn.mock.calls.length;
      let waited = 0;
      while (respawn.mock.calls.length === calls) {
        await vi.advanceTimersByTimeAsync(500);
        waited += 500;
      }
      pauses.push(waited);
      respawned.at(-1)?.crash();
      await vi.advanceTimersByTimeAsync(0);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(pauses).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(respawn).toHaveBeenCalledTimes(5);
    expect(events.filter((event) => event.type === 'restart-failed')[0]).toMatchObject({ reason: 'jiangsu exited (code 1) before it was ready:', attempt: 2 });
    expect(events.at(-1)).toEqual({ type: 'gave-up', name: 'jiangsu', attempts: 5, reason: 'jiangsu exited (code 1) before it was ready:' });
    await supervisor.close();
  });

  it('counts afresh for a process that ran steadily for a minute before it died', async () => {
    let latest = stubService('zhejiang');
    const respawn = vi.fn(async () => (latest = stubService('zhejiang')));
    const supervisor = superviseServices(respawn, report, policy);
    supervisor.watch(latest);
    for (let crash = 0; crash < 8; crash++) {
      await vi.advanceTimersByTimeAsync(61_000);
      latest.crash();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(respawn).toHaveBeenCalledTimes(8);
    expect(events.filter((event) => event.type === 'exited').map((event) => (event as { restartInMs: number }).restartInMs)).toEqual(Array(8).fill(1_000));
    expect(events.some((event) => event.type === 'gave-up')).toBe(false);
    await supervisor.close();
  });

  it('restarts nothing that was stopped on purpose', async () => {
    const service = stubService('catalog');
    const respawn = vi.fn(async () => stubService('catalog'));
    const supervisor = superviseServices(respawn, report, policy);
    supervisor.watch(service);
    await service.stop('SIGKILL');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(respawn).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });

  it('once closed (Ctrl-C), abandons a restart under way and takes no exit for a crash', async () => {
    const crashed = stubService('gateway');
    let started: AbortSignal | undefined;
    const respawn = vi.fn(
      (_name: string, abort: AbortSignal) =>
        new Promise<ServiceProcess>((_resolve, reject) => {
          started = abort;
          abort.addEventListener('abort', () => reject(new Error('gateway: start abandoned')));
        }),
    );
    const other = stubService('shanghai');
    const supervisor = superviseServices(respawn, report, policy);
    supervisor.watch(crashed);
    supervisor.watch(other);
    crashed.crash();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started?.aborted).toBe(false);

    await supervisor.close();
    expect(started?.aborted).toBe(true);
    other.crash({ code: 0 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(respawn).toHaveBeenCalledTimes(1);
    expect(events.map((event) => event.type)).toEqual(['exited']);
  });

  it('leaves a name to a planned restart that forgets it while its own restart waits', async () => {
    const crashed = stubService('anhui');
    const respawn = vi.fn(async () => stubService('anhui'));
    const supervisor = superviseServices(respawn, report, policy);
    supervisor.watch(crashed);
    crashed.crash();
    await vi.advanceTimersByTimeAsync(500);
    await supervisor.forget('anhui');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(respawn).not.toHaveBeenCalled();
  });
});
