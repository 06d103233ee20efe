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

/** Reads a request body up to `limitBytes` and parses it as JSON (an empty body is undefined). */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw new RequestBodyError(413, `request body of ${declared} bytes exceeds the limit of ${limitBytes}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) throw new RequestBodyError(413, `request body exceeds the limit of ${limitBytes} bytes`);
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks, size).toString('utf8');
  const type = String(request.headers['content-type'] ?? '');
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestBodyError(400, 'request body is not valid JSON');
  }
}
