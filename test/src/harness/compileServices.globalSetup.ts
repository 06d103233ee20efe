import { buildServices } from '@yrd/gateway/launcher/buildServices';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';

/**
 * Vitest global set-up: the cross-process tests start the federation's processes compiled
 * (YRD_SERVICES_FROM=compiled, vitest.config.ts), as `npm start` does; this compiles whatever
 * changed since the last build first, so that they never run a stale dist/.
 */
export default async function compileServices(): Promise<void> {
  await buildServices(REPOSITORY_ROOT);
}
