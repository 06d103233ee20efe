/**
 * The largest answer the gateway reads from a subgraph: 32 MiB. The product's largest answers (a
 * page of 50 cases with their evidence, the whole fee catalog of a province) are well under 1 MiB,
 * so this is only a backstop against a subgraph (or a proxy before it) sending without end, which
 * would otherwise fill the gateway's memory: a body that grows past it is cut off and named
 * BAD_RESPONSE.
 */
export const MAX_SUBGRAPH_RESPONSE_BYTES = 32 * 1024 * 1024;

/** A fetch that went on past its deadline. Its name is what failureReasonOf reads as TIMEOUT. */
export class FetchDeadlineError extends Error {
  override readonly name = 'TimeoutError';
  readonly code = 'YRD_FETCH_DEADLINE';
  constructor(readonly timeoutMs: number) {
    super(`the fetch took longer than its deadline of ${timeoutMs} ms`);
  }
}

/** A body larger than the limit. Its code is undici's for the same thing (its `maxResponseSize`). */
export class ResponseTooLargeError extends Error {
  override readonly name = 'ResponseTooLargeError';
  readonly code = 'UND_ERR_RES_EXCEEDED_MAX_SIZE';
  constructor(readonly limitBytes: number) {
    super(`the response body is larger than ${limitBytes} bytes`);
  }
}

/** What this reads: an undici response body (a Readable of Buffers that aborts its request when destroyed). */
export interface ResponseBody extends AsyncIterable<Buffer | string> {
  destroy(error?: Error): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const ignore = () => {};

export interface BodyBounds {
  /** The `performance.now()` time by which the whole body must have arrived. */
  readonly deadline: number;
  /** The deadline's length, for the error. */
  readonly timeoutMs: number;
  readonly maxBytes?: number;
  /** The response's content-length, when it declared one: a body declared too large is not read at all. */
  readonly declaredLength?: number;
}

/**
 * The whole body as text, read chunk by chunk: past the deadline it throws FetchDeadlineError,
 * past `maxBytes` ResponseTooLargeError; either way the body is destroyed first, which aborts the
 * request and, while the answer is still coming, closes its connection (one in the middle of an
 * answer cannot be reused) rather than reading the rest.
 *
 * There is no timer: the deadline is checked when reading starts (the headers came late) and as
 * each chunk arrives. A body that trickles in is cut off at its first chunk after the deadline;
 * one that stops altogether is left to undici's `bodyTimeout` (the longest silence allowed
 * between chunks). So with `bodyTimeout` = the deadline's length T, reading ends at the latest T
 * after the deadline (a stall right before it) plus the granularity of undici's timers (up to
 * about 1 s for timeouts over 1 s), instead of never.
 */
export async function readBoundedBody(body: ResponseBody, bounds: BodyBounds): Promise<string> {
  const { deadline, timeoutMs, maxBytes = MAX_SUBGRAPH_RESPONSE_BYTES, declaredLength } = bounds;
  const refuse = (refusal: Error): never => {
    // The refusal is thrown to the caller; the stream's own 'error' event has nobody to tell.
    body.on('error', ignore);
    body.destroy(refusal);
    throw refusal;
  };
  if (declaredLength !== undefined && declaredLength > maxBytes) refuse(new ResponseTooLargeError(maxBytes));
  if (performance.now() > deadline) refuse(new FetchDeadlineError(timeoutMs));
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > maxBytes) refuse(new ResponseTooLargeError(maxBytes));
    if (performance.now() > deadline) refuse(new FetchDeadlineError(timeoutMs));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, length).toString('utf8');
}
