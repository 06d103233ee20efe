import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { CALLER_HEADER } from '@yrd/shared/identity/callerAssertion';
import { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { DEFAULT_SUBGRAPH_POLICY } from './resilience/subgraphPolicy.ts';
import { SubgraphDataSource } from './subgraphDataSource.ts';

/** A subgraph stand-in that keeps what each request carried: its caller assertion and its exact body; it answers `answer`. */
async function recordingSubgraph(answer: { status: number; body: unknown } = { status: 200, body: { data: { __typename: 'Mutation' } } }) {
  const received: { assertion: string | undefined; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ assertion: request.headers[CALLER_HEADER] as string | undefined, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the caller assertion each subgraph fetch carries', () => {
  it("binds every fetch of a client's write to its exact body, and reuses the read assertion for a read's", async () => {
    const subgraph = await recordingSubgraph();
    const agent = new Agent();
    const dataSource = new SubgraphDataSource('jiangsu', subgraph.url, agent, async () => 'own', DEFAULT_SUBGRAPH_POLICY, new CircuitBreaker('jiangsu', { failureThreshold: 3, cooldownMs: 200 }));
    const bound: { subgraph: string; body: string }[] = [];
    const context = {
      requestId: 'request-1',
      assertionFor: async (name: string) => `read-assertion-for-${name}`,
      boundAssertionFor: async (name: string, body: string) => {
        bound.push({ subgraph: name, body });
        return `bound-assertion-${bound.length}`;
      },
    };
    const fetchFor = (query: string, incoming: 'query' | 'mutation') =>
      dataSource.process({
        kind: 'incoming operation',
        request: { query, variables: { caseId: '32202611250000001' }, http: { method: 'POST', url: subgraph.url, headers: new Headers() } },
        context,
        incomingRequestContext: { operation: { kind: 'OperationDefinition', operation: incoming } },
      } as unknown as Parameters<SubgraphDataSource['process']>[0]);

    await fetchFor('mutation M($caseId: ID!) { jiangsu { withdrawCase(caseId: $caseId) { id } } }', 'mutation');
    // A query the planner wrote for a client's mutation (a holder's part of requestEvidence) is part of the write.
    await fetchFor('query Q($caseId: ID!) { case(id: $caseId) { id } }', 'mutation');
    await fetchFor('query Q($caseId: ID!) { case(id: $caseId) { id } }', 'query');

    expect(subgraph.received.map((request) => request.assertion)).toEqual(['bound-assertion-1', 'bound-assertion-2', 'read-assertion-for-jiangsu']);
    // Signed over the very bytes sent.
    expect(bound).toEqual([
      { subgraph: 'jiangsu', body: subgraph.received[0]?.body },
      { subgraph: 'jiangsu', body: subgraph.received[1]?.body },
    ]);
    await agent.close();
    await subgraph.close();
  });
});

describe('a write a province refuses as a replay of a request it took up', () => {
  const refusing = (reason: string) => ({ status: 401, body: { errors: [{ message: '江苏省无法确认调用方身份', extensions: { code: 'UNAUTHENTICATED', reason } }] } });
  const writeThrough = async (reason: string) => {
    const subgraph = await recordingSubgraph(refusing(reason));
    const agent = new Agent();
    const dataSource = new SubgraphDataSource('jiangsu', subgraph.url, agent, async () => 'own', DEFAULT_SUBGRAPH_POLICY, new CircuitBreaker('jiangsu', { failureThreshold: 3, cooldownMs: 200 }));
    const context = { requestId: 'request-1', assertionFor: async () => 'read', boundAssertionFor: async () => 'bound' };
    const failure = await dataSource
      .process({
        kind: 'incoming operation',
        request: { query: 'mutation M { jiangsu { withdrawCase(caseId: "32202611250000001") { id } } }', http: { method: 'POST', url: subgraph.url, headers: new Headers() } },
        context,
        incomingRequestContext: { operation: { kind: 'OperationDefinition', operation: 'mutation' } },
      } as unknown as Parameters<SubgraphDataSource['process']>[0])
      .then(
        () => undefined,
        (error: unknown) => error as { extensions: Record<string, unknown> },
      );
    await agent.close();
    await subgraph.close();
    return failure?.extensions;
  };

  it('may have been applied (a copy of this very request got there first): UNKNOWN, where any other 401 was never acted on', async () => {
    expect(await writeThrough('CALLER_REPLAYED')).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', status: 401, outcome: 'UNKNOWN' });
    expect(await writeThrough('CALLER_NOT_BOUND')).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', status: 401, outcome: 'NOT_APPLIED' });
  });
});
