import type { IncomingMessage } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { DRAIN_LIMIT_BYTES, readJsonBody, RequestBodyError } from './readJsonBody.ts';

/** A request as the server hands it over: a readable body and its headers. */
function requestOf(chunks: readonly string[], headers: Record<string, string> = { 'content-type': 'application/json' }): IncomingMessage {
  return Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { headers }) as unknown as IncomingMessage;
}

async function refusal(promise: Promise<unknown>): Promise<RequestBodyError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RequestBodyError);
  return error as RequestBodyError;
}

describe('readJsonBody', () => {
  it('joins the chunks and parses them as JSON, multi-byte characters split across chunks included', async () => {
    const text = JSON.stringify({ query: '{ 办件 }', variables: { id: '310118198804123021' } });
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('办')) + 1;
    const request = Object.assign(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]), { headers: { 'content-type': 'application/json' } });
    expect(await readJsonBody(request as unknown as IncomingMessage, 1_000)).toEqual(JSON.parse(text));
  });

  it('reads an empty body as nothing, and a body not declared as JSON as text', async () => {
    expect(await readJsonBody(requestOf([]), 1_000)).toBeUndefined();
    expect(await readJsonBody(requestOf(['query=1'], { 'content-type': 'application/x-www-form-urlencoded' }), 1_000)).toBe('query=1');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const error = await refusal(readJsonBody(requestOf(['{"query": ']), 1_000));
    expect(error.status).toBe(400);
  });

  it('refuses a body over the limit with 413, whether declared or streamed', async () => {
    const declared = await refusal(readJsonBody(requestOf(['{}'], { 'content-type': 'application/json', 'content-length': '5000' }), 1_000));
    expect(declared).toMatchObject({ status: 413, message: expect.stringContaining('5000 bytes') });
    const streamed = requestOf(['{"a":"', 'x'.repeat(600), 'x'.repeat(600), '"}']);
    expect((await refusal(readJsonBody(streamed, 1_000))).status).toBe(413);
    // The rest is discarded, not left to stall the connection.
    await finished(streamed);
    expect(streamed.readableEnded).toBe(true);
  });

  it('answers 413 only once the client has finished sending, so that it hears the answer instead of a broken pipe', async () => {
    const body = new PassThrough();
    const request = Object.assign(body, { headers: { 'content-type': 'application/json', 'content-length': '3000' } }) as unknown as IncomingMessage;
    let settled = false;
    const refused = refusal(readJsonBody(request, 1_000)).finally(() => {
      settled = true;
    });
    body.write('x'.repeat(2_000));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    body.end('x'.repeat(1_000));
    expect((await refused).status).toBe(413);
  });

  it('does not wait for a client that sends far more than it may', async () => {
    const request = Object.assign(new PassThrough(), {
      headers: { 'content-type': 'application/json', 'content-length': String(DRAIN_LIMIT_BYTES + 1) },
    }) as unknown as IncomingMessage;
    expect((await refusal(readJsonBody(request, 1_000))).status).toBe(413);
  });

  it('passes on an error of the stream itself', async () => {
    const request = Object.assign(
      new Readable({
        read() {
          this.destroy(new Error('connection reset'));
        },
      }),
      { headers: {} },
    );
    await expect(readJsonBody(request as unknown as IncomingMessage, 1_000)).rejects.toThrow('connection reset');
  });
});
