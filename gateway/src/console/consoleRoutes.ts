import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlainRoute } from '@yrd/shared/http/graphqlHttpServer';
import type { Logger } from '@yrd/shared/observability/logger';
import type { GatewayModeSettings } from '../gatewayMode.ts';
import type { OperationManifest } from '../persistedOperations/operationManifest.ts';
import { buildConsoleBundle, type ConsoleAsset, type ConsoleBundle } from './consoleBundle.ts';
import { CONSOLE_SECURITY_HEADERS, IMMUTABLE, REVALIDATE, sendConsoleText } from './consoleHeaders.ts';
import { devTokenRoute } from './devTokenRoute.ts';
import { serviceStopping } from '@yrd/shared/process/serviceStopping';

export interface ConsoleOptions {
  /** The gateway's mode: the console offers no development sign-in, and serves no source maps, in production. */
  readonly mode: GatewayModeSettings;
  /** The published operations the gateway runs (undefined when the manifest is missing): the console sends only these. */
  readonly manifest: OperationManifest | undefined;
  /** Whether the gateway runs the development identity provider (its key signs `npm run token`'s tokens). */
  readonly developmentIdentityProvider: boolean;
  /** Where the development identity provider's key is (the gateway's keys directory). */
  readonly keysDir: string;
  /** The longest token lifetime the gateway accepts (YRD_TOKEN_MAX_LIFETIME_SECONDS): the development sign-in mints none longer. */
  readonly maxTokenLifetimeSeconds?: number;
  /** The host the gateway listens on (YRD_HOST): besides loopback names, the one development sign-in is served under (devTokenRoute). */
  readonly host?: string;
  readonly logger?: Logger;
}

const ASSETS_PREFIX = '/console/assets/';

/**
 * The window console (窗口控制台) at /console: the page, its bundle, and — in development
 * only — POST /console/dev-token. The bundle is built in memory when this is called (at
 * gateway start) and every request waits for it; a failed build is logged and each request
 * answers 503 saying so, while the gateway itself keeps serving GraphQL.
 *
 * Wire it into the gateway's plain routes: `...consoleRoutes({ mode, manifest, developmentIdentityProvider, keysDir, logger })`.
 */
export function consoleRoutes(options: ConsoleOptions): Record<string, PlainRoute> {
  const production = options.mode.mode === 'production';
  const developmentSignIn = options.developmentIdentityProvider && !production;
  const { manifest } = options;
  const bundle: Promise<ConsoleBundle> = manifest
    ? buildConsoleBundle(manifest, { developmentSignIn, sourceMaps: !production })
    : Promise.reject(new Error(`${options.mode.persistedOperationsFile} does not exist (run npm run persist): the console sends only published operations`));
  bundle.then(
    (built) => options.logger?.info({ assets: [...built.assets.keys()], developmentSignIn }, 'console bundled'),
    (error: unknown) =>
      serviceStopping()
        ? options.logger?.info('console bundling cut short: the gateway is stopping')
        : options.logger?.error({ err: error }, 'console bundle failed; /console answers 503'),
  );
  const devToken = developmentSignIn ? devTokenRoute(options.keysDir, options.maxTokenLifetimeSeconds, options.host) : undefined;

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/console/dev-token' && devToken) return devToken(request, response);
    let built: ConsoleBundle;
    try {
      built = await bundle;
    } catch (error) {
      return sendConsoleText(response, 503, `控制台暂不可用：构建失败（${(error as Error).message}）`);
    }
    const page = pathname === '/console' || pathname === '/console/' || pathname === '/console/index.html';
    const file = page ? built.indexHtml : pathname.startsWith(ASSETS_PREFIX) ? built.assets.get(pathname.slice(ASSETS_PREFIX.length)) : undefined;
    // Anything else — /console/dev-token too, where development sign-in is off — does not exist.
    if (!file) return sendConsoleText(response, 404, `no console file ${pathname}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendConsoleText(response, 405, 'method not allowed', { allow: 'GET, HEAD' });
    return sendAsset(request, response, file, page ? REVALIDATE : IMMUTABLE);
  };
  return { '/console': serve, '/console/*': serve };
}

function sendAsset(request: IncomingMessage, response: ServerResponse, file: ConsoleAsset, cacheControl: string): void {
  const headers = { ...CONSOLE_SECURITY_HEADERS, 'content-type': file.contentType, 'cache-control': cacheControl, etag: file.etag };
  const cached = request.headers['if-none-match'];
  if (cached !== undefined && cached.split(',').some((tag) => tag.trim() === file.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'content-length': file.body.length });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}
