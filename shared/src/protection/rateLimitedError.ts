import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** HTTP 429 with `retry-after`, code RATE_LIMITED: the caller may try again after that many seconds. */
export function rateLimitedError(message: string, retryAfterSeconds: number, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      ...extensions,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
