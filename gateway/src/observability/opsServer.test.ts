import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson } from '@yrd/shared/http/graphqlHttpServer';
import { createLogger } from '@yrd/shared/observability/logger';
import { startOpsServer, type RunningOpsServer } from './opsServer.ts';

const servers: RunningOpsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function opsServer(limits = { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 2 }) {
  const server = await startOpsServer('127.0.0.1', 0, { '/ready': (_request, response) => sendJson(response, 200, { ready: true }) }, createLogger('gateway', { YRD_LOG_LEVEL: 'silent' }), limits);
  servers.push(server);
  return server;
}

/** A raw connection that sends `text` and waits for the server to close it: what it answered, and after how long. */
function stalled(url: string, text: string): Promise<{ answer: string; ms: number }> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.write(text));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve({ answer, ms: performance.now() - started }));
    socket.on('error', () => undefined);
  });
}

describe('the gateway ops listener', () => {
  it('answers its routes, and closes a scrape whose headers stall at the headers deadline, not after Node’s 60 s', async () => {
    const server = await opsServer();
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    const cut = await stalled(server.url, 'GET /ready HTTP/1.1\r\nhost: 127.0.0.1\r\n');
    expect(cut.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(cut.ms).toBeLessThan(5_000);
  });

  it('holds no more connections than it may', async () => {
    const server = await opsServer({ headersTimeoutMs: 10_000, requestTimeoutMs: 10_000, maxConnections: 1 });
    const { hostname, port } = new URL(server.url);
    const first = connect(Number(port), hostname);
    await new Promise((resolve) => first.once('connect', resolve));
    const second = await stalled(server.url, '');
    expect(second.answer).toBe('');
    expect(second.ms).toBeLessThan(5_000);
    first.destroy();
  });
});
