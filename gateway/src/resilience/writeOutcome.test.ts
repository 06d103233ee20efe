import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConnectionWaitTimeout } from './connectionGate.ts';
import { FetchDeadlineError } from './boundedBody.ts';
import { failureReasonOf, httpFailure, subgraphFailure } from './subgraphFailure.ts';
import { withWriteOutcome, writeOutcomeOf, writesOf } from './writeOutcome.ts';

const systemError = (code: string) => Object.assign(new Error(`${code} 10.0.3.7:4004`), { code });
/** The failure the data source makes of `cause`. */
const failureOf = (cause: Error) => {
  const { reason, detail } = failureReasonOf(cause);
  return subgraphFailure('zhejiang', reason, detail, {}, cause);
};

describe('writeOutcomeOf', () => {
  it('NOT_APPLIED when the request never left the gateway, or the subgraph refused it with a 4xx', () => {
    for (const cause of [systemError('ECONNREFUSED'), systemError('ENOTFOUND'), systemError('UND_ERR_CONNECT_TIMEOUT'), new ConnectionWaitTimeout(10_000, 64)]) {
      expect([cause.message, writeOutcomeOf(failureOf(cause))]).toEqual([cause.message, 'NOT_APPLIED']);
    }
    expect(writeOutcomeOf(subgraphFailure('zhejiang', 'CIRCUIT_OPEN', '约 2 秒后重试', { retryAfterSeconds: 2 }))).toBe('NOT_APPLIED');
    expect(writeOutcomeOf(subgraphFailure('zhejiang', 'HTTP_ERROR', 'HTTP 429', { status: 429 }))).toBe('NOT_APPLIED');
    // A province that cannot verify any signature refuses before reading the body: its 503 ran nothing.
    expect(writeOutcomeOf(httpFailure('zhejiang', 503, 'TRUST_LIST_UNAVAILABLE', new Error('HTTP 503')))).toBe('NOT_APPLIED');
  });

  it('UNKNOWN once it was sent: a timeout, a lost connection, a 5xx (a proxy may have passed it on), an unusable answer', () => {
    for (const cause of [new FetchDeadlineError(10_000), Object.assign(new Error('headers'), { code: 'UND_ERR_HEADERS_TIMEOUT' }), systemError('UND_ERR_SOCKET'), systemError('ECONNRESET'), new SyntaxError('Unexpected token <')]) {
      expect([cause.message, writeOutcomeOf(failureOf(cause))]).toEqual([cause.message, 'UNKNOWN']);
    }
    expect(writeOutcomeOf(subgraphFailure('zhejiang', 'HTTP_ERROR', 'HTTP 504', { status: 504 }))).toBe('UNKNOWN');
    expect(writeOutcomeOf(subgraphFailure('zhejiang', 'BAD_RESPONSE', 'wrong number of entities'))).toBe('UNKNOWN');
  });
});

/** Mutations in a province's namespace, with and without an idempotency key (as an argument, or in the input). */
const SCHEMA = buildSchema(`
  type Query { ping: Boolean }
  type Mutation { zhejiang: ZhejiangMutations! }
  type ZhejiangMutations {
    requestEvidence(caseId: ID!): Boolean
    withdrawCase(caseId: ID!, reason: String): Boolean
    takeQueueNumber(placeId: ID!, itemCode: ID!, idempotencyKey: String!): Boolean
    submitCase(input: SubmitCaseInput!): Boolean
  }
  input SubmitCaseInput { caseId: ID!, idempotencyKey: String! }
`);

function writesOfText(text: string) {
  const document = parse(text);
  return writesOf(SCHEMA, document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION), document);
}

describe('writesOf', () => {
  it('sorts the mutations an operation calls by whether they take an idempotency key, through namespaces and fragments', () => {
    expect(writesOfText('mutation { zhejiang { requestEvidence(caseId: "1") } }')).toEqual({ keyed: [], unkeyed: ['requestEvidence'] });
    expect(writesOfText('mutation { zhejiang { takeQueueNumber(placeId: "p", itemCode: "i", idempotencyKey: "k") } }')).toEqual({ keyed: ['takeQueueNumber'], unkeyed: [] });
    expect(
      writesOfText(`mutation { zhejiang { __typename ...W ... on ZhejiangMutations { a: withdrawCase(caseId: "1") b: withdrawCase(caseId: "2") } } }
        fragment W on ZhejiangMutations { submitCase(input: { caseId: "1", idempotencyKey: "k" }) }`),
    ).toEqual({ keyed: ['submitCase'], unkeyed: ['withdrawCase'] });
  });

  it('has nothing to say of a query, or without a schema to read the operation by', () => {
    expect(writesOfText('query { ping }')).toBeUndefined();
    expect(writesOf(undefined, parse('mutation { zhejiang { requestEvidence(caseId: "1") } }').definitions[0] as OperationDefinitionNode, undefined)).toBeUndefined();
  });
});

describe('withWriteOutcome', () => {
  it('adds the outcome and what to do, keeping the reason, the region and the cause for the log', () => {
    const cause = new FetchDeadlineError(10_000);
    const told = withWriteOutcome(failureOf(cause), { keyed: ['takeQueueNumber'], unkeyed: [] });
    expect(told.message).toBe('浙江省的服务暂时无法访问：响应超时（timeout）；该操作可能已执行，请用同一幂等键重试以获知结果');
    expect(told.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT', serviceName: 'zhejiang', region: 'ZHEJIANG', outcome: 'UNKNOWN' });
    expect(told.originalError).toBe(cause);
    expect(withWriteOutcome(failureOf(systemError('ECONNREFUSED'))).message).toBe('浙江省的服务暂时无法访问：无法连接（ECONNREFUSED）；该操作未执行');
  });

  it('tells a mutation without an idempotency key to be sent again as it was, not to use a key', () => {
    const told = withWriteOutcome(failureOf(new FetchDeadlineError(10_000)), { keyed: [], unkeyed: ['requestEvidence'] });
    expect(told.message).toBe('浙江省的服务暂时无法访问：响应超时（timeout）；该操作可能已执行：requestEvidence 不带幂等键，请以同一身份原样再次提交以获知结果（重复提交不会重复办理）');
    expect(told.extensions).toMatchObject({ outcome: 'UNKNOWN' });
    // Not knowing what the operation takes, both ways are said.
    expect(withWriteOutcome(failureOf(new FetchDeadlineError(10_000))).message).toBe('浙江省的服务暂时无法访问：响应超时（timeout）；该操作可能已执行，请原样重新提交以获知结果（带幂等键的，请沿用同一幂等键）');
  });
});
