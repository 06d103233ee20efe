import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** HTTP 429 with `retry-after`, code RATE_LIMITED: the caller may try again after that many seconds. */
export function rateLimitedError(message: string, retryAfterSeconds: number, extensions: Record<string, unknown> = {}): GraphQLError {
  // A plain record: a workspace that does not load Apollo Server's type augmentation of
  // GraphQLErrorExtensions would type `http.headers` as a record of strings, which a HeaderMap is not.
  const all: Record<string, unknown> = {
    code: 'RATE_LIMITED',
    retryAfterSeconds,
    ...extensions,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  };
  return new GraphQLError(message, { extensions: all });
}
