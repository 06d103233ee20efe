import { describe, expect, it } from 'vitest';
import { gatewayModeFromEnvironment } from './gatewayMode.ts';

describe('gateway mode', () => {
  it('is development by default, production when NODE_ENV says so, with the safelist enforced there', () => {
    expect(gatewayModeFromEnvironment({})).toMatchObject({ mode: 'development', enforceSafelist: false });
    expect(gatewayModeFromEnvironment({ NODE_ENV: 'production', YRD_IDP_JWKS_URL: 'https://idp.example/jwks.json' })).toMatchObject({
      mode: 'production',
      enforceSafelist: true,
    });
  });

  it('will not run production on the development identity provider unless told to', () => {
    expect(() => gatewayModeFromEnvironment({ YRD_GATEWAY_MODE: 'production' })).toThrow(/production mode needs YRD_IDP_JWKS_URL/);
    expect(gatewayModeFromEnvironment({ YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow' }).mode).toBe('production');
    expect(() => gatewayModeFromEnvironment({ YRD_DEVELOPMENT_IDP: 'yes' })).toThrow(/YRD_DEVELOPMENT_IDP must be allow or refuse/);
  });
});
