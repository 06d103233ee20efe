import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { OperationManifest } from '../persistedOperations/operationManifest.ts';
import { operationIdsPlugin } from './operationIdsPlugin.ts';

/** The console's browser sources (gateway/console), the same from src/ under tsx and from dist/. */
export const CONSOLE_SOURCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'console');

/** One file the console serves, held in memory. */
export interface ConsoleAsset {
  readonly body: Buffer;
  readonly contentType: string;
  /** A strong validator: the SHA-256 of the body. */
  readonly etag: string;
}

export interface ConsoleBundle {
  readonly indexHtml: ConsoleAsset;
  /** By file name under /console/assets/ (`app.3FZK2Q.js`). */
  readonly assets: ReadonlyMap<string, ConsoleAsset>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function asset(body: Buffer, contentType: string): ConsoleAsset {
  return { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
}

/**
 * Bundles the console in memory with esbuild (`write: false`): the TypeScript entry with every
 * module it imports — the shared identifier checks among them, resolved through the `source`
 * condition — and the stylesheet, each named by its content hash; then fills the asset names
 * into index.html, with whether development sign-in is offered. Nothing is written to disk; a build takes a fraction of a second at start.
 * Source maps (`app.….js.map`, linked from the script) only with `sourceMaps`: a production
 * gateway serves no map of its console's sources (consoleRoutes).
 */
export async function buildConsoleBundle(
  manifest: OperationManifest,
  page: { readonly developmentSignIn: boolean; readonly sourceMaps: boolean },
  sourceDir: string = CONSOLE_SOURCE_DIR,
): Promise<ConsoleBundle> {
  const outdir = join(sourceDir, 'assets'); // never written: only names the outputs
  const result = await build({
    entryPoints: { app: join(sourceDir, 'main.ts'), console: join(sourceDir, 'console.css') },
    bundle: true,
    write: false,
    outdir,
    entryNames: '[name].[hash]',
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari15.4'],
    conditions: ['source'],
    minify: true,
    sourcemap: page.sourceMaps ? 'linked' : false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [operationIdsPlugin(manifest)],
  });
  const assets = new Map<string, ConsoleAsset>();
  let script: string | undefined;
  let stylesheet: string | undefined;
  for (const file of result.outputFiles) {
    const name = relative(outdir, file.path).split('\\').join('/');
    const extension = /\.[a-z]+$/.exec(name)?.[0] ?? '';
    assets.set(name, asset(Buffer.from(file.contents), CONTENT_TYPES[extension] ?? 'application/octet-stream'));
    if (name.endsWith('.js')) script = name;
    if (name.endsWith('.css')) stylesheet = name;
  }
  if (!script || !stylesheet) throw new Error(`the console build produced no script or stylesheet: ${[...assets.keys()].join(', ')}`);
  const html = readFileSync(join(sourceDir, 'index.html'), 'utf8')
    .replaceAll('{{script}}', `/console/assets/${script}`)
    .replaceAll('{{stylesheet}}', `/console/assets/${stylesheet}`)
    // The page reads this to offer development sign-in (the route exists only then).
    .replaceAll('{{developmentSignIn}}', page.developmentSignIn ? 'on' : 'off');
  return { indexHtml: asset(Buffer.from(html, 'utf8'), 'text/html; charset=utf-8'), assets };
}
