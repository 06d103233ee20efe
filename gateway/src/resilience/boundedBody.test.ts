import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FetchDeadlineError, MAX_SUBGRAPH_RESPONSE_BYTES, readBoundedBody, ResponseTooLargeError } from './boundedBody.ts';
import { failureReasonOf } from './subgraphFailure.ts';

/** A body of these chunks, each `gapMs` after the one before; `destroyed` says whether the reader cut it off. */
function body(chunks: readonly string[], gapMs = 0) {
  let index = 0;
  const stream = new Readable({
    read() {
      const chunk = chunks[index++];
      setTimeout(() => stream.push(chunk === undefined ? null : Buffer.from(chunk)), gapMs);
    },
  });
  return stream;
}

const far = () => performance.now() + 60_000;

describe('readBoundedBody', () => {
  it('reads a body within its bounds whole, multi-byte characters split across chunks included', async () => {
    const text = JSON.stringify({ data: { name: '安徽省政务服务中心' } });
    const bytes = Buffer.from(text);
    const stream = new Readable({ read() {} });
    // The second character's three bytes come in three chunks.
    for (const part of [bytes.subarray(0, 21), bytes.subarray(21, 22), bytes.subarray(22)]) stream.push(part);
    stream.push(null);
    expect(await readBoundedBody(stream, { deadline: far(), timeoutMs: 60_000 })).toBe(text);
  });

  it('cuts off a body that trickles in past its deadline at the next chunk, and destroys it', async () => {
    const stream = body(Array.from({ length: 100 }, () => ' '), 20);
    const started = performance.now();
    const reading = readBoundedBody(stream, { deadline: started + 100, timeoutMs: 100 });
    await expect(reading).rejects.toBeInstanceOf(FetchDeadlineError);
    expect(performance.now() - started).toBeLessThan(500);
    expect(stream.destroyed).toBe(true);
  });

  it('refuses a body whose headers came after the deadline without reading it', async () => {
    const stream = body(['{}']);
    await expect(readBoundedBody(stream, { deadline: performance.now() - 1, timeoutMs: 100 })).rejects.toBeInstanceOf(FetchDeadlineError);
    expect(stream.destroyed).toBe(true);
  });

  it('cuts off a body past the size limit, and one that declares itself past it before reading anything', async () => {
    const growing = body(['x'.repeat(600), 'x'.repeat(600), 'x'.repeat(600)]);
    await expect(readBoundedBody(growing, { deadline: far(), timeoutMs: 60_000, maxBytes: 1_000 })).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(growing.destroyed).toBe(true);
    const declared = body(['{}']);
    await expect(readBoundedBody(declared, { deadline: far(), timeoutMs: 60_000, maxBytes: 1_000, declaredLength: 1_001 })).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
    expect(declared.destroyed).toBe(true);
    expect(await readBoundedBody(body(['x'.repeat(1_000)]), { deadline: far(), timeoutMs: 60_000, maxBytes: 1_000, declaredLength: 1_000 })).toHaveLength(1_000);
  });

  it('has a generous default limit, and errors that name a timeout and a bad response', () => {
    expect(MAX_SUBGRAPH_RESPONSE_BYTES).toBe(32 * 1024 * 1024);
    expect(failureReasonOf(new FetchDeadlineError(3_000))).toEqual({ reason: 'TIMEOUT', detail: 'timeout' });
    expect(failureReasonOf(new ResponseTooLargeError(MAX_SUBGRAPH_RESPONSE_BYTES))).toEqual({ reason: 'BAD_RESPONSE', detail: 'response too large' });
  });
});
