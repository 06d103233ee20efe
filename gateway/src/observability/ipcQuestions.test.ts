import { describe, expect, it } from 'vitest';
import { ipcChannel } from './ipcChannel.fixture.ts';
import { answerQuestions, IpcAsker } from './ipcQuestions.ts';

describe('questions over a cluster IPC channel', () => {
  it('matches each answer to its question, however many are open at once', async () => {
    const channel = ipcChannel();
    let asked = 0;
    answerQuestions(channel.worker, {
      count: async () => ++asked,
      echo: async () => ({ pid: 42 }),
    });
    const asker = new IpcAsker(channel.primary);
    const answers = await Promise.all([asker.ask('count', 1_000), asker.ask('echo', 1_000), asker.ask('count', 1_000)]);
    expect(answers).toEqual([1, { pid: 42 }, 2]);
  });

  it('fails a question the peer cannot answer, with its reason', async () => {
    const channel = ipcChannel();
    answerQuestions(channel.worker, {
      broken: async () => {
        throw new Error('registry unavailable');
      },
    });
    const asker = new IpcAsker(channel.primary);
    await expect(asker.ask('broken', 1_000)).rejects.toThrow('registry unavailable');
    await expect(asker.ask('unknown', 1_000)).rejects.toThrow(/no answer to "unknown" here/);
  });

  it('gives up on a peer that does not answer, at its timeout', async () => {
    const channel = ipcChannel();
    channel.mute();
    answerQuestions(channel.worker, { count: async () => 1 });
    await expect(new IpcAsker(channel.primary).ask('count', 30)).rejects.toThrow(/no answer to "count" within 30 ms/);
  });

  it('fails at once when the channel is closed, and every open question when the peer is gone', async () => {
    const channel = ipcChannel();
    channel.mute();
    const asker = new IpcAsker(channel.primary);
    const open = asker.ask('count', 60_000);
    asker.abandon('gateway worker 7 exited');
    await expect(open).rejects.toThrow('gateway worker 7 exited');
    channel.close();
    await expect(asker.ask('count', 60_000)).rejects.toThrow(/channel is closed/);
  });

  it('ignores messages that are not its own (node:cluster and other libraries share the channel)', async () => {
    const channel = ipcChannel();
    answerQuestions(channel.worker, { count: async () => 1 });
    const asker = new IpcAsker(channel.primary);
    channel.worker.onMessage(() => undefined);
    channel.primary.onMessage(() => undefined);
    // A stray answer with an id nobody asked, and unrelated messages, change nothing.
    (channel.worker as { send(message: unknown): boolean }).send({ type: 'yrd:ops-answer', id: 999, value: 'stray' });
    (channel.worker as { send(message: unknown): boolean }).send({ type: 'ready', url: 'http://127.0.0.1:1/graphql' });
    (channel.primary as { send(message: unknown): boolean }).send({ type: 'prom-client:getMetricsReq', requestId: 0 });
    expect(await asker.ask('count', 1_000)).toBe(1);
  });
});
