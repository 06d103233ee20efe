import { describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { waitForSubgraphs } from './waitForSubgraphs.ts';

describe('waitForSubgraphs', () => {
  it('gives up after its attempts, naming the subgraphs that never answered', async () => {
    const agent = new Agent();
    await expect(
      waitForSubgraphs([{ name: 'zhejiang', url: 'http://127.0.0.1:9/graphql' }], agent, async () => 'unused', { attempts: 2, initialDelayMs: 10 }),
    ).rejects.toThrow(/not reachable after 2 attempts: zhejiang at http:\/\/127\.0\.0\.1:9\/graphql/);
    await agent.close();
  });

  it('says which subgraphs it waits for at once, not only when it gives up', async () => {
    const agent = new Agent();
    const said: string[][] = [];
    await expect(
      waitForSubgraphs([{ name: 'anhui', url: 'http://127.0.0.1:9/graphql' }], agent, async () => 'unused', {
        attempts: 3,
        initialDelayMs: 10,
        waiting: (down) => said.push(down.map((probe) => probe.name)),
      }),
    ).rejects.toThrow(/not reachable after 3 attempts/);
    // Said after the first attempt; within ten seconds not again.
    expect(said).toEqual([['anhui']]);
    await agent.close();
  });
});
