import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that passed through a proxy, with when it started and finished. */
export interface ProxiedRequest {
  readonly body: string;
  /** Its headers as the gateway sent them (the caller assertion among them). */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly startedAt: number;
  finishedAt: number;
}

/**
 * A loopback HTTP proxy put between the gateway and one subgraph, so a test can see what the
 * gateway sends (how many requests, when) and slow a subgraph down, without any test hook
 * in the product.
 */
export class SubgraphProxy {
  readonly requests: ProxiedRequest[] = [];
  delayMs = 0;
  /** While set, answers every request with 503 as a subgraph that is down would (the process keeps running). */
  down = false;
  /** While set, answers every request with this instead of forwarding it (500s, garbage). */
  answer: { status: number; body: string; contentType?: string } | undefined;
  private readonly server = createServer((req, res) => void this.forward(req, res));
  private target!: URL;
  url = '';

  /** Points the proxy at a restarted subgraph's new address. */
  retarget(targetUrl: string): void {
    this.target = new URL(targetUrl);
  }

  static async start(targetUrl: string): Promise<SubgraphProxy> {
    const proxy = new SubgraphProxy();
    proxy.target = new URL(targetUrl);
    // Idle connections kept as long as the subgraphs keep them (graphqlHttpServer.ts): the proxy
    // passes on the subgraph's response headers, `Keep-Alive: timeout=65` among them, so the
    // gateway's agent keeps an idle connection up to its keepAliveMaxTimeout (60 s). With Node's
    // default of 5 s the proxy closed connections the gateway still took for open, and a request
    // sent on one met the close (UND_ERR_SOCKET) — for a mutation, which the gateway does not
    // resend, a failed test (requestEvidence to three provinces at once after a pause in
    // caseStories, on a loaded CI machine).
    proxy.server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.server.address() as AddressInfo;
    proxy.url = `http://127.0.0.1:${port}${proxy.target.pathname}`;
    return proxy;
  }

  /** Requests carrying a GraphQL operation (POST), excluding the gateway's readiness probes. */
  operations(): ProxiedRequest[] {
    return this.requests.filter((r) => r.body.length > 0 && !r.body.includes('"{ __typename }"'));
  }

  reset(): void {
    this.requests.length = 0;
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const record: ProxiedRequest = { body: body.toString('utf8'), headers: { ...req.headers }, startedAt: performance.now(), finishedAt: 0 };
    this.requests.push(record);
    if (this.down || this.answer) {
      const { status, body: text, contentType } = this.answer ?? { status: 503, body: 'proxy: subgraph down', contentType: 'text/plain' };
      record.finishedAt = performance.now();
      res.writeHead(status, { 'content-type': contentType ?? 'application/json' });
      res.end(text);
      return;
    }
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const upstream = httpRequest(
      { host: this.target.hostname, port: this.target.port, path: req.url, method: req.method, headers: req.headers },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
        response.on('end', () => {
          record.finishedAt = performance.now();
        });
      },
    );
    upstream.on('error', (error) => {
      record.finishedAt = performance.now();
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${error.message}`);
    });
    upstream.end(body);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
