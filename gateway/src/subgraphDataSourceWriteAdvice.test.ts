import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, GraphQLError, parse, validate, type OperationDefinitionNode } from 'graphql';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircuitBreaker } from './resilience/circuitBreaker.ts';
import { DEFAULT_SUBGRAPH_POLICY } from './resilience/subgraphPolicy.ts';
import { SubgraphDataSource } from './subgraphDataSource.ts';

/**
 * What a client whose mutation may have been applied is told to do depends on the mutation: one
 * that takes an idempotency key (takeQueueNumber, submitCase's input) is sent again with the same
 * key; one that takes none (requestEvidence, whose holding provinces' part is the failed fetch
 * here) is not told to use a key it cannot send.
 */
/** The API schema clients see, from the committed supergraph. */
const schema = buildSchema(printSchema(Supergraph.build(readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8')).apiSchema()));

/** The holding province's part of a client's mutation: an entity fetch planned as a query. */
const ENTITY_FETCH = 'query RequestEvidence__jiangsu__1($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';

const OPERATIONS = {
  requestEvidence: 'mutation RequestEvidence($caseId: ID!) { jiangsu { requestEvidence(caseId: $caseId) { caseId sources { region receipt } } } }',
  takeQueueNumber: 'mutation Take($p: ID!, $i: ID!, $k: String!) { jiangsu { takeQueueNumber(placeId: $p, itemCode: $i, idempotencyKey: $k) { id } } }',
  submitCase: 'mutation Submit($input: SubmitCaseInput!) { jiangsu { ...Submits } } fragment Submits on JiangsuMutations { submitCase(input: $input) { id } }',
  both: 'mutation Both($caseId: ID!, $p: ID!, $i: ID!, $k: String!) { jiangsu { requestEvidence(caseId: $caseId) { caseId } takeQueueNumber(placeId: $p, itemCode: $i, idempotencyKey: $k) { id } } }',
} as const;

let url = '';
let close: () => Promise<void> = async () => {};
beforeAll(async () => {
  // A province that fails every fetch with a 500: sent, so it may have been applied (UNKNOWN).
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('oops');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

async function failureFor(operationText: string, fetch = ENTITY_FETCH): Promise<GraphQLError> {
  const document = parse(operationText);
  expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  const agent = new Agent();
  const source = new SubgraphDataSource('zhejiang', url, agent, async () => 'assertion', DEFAULT_SUBGRAPH_POLICY, new CircuitBreaker('zhejiang', DEFAULT_SUBGRAPH_POLICY.breaker));
  const options = {
    kind: 'incoming operation',
    request: { query: fetch, variables: {}, http: { method: 'POST', url, headers: new Headers() } },
    context: { requestId: 'request-1' },
    incomingRequestContext: { schema, document, operation },
  } as unknown as Parameters<SubgraphDataSource['process']>[0];
  const error = await source.process(options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  await agent.close();
  if (!(error instanceof GraphQLError)) throw new Error('expected the fetch to fail');
  return error;
}

describe('the advice a write that may have been applied comes with', () => {
  it('tells requestEvidence, which takes no idempotency key, to send it again as it was — not to use a key', async () => {
    const error = await failureFor(OPERATIONS.requestEvidence);
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', outcome: 'UNKNOWN', region: 'ZHEJIANG' });
    expect(error.message).not.toContain('幂等键重试');
    expect(error.message).toBe('浙江省的服务暂时无法访问：返回错误（HTTP 500）；该操作可能已执行：requestEvidence 不带幂等键，请以同一身份原样再次提交以获知结果（重复提交不会重复办理）');
  });

  it('tells a mutation taking a key, as an argument or in its input, to retry with the same key', async () => {
    for (const operation of [OPERATIONS.takeQueueNumber, OPERATIONS.submitCase]) {
      const error = await failureFor(operation, 'mutation M { jiangsu { __typename } }');
      expect(error.message, operation).toBe('浙江省的服务暂时无法访问：返回错误（HTTP 500）；该操作可能已执行，请用同一幂等键重试以获知结果');
    }
  });

  it('tells an operation with both which is which', async () => {
    const error = await failureFor(OPERATIONS.both);
    expect(error.message).toBe('浙江省的服务暂时无法访问：返回错误（HTTP 500）；该操作可能已执行：requestEvidence 不带幂等键，请以同一身份原样再次提交以获知结果（重复提交不会重复办理）；带幂等键的 takeQueueNumber 请用同一幂等键重试');
  });
});
