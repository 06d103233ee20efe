import type { Plugin } from 'esbuild';
import type { OperationManifest } from '../persistedOperations/operationManifest.ts';

/** The module name the console imports its operation ids from (declared in gateway/console/persistedOperations.d.ts). */
export const OPERATION_IDS_MODULE = 'yrd:persisted-operations';

/**
 * An esbuild plugin that makes `import { operationIds } from 'yrd:persisted-operations'`
 * the id (SHA-256) of every operation of the manifest the gateway itself runs, by name. The
 * console sends those ids alone (`extensions.persistedQuery`), so it runs exactly the
 * published operations — in production, where the safelist refuses anything else, too — and
 * never ships a query text of its own.
 */
export function operationIdsPlugin(manifest: OperationManifest): Plugin {
  const ids = Object.fromEntries(manifest.operations.map((operation) => [operation.name, operation.id]));
  return {
    name: 'yrd-persisted-operations',
    setup(build) {
      build.onResolve({ filter: /^yrd:persisted-operations$/ }, (args) => ({ path: args.path, namespace: 'yrd-operations' }));
      build.onLoad({ filter: /.*/, namespace: 'yrd-operations' }, () => ({
        contents: `export const operationIds = Object.freeze(${JSON.stringify(ids)});`,
        loader: 'js',
      }));
    },
  };
}
