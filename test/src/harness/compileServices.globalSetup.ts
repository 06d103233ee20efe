import { resolve } from 'node:path';
// By path, not by package name: Vitest loads a global set-up outside the environment whose
// resolve conditions pick the workspaces' TypeScript sources, so `@yrd/gateway/…` would mean
// gateway/dist — which this set-up is here to build (a clean clone has none).
import { buildServices } from '../../../gateway/src/launcher/buildServices.ts';

/** The repository root: test/src/harness → three levels up. */
const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/**
 * Vitest global set-up: the cross-process tests start the federation's processes compiled
 * (YRD_SERVICES_FROM=compiled, vitest.config.ts), as `npm start` does; this compiles whatever
 * changed since the last build first, so that they never run a stale dist/ — nor, on a clean
 * clone, a missing one.
 */
export default async function compileServices(): Promise<void> {
  await buildServices(REPOSITORY_ROOT);
}
