import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { launchConsoleBrowser, type ConsoleBrowser } from './consoleBrowser.ts';

/**
 * How the gateway serves /console: content types, caching, a strict Content-Security-Policy
 * the browser enforces, and development sign-in (POST /console/dev-token) only where the
 * gateway runs the development identity provider outside production.
 */
const origin = (federation: BootedFederation) => new URL(federation.gatewayUrl).origin;

async function devToken(federation: BootedFederation, body: Record<string, unknown>) {
  const response = await fetch(`${origin(federation)}/console/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json().catch(() => null)) as { token?: string; caller?: Record<string, unknown>; error?: { code: string; message: string } } | null };
}

/** The status of a GET sent with its path exactly as written (node:http does not normalise it). */
function rawStatus(base: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port: Number(port), path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

async function page(federation: BootedFederation) {
  const response = await fetch(`${origin(federation)}/console`);
  return { response, html: await response.text() };
}

describe('development gateway', () => {
  let federation: BootedFederation;
  let browser: ConsoleBrowser;
  beforeAll(async () => {
    federation = await bootFederation();
    browser = await launchConsoleBrowser(federation.gatewayUrl);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await federation?.shutdown();
  });

  it('serves the page and its hashed bundle with their content types, caching and security headers', async () => {
    const { response, html } = await page(federation);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(html).toContain('<meta name="yrd-development-sign-in" content="on">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script

    const script = /src="(\/console\/assets\/app\.[A-Z0-9]+\.js)"/.exec(html)?.[1] ?? '';
    const stylesheet = /href="(\/console\/assets\/console\.[A-Z0-9]+\.css)"/.exec(html)?.[1] ?? '';
    const js = await fetch(`${origin(federation)}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = js.headers.get('etag') ?? '';
    expect((await fetch(`${origin(federation)}${script}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${origin(federation)}${stylesheet}`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    // Sent as written (fetch would resolve the dots before sending): the assets route sees the traversal.
    expect(await rawStatus(origin(federation), '/console/assets/../../graphql')).not.toBe(200);
    expect((await fetch(`${origin(federation)}/console/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${origin(federation)}/console`, { method: 'POST' })).status).toBe(405);
  });

  it('mints development tokens for a window, a citizen and an enterprise, refusing bad identifiers with the gateway\'s message', async () => {
    const clerk = await devToken(federation, { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' });
    expect(clerk).toMatchObject({ status: 200, body: { caller: { kind: 'OPERATOR', region: 'JIANGSU', window: 'WJ-CSJ-01' } } });
    const me = await fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk.body?.token}` }, body: JSON.stringify({ query: '{ me { kind } }' }) });
    expect(await me.json()).toEqual({ data: { me: { kind: 'OPERATOR' } } });
    expect((await devToken(federation, { kind: 'CITIZEN', residentId: CAST.guXiaomei, expiresIn: '15m' })).status).toBe(200);
    expect((await devToken(federation, { kind: 'ENTERPRISE', creditCode: CAST.jiashanHefeng })).status).toBe(200);

    const badId = await devToken(federation, { kind: 'CITIZEN', residentId: '310118198804123022' });
    expect(badId).toMatchObject({ status: 400, body: { error: { code: 'INVALID_CLAIMS', message: expect.stringContaining('校验码错误') } } });
    const elsewhere = await devToken(federation, { kind: 'OPERATOR', region: 'JIANGSU', division: '310118', window: 'W', operatorId: 'x' });
    expect(elsewhere.body?.error?.message).toContain('不在 江苏省');
    expect((await devToken(federation, { kind: 'CITIZEN', residentId: CAST.guXiaomei, expiresIn: '10y' })).status).toBe(400);
    const crossSite = await fetch(`${origin(federation)}/console/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: '{"kind":"CITIZEN"}' });
    expect(crossSite.status).toBe(403);
    const form = await fetch(`${origin(federation)}/console/dev-token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=CITIZEN' });
    expect(form.status).toBe(415);
  });

  it('the browser enforces the policy: no HTML sink works in the page', async () => {
    const { page: tab, pageErrors } = await browser.open('public');
    await tab.getByLabel('查找事项、材料、常见问题').waitFor();
    const verdict = await tab.evaluate(() => {
      try {
        document.body.innerHTML = '<img src=x>';
        return 'allowed';
      } catch {
        return 'blocked';
      }
    });
    expect(verdict).toBe('blocked');
    expect(pageErrors).toEqual([]);
  });
});

describe('production gateway', () => {
  let federation: BootedFederation;
  beforeAll(async () => {
    federation = await bootFederation({ YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow' });
  }, 180_000);
  afterAll(async () => {
    await federation?.shutdown();
  });

  it('serves the console without development sign-in: /console/dev-token does not exist', async () => {
    const { response, html } = await page(federation);
    expect(response.status).toBe(200);
    expect(html).toContain('<meta name="yrd-development-sign-in" content="off">');
    const refused = await devToken(federation, { kind: 'CITIZEN', residentId: CAST.guXiaomei });
    expect(refused.status).toBe(404);
    expect(refused.body).toBeNull();
  });

  it('runs the console\'s operations by hash, as the safelist demands', async () => {
    const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json'), 'utf8')) as { operations: { name: string; id: string }[] };
    const lookup = manifest.operations.find((operation) => operation.name === 'SubjectLookup');
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'SubjectLookup', variables: { id: CAST.jiashanHefeng }, extensions: { persistedQuery: { version: 1, sha256Hash: lookup?.id } } }),
    });
    expect(await response.json()).toMatchObject({ data: { subject: { kind: 'ENTERPRISE', registeringRegion: 'ZHEJIANG', regions: [{ region: 'ZHEJIANG' }] } } });
  });
});

describe('a gateway without the development identity provider', () => {
  let federation: BootedFederation;
  beforeAll(async () => {
    // A production identity provider's JWKS (never fetched here: no token is sent).
    federation = await bootFederation({ YRD_IDP_JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json' });
  }, 180_000);
  afterAll(async () => {
    await federation?.shutdown();
  });

  it('offers no development sign-in, even in development mode', async () => {
    const { html } = await page(federation);
    expect(html).toContain('<meta name="yrd-development-sign-in" content="off">');
    expect((await devToken(federation, { kind: 'CITIZEN', residentId: CAST.guXiaomei })).status).toBe(404);
  });
});
