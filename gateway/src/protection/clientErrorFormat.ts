import type { GraphQLFormattedError } from 'graphql';

/**
 * The last word on every error a client is sent (Apollo Server's formatError):
 *
 * - A refusal of the client's request that Apollo Server raises without a code (an automatic
 *   persisted query whose hash does not match its text, an unsupported persisted-query
 *   version) is a 4xx, but Apollo formats it as INTERNAL_SERVER_ERROR: any client could then
 *   raise the server-error alerts at will. It is BAD_REQUEST.
 * - graphql-js stops validating an operation whose repeated, overlapping fields would take
 *   too long to compare ("Validation aborted."), before the gateway's own limits measure it.
 *   The client is told what to change.
 * - In production, no "Did you mean …?" in any message: Apollo's
 *   hideSchemaDetailsFromClientErrors removes them from validation errors, not from errors in
 *   the variables, where they would map out the input types one typo at a time.
 */
export interface ClientErrorOptions {
  readonly production: boolean;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

const VALIDATION_ABORTED =
  'The operation repeats the same fields too many times to be checked; select each field once (aliases for real ' +
  'differences only) and split large requests. 操作中重复的字段过多，无法校验，请精简后重试。';

function httpStatusOf(original: unknown): number | undefined {
  const http = (original as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http;
  return typeof http?.status === 'number' ? http.status : undefined;
}

export function clientErrorFormat({ production }: ClientErrorOptions) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    let { message } = formatted;
    let extensions = formatted.extensions;
    const status = httpStatusOf(original);
    if (extensions?.code === 'INTERNAL_SERVER_ERROR' && status !== undefined && status >= 400 && status < 500) {
      extensions = { ...extensions, code: 'BAD_REQUEST' };
    }
    if (message === 'Validation aborted.') {
      message = VALIDATION_ABORTED;
      extensions = { ...extensions, reason: 'VALIDATION_ABORTED' };
    }
    if (production && message.includes('Did you mean')) message = message.replace(SUGGESTION, '');
    return message === formatted.message && extensions === formatted.extensions ? formatted : { ...formatted, message, ...(extensions ? { extensions } : {}) };
  };
}
