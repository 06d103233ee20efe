import type { IncomingMessage } from 'node:http';

/** A request body that could not be read as JSON within the size limit. */
export class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RequestBodyError';
  }
}

/** The bytes of each request body read, for as long as the request lives (a bound caller assertion is checked against them). */
const rawBodies = new WeakMap<IncomingMessage, Buffer>();

/** The exact bytes of a request's body as readJsonBody read them; undefined before, or for none. */
export function rawBodyOf(request: IncomingMessage): Buffer | undefined {
  return rawBodies.get(request);
}

/**
 * How much of an oversized body is still read (and thrown away) before the 413 is sent, and for
 * how long: a client that is still writing when the server answers and closes gets a broken
 * pipe instead of the answer (nginx's lingering close solves the same). Past either bound the
 * 413 goes out at once: a client sending more than this is not one to wait for.
 */
export const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;
export const DRAIN_TIMEOUT_MS = 5_000;

/** The refusal, once the rest of the body is read and discarded, or at once past the drain bounds. */
function refuseAfterDraining(request: IncomingMessage, error: RequestBodyError, alreadyRead: number): Promise<never> {
  return new Promise((_, reject) => {
    let drained = alreadyRead;
    const done = () => {
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', done);
      request.off('error', done);
      request.off('close', done);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_LIMIT_BYTES) done();
    };
    const timer = setTimeout(done, DRAIN_TIMEOUT_MS);
    request.on('data', onData);
    request.on('end', done);
    request.on('error', done);
    request.on('close', done);
    if (request.readableEnded) done();
    request.resume();
  });
}

/**
 * Reads a request body up to `limitBytes` and parses it as JSON (an empty body is undefined; a
 * body not declared as JSON is returned as text). Read by 'data' events rather than async
 * iteration, which costs a promise and an iterator step per chunk on every request. Past the
 * limit the rest of the body is read and discarded (up to DRAIN_LIMIT_BYTES) before the answer
 * is 413, so that the client hears it; the server then closes the connection. The bytes read
 * stay available to rawBodyOf.
 */
export function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limitBytes) {
    const error = new RequestBodyError(413, `request body of ${declared} bytes exceeds the limit of ${limitBytes}`);
    if (declared > DRAIN_LIMIT_BYTES) {
      request.resume();
      return Promise.reject(error);
    }
    return refuseAfterDraining(request, error, 0);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        stop();
        refuseAfterDraining(request, new RequestBodyError(413, `request body exceeds the limit of ${limitBytes} bytes`), size).catch(reject);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      if (size === 0) return resolve(undefined);
      const raw = Buffer.concat(chunks, size);
      rawBodies.set(request, raw);
      const text = raw.toString('utf8');
      if (!String(request.headers['content-type'] ?? '').includes('json')) return resolve(text);
      try {
        resolve(JSON.parse(text) as unknown);
      } catch {
        reject(new RequestBodyError(400, 'request body is not valid JSON'));
      }
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
