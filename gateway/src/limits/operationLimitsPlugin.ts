import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { OperationLimits } from './operationLimits.ts';
import { MeasuredOperations } from './measuredOperations.ts';
import { DEFAULT_LIST_SIZE, PER_PROVINCE_LIST_SIZE, type OperationMeasure } from './operationMeasure.ts';

/** The error code of each refusal, one per limit. */
export const OPERATION_LIMIT_CODES = {
  maxDocumentBytes: 'DOCUMENT_TOO_LARGE',
  maxDepth: 'OPERATION_TOO_DEEP',
  maxAliases: 'TOO_MANY_ALIASES',
  maxFields: 'TOO_MANY_FIELDS',
  maxWidth: 'SELECTION_TOO_WIDE',
  maxCost: 'OPERATION_TOO_COSTLY',
} as const satisfies Record<keyof OperationLimits, string>;

export type OperationLimitCode = (typeof OPERATION_LIMIT_CODES)[keyof OperationLimits];

type MeasuredLimit = Exclude<keyof OperationLimits, 'maxDocumentBytes'>;

/**
 * What to do, for whoever reads the refusal at a window or in an app: the English before it says
 * exactly what was measured, for the developer who wrote the operation.
 */
const WHAT_TO_DO: Readonly<Record<keyof OperationLimits, string>> = {
  maxDocumentBytes: '查询文本过长，请精简查询或拆分为多次查询。',
  maxDepth: '查询嵌套层级过深，请减少嵌套或拆分为多次查询。',
  maxAliases: '查询中的别名过多，请减少别名或拆分为多次查询。',
  maxFields: '查询的字段过多，请只选择需要的字段或拆分为多次查询。',
  maxWidth: '同一层选择的字段过多，请只选择需要的字段或拆分为多次查询。',
  maxCost: '查询过大，请减少每页条数（first）或拆分为多次查询。',
};

/** In the order they are checked (the first one exceeded is reported), with what each measures. */
const MEASURED_LIMITS: readonly { readonly limit: MeasuredLimit; readonly measure: keyof OperationMeasure; readonly says: (actual: number, limit: number) => string }[] = [
  { limit: 'maxDepth', measure: 'depth', says: (actual, limit) => `nests fields ${actual} levels deep; the gateway accepts at most ${limit}` },
  { limit: 'maxAliases', measure: 'aliases', says: (actual, limit) => `uses ${actual} aliases; the gateway accepts at most ${limit}` },
  { limit: 'maxFields', measure: 'fields', says: (actual, limit) => `selects ${actual} fields, fragments expanded; the gateway accepts at most ${limit}` },
  { limit: 'maxWidth', measure: 'widestSelection', says: (actual, limit) => `selects ${actual} fields in one selection set; the gateway accepts at most ${limit}` },
  {
    limit: 'maxCost',
    measure: 'cost',
    says: (actual, limit) => `has an estimated cost of ${actual} (each field costs 1, and what a list selects counts once per item: its \`first\`, the length of the list it is asked for (\`ids\`), ${PER_PROVINCE_LIST_SIZE} for one entry per province, else ${DEFAULT_LIST_SIZE}); the gateway accepts at most ${limit}`,
  },
];

/**
 * Refuses, before anything is planned or sent to a subgraph, an operation larger than the
 * limits: its query text, then its depth, aliases, fields, widest selection and cost.
 *
 * Every check runs in didResolveOperation, the one hook where Apollo Server 5 turns a thrown
 * GraphQLError into the response (with its extensions.http.status); thrown from requestDidStart
 * it would become a 500 "Internal server error" (the test shows both). So an oversized document
 * is still parsed and validated before it is refused: the HTTP body limit (1 MB by default)
 * bounds that work, and Apollo Server's `parseOptions.maxTokens` can stop the parse sooner.
 *
 * Each operation is measured once (MeasuredOperations), then checked against the limits on
 * every request.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin<BaseContext> {
  const measured = new MeasuredOperations();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, document, schema, request }) {
          const documentBytes = Buffer.byteLength(source, 'utf8');
          if (documentBytes > limits.maxDocumentBytes) {
            throw operationLimitError('maxDocumentBytes', documentBytes, limits.maxDocumentBytes, `The query text is ${documentBytes} bytes; the gateway accepts at most ${limits.maxDocumentBytes}. Send a smaller document or split the operation.`);
          }
          const measure = measured.measure(document, request.operationName, schema, request.variables);
          for (const { limit, measure: key, says } of MEASURED_LIMITS) {
            const actual = measure[key];
            if (actual > limits[limit]) {
              throw operationLimitError(limit, actual, limits[limit], `The operation ${says(actual, limits[limit])}. Ask for less in one operation, or split it.`);
            }
          }
        },
      };
    },
  };
}

function operationLimitError(limit: keyof OperationLimits, actual: number, maximum: number, message: string): GraphQLError {
  return new GraphQLError(`${message} ${WHAT_TO_DO[limit]}`, {
    extensions: { code: OPERATION_LIMIT_CODES[limit], limit: maximum, actual, http: { status: 400 } },
  });
}
