import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`), driven by playwright-core; YRD_CHROMIUM names another build. */
export const CHROMIUM = process.env.YRD_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The flags the closed network needs: without the background-networking ones Chromium's own
 * connections are refused and slow everything down.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ConsoleBrowser {
  readonly context: BrowserContext;
  /** A new page at `<gateway origin>/console#/<desk>`, counting the GraphQL requests it sends. */
  open(desk: 'window' | 'me' | 'public', options?: { width?: number; height?: number }): Promise<ConsolePage>;
  close(): Promise<void>;
}

export interface ConsolePage {
  readonly page: Page;
  /** Every POST to /graphql the page has sent so far. */
  readonly graphqlRequests: Request[];
  /** Uncaught errors in the page (must stay empty: the console never goes blank). */
  readonly pageErrors: Error[];
}

/**
 * Launches Chromium with a fresh profile. Without the browser this throws — the console's
 * browser tests fail, loudly, rather than skip.
 */
export async function launchConsoleBrowser(gatewayUrl: string, options: { geolocation?: { latitude: number; longitude: number } } = {}): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the console's browser tests need Chromium at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (Debian package)`);
  }
  const origin = new URL(gatewayUrl).origin;
  const profile = mkdtempSync(join(tmpdir(), 'yrd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    open: async (desk, size) => {
      const page = await context.newPage();
      if (size) await page.setViewportSize({ width: size.width ?? 1366, height: size.height ?? 900 });
      const graphqlRequests: Request[] = [];
      const pageErrors: Error[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') graphqlRequests.push(request);
      });
      page.on('pageerror', (error) => pageErrors.push(error));
      await page.goto(`${origin}/console#/${desk}`);
      return { page, graphqlRequests, pageErrors };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
