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
});
