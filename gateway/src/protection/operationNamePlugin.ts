import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';

/** The code of a request whose `operationName` does not pick one operation of its document: the client's mistake. */
export const OPERATION_NAME_CODE = 'BAD_REQUEST';
/** Why: the name is not one of the document's operations, or the document has several and none was named. */
export type OperationNameReason = 'OPERATION_NAME_NOT_FOUND' | 'OPERATION_NAME_REQUIRED';

/**
 * Refuses, as the client's mistake, a request whose `operationName` picks no operation of its
 * document (`{"query": "{ __typename }", "operationName": "Nope"}`), or that names none in a
 * document of several. Apollo Server resolves no operation then and hands the request on; Apollo
 * Gateway would throw `Unknown operation named "Nope".` while planning, which reaches the client
 * as an HTTP 500 and counts as a server error. Here it is HTTP 400, code BAD_REQUEST with the
 * reason, and the message and `operationNames` say which names the document does define.
 *
 * Thrown in didResolveOperation (the first hook whose errors Apollo Server turns into the
 * response, with their HTTP status), so it runs after the safelist has refused an unlisted
 * document and before anything is measured or planned. The names in the message are the
 * client's own document's; nothing here is logged.
 */
export function operationNamePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          throw operationNameError(request.operationName ?? null, document);
        },
      };
    },
  };
}

/** The names of the operations a document defines (an anonymous one as null). */
export function operationNamesOf(document: DocumentNode): (string | null)[] {
  return document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? null] : []));
}

export function operationNameError(requested: string | null, document: DocumentNode): GraphQLError {
  const defined = operationNamesOf(document);
  const named = defined.filter((name): name is string => name !== null);
  const listed = named.map((name) => `"${name}"`).join(', ');
  const anonymous = defined.length - named.length;
  const whatItDefines =
    named.length === 0
      ? anonymous === 1
        ? 'it defines one anonymous operation: send no operationName'
        : 'it defines no named operation'
      : `it defines ${listed}${anonymous > 0 ? ' and an anonymous operation' : ''}`;
  const reason: OperationNameReason = requested === null ? 'OPERATION_NAME_REQUIRED' : 'OPERATION_NAME_NOT_FOUND';
  const message =
    reason === 'OPERATION_NAME_REQUIRED'
      ? `The document defines several operations and the request names none of them (${whatItDefines.replace(/^it defines /, '')}): send the one to run as operationName. 查询文档包含多个操作，请用 operationName 指明要执行的操作。`
      : `The document defines no operation named "${requested}"; ${whatItDefines}. 请求的 operationName 在查询文档中不存在，请改为文档中定义的操作名。`;
  return new GraphQLError(message, {
    extensions: { code: OPERATION_NAME_CODE, reason, operationNames: named, http: { status: 400 } },
  });
}
