import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devTokenRoute, isDevelopmentHost } from './devTokenRoute.ts';

describe('isDevelopmentHost: the hosts development sign-in is served under', () => {
  it('takes loopback names and addresses, with or without a port', () => {
    for (const host of ['localhost', 'localhost:4000', 'LOCALHOST:4000', 'console.localhost:4000', '127.0.0.1', '127.0.0.1:4000', '127.8.9.10:80', '[::1]:4000', '[::1]', '[::ffff:127.0.0.1]:4000']) {
      expect(isDevelopmentHost(host), host).toBe(true);
    }
  });

  it('refuses any other name: a page whose own name was pointed at this machine (DNS rebinding)', () => {
    for (const host of ['evil.example', 'evil.example:4000', 'localhost.evil.example:4000', '127.0.0.1.nip.io:4000', '10.0.0.5:4000', '[::2]:4000', '[::ffff:10.0.0.1]', '', 'localhost@evil.example', 'evil.example/localhost']) {
      expect(isDevelopmentHost(host), host).toBe(false);
    }
    expect(isDevelopmentHost(undefined)).toBe(false);
  });

  it('takes the host the gateway was configured to listen on (YRD_HOST), and not a wildcard as one', () => {
    expect(isDevelopmentHost('192.168.1.20:4000', '192.168.1.20')).toBe(true);
    expect(isDevelopmentHost('Window-PC.lan:4000', 'window-pc.lan')).toBe(true);
    expect(isDevelopmentHost('[fd00::20]:4000', 'fd00::20')).toBe(true);
    expect(isDevelopmentHost('192.168.1.21:4000', '192.168.1.20')).toBe(false);
    expect(isDevelopmentHost('0.0.0.0:4000', '0.0.0.0')).toBe(false);
    expect(isDevelopmentHost('evil.example:4000', '0.0.0.0')).toBe(false);
    expect(isDevelopmentHost('evil.example:4000', '::')).toBe(false);
  });
});

describe('POST /console/dev-token', () => {
  const keysDir = mkdtempSync(join(tmpdir(), 'yrd-dev-token-'));
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const route = devTokenRoute(keysDir);
    server = createServer((request, response) => void route(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(keysDir, { recursive: true, force: true });
  });

  /** A POST with the Host (and Origin) a browser would send from a page at `origin`. */
  function post(host: string, origin?: string): Promise<{ status: number; body: { token?: string; error?: { code: string } } }> {
    const body = JSON.stringify({ kind: 'CITIZEN', residentId: '310118198804123021', expiresIn: '15m' });
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/console/dev-token', headers: { host, 'content-type': 'application/json', ...(origin ? { origin } : {}) } },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as { token?: string } }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  it('mints a token for a page of the console at a loopback address', async () => {
    const answer = await post(`127.0.0.1:${port}`, `http://127.0.0.1:${port}`);
    expect(answer.status).toBe(200);
    expect(answer.body.token).toEqual(expect.any(String));
    expect((await post(`localhost:${port}`, `http://localhost:${port}`)).status).toBe(200);
  });

  it('refuses a rebound name even though its Origin and Host agree: 403 UNTRUSTED_HOST, no token', async () => {
    const answer = await post(`attacker.example:${port}`, `http://attacker.example:${port}`);
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ error: { code: 'UNTRUSTED_HOST', message: expect.any(String) } });
    expect((await post(`attacker.example:${port}`)).status).toBe(403);
  });

  it('still refuses another origin under a loopback host', async () => {
    expect((await post(`127.0.0.1:${port}`, 'http://attacker.example')).body.error?.code).toBe('CROSS_ORIGIN');
  });
});
