import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { SubgraphDataSource } from './subgraphDataSource.ts';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('SubgraphDataSource', () => {
  it('names the subgraph and its region when it cannot be reached', async () => {
    const agent = new Agent();
    const source = new SubgraphDataSource('anhui', `http://127.0.0.1:${await closedPort()}/graphql`, agent, async () => 'assertion');
    const request = { query: '{ __typename }', http: { method: 'POST', url: source.url, headers: new Headers() } };
    const failure = await source
      .process({ kind: 'HEALTH_CHECK', request, context: {} } as unknown as Parameters<SubgraphDataSource['process']>[0])
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'anhui', region: 'ANHUI' });
    expect((failure as GraphQLError).message).toMatch(/安徽省（anhui） 子图暂时无法访问：.*ECONNREFUSED/);
    await agent.close();
  });
});
