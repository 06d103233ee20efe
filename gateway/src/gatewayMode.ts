import { join } from 'node:path';
import { REPOSITORY_ROOT } from './launcher/startFederation.ts';
import { ConfigurationError } from '@yrd/shared/process/configurationError';

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
  if (raw !== 'development' && raw !== 'production') throw new ConfigurationError(`YRD_GATEWAY_MODE must be development or production, got "${raw}"`);
  const safelist = env.YRD_SAFELIST ?? (raw === 'production' ? 'enforce' : 'off');
  if (safelist !== 'enforce' && safelist !== 'off') throw new ConfigurationError(`YRD_SAFELIST must be enforce or off, got "${safelist}"`);
  // Without the identity provider's keys, the gateway trusts the development identity provider,
  // whose key sits on this host (`npm run token` mints any caller with it, clerks included).
  const developmentIdp = env.YRD_DEVELOPMENT_IDP ?? 'refuse';
  if (developmentIdp !== 'allow' && developmentIdp !== 'refuse') throw new ConfigurationError(`YRD_DEVELOPMENT_IDP must be allow or refuse, got "${developmentIdp}"`);
  if (raw === 'production' && !env.YRD_IDP_JWKS_URL && developmentIdp !== 'allow') {
    throw new ConfigurationError(
      'production mode needs YRD_IDP_JWKS_URL, the identity provider\'s keys: without it the gateway would accept tokens of the development identity provider, which anyone on this host can mint. Set YRD_DEVELOPMENT_IDP=allow to run production mode with it anyway (staging, tests).',
    );
  }
  return {
    mode: raw,
    persistedOperationsFile: env.YRD_PERSISTED_OPERATIONS ?? join(REPOSITORY_ROOT, 'gateway', 'persisted-operations.json'),
    enforceSafelist: safelist === 'enforce',
  };
}
