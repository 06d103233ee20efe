import { GraphQLError } from 'graphql';

/**
 * Stable `extensions.code` values every part of the federation uses, so clients can act on
 * an error without parsing its message. Messages are written for a clerk at a window: which
 * field, what is wrong.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The request is well-formed but the thing is not in a state that allows it (e.g. a decided case). */
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Input that cannot be processed: names the argument (or argument path) and the reason. */
export function badUserInput(field: string, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ERROR_CODES.BAD_USER_INPUT, field, ...details },
  });
}

/** A well-formed reference to something that does not exist. */
export function notFound(what: string, id: string, field?: string): GraphQLError {
  return new GraphQLError(`${what} ${id} 不存在`, {
    extensions: { code: ERROR_CODES.NOT_FOUND, ...(field ? { field } : {}), id },
  });
}

/** A well-formed request the current state does not allow; nothing was changed. */
export function conflict(reason: string, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.CONFLICT, reason, ...details } });
}
