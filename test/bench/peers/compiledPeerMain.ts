import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * The peer gateways' entry point compiled to JavaScript, so that the peers run on plain Node as
 * our gateway does under `npm start` (no TypeScript loader in their module resolution):
 * peerGatewayMain.ts bundled with the harness files it starts, every package left to Node
 * (workspace packages from their dist/, built first). Split at its dynamic imports, so that a
 * peer still loads only its own gateway's libraries. Written under test/node_modules/.cache so
 * that Node resolves those packages from there.
 */
export async function compiledPeerMain(testWorkspaceDir: string): Promise<string> {
  const outDir = join(testWorkspaceDir, 'node_modules', '.cache', 'yrd-bench');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, 'peerGatewayMain.ts')],
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return join(outDir, 'peerGatewayMain.mjs');
}
