import { join } from 'node:path';
import { REPOSITORY_ROOT } from './launcher/startFederation.ts';

/**
 * Development or production. Production turns introspection and field suggestions off and runs
 * only the published operations (the persisted operation list), unless told otherwise.
 */
export type GatewayMode = 'development' | 'production';

export interface GatewayModeSettings {
  readonly mode: GatewayMode;
  /** The persisted operation list (safelist) file. */
  readonly persistedOperationsFile: string;
  /** Refuse every operation not in the list. */
  readonly enforceSafelist: boolean;
}

export function gatewayModeFromEnvironment(env: NodeJS.ProcessEnv = process.env): GatewayModeSettings {
  const raw = env.YRD_GATEWAY_MODE ?? (env.NODE_ENV === 'production' ? 'production' : 'development');
  if (raw !== 'development' && raw !== 'production') throw new RangeError(`YRD_GATEWAY_MODE must be development or production, got "${raw}"`);
  const safelist = env.YRD_SAFELIST ?? (raw === 'production' ? 'enforce' : 'off');
  if (safelist !== 'enforce' && safelist !== 'off') throw new RangeError(`YRD_SAFELIST must be enforce or off, got "${safelist}"`);
  return {
    mode: raw,
    persistedOperationsFile: env.YRD_PERSISTED_OPERATIONS ?? join(REPOSITORY_ROOT, 'gateway', 'persisted-operations.json'),
    enforceSafelist: safelist === 'enforce',
  };
}
