import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import type { TrustListSource } from '@yrd/shared/trust/signedMessage';
import { identityProviderJwksUrl, identityProviderKeys } from './callerAuthentication.ts';

const notAsked = () => Promise.reject(new Error('the trust list is not asked when a JWKS is named'));
const noTrustList: TrustListSource = { current: notAsked, refresh: notAsked };

describe('YRD_IDP_JWKS_URL', () => {
  it('is the development identity provider when unset, else the URL named', () => {
    expect(identityProviderJwksUrl({})).toBeUndefined();
    expect(identityProviderJwksUrl({ YRD_IDP_JWKS_URL: '' })).toBeUndefined();
    expect(identityProviderJwksUrl({ YRD_IDP_JWKS_URL: 'https://idp.example/.well-known/jwks.json' })?.href).toBe('https://idp.example/.well-known/jwks.json');
  });

  it('is refused at start, naming the variable and what it must be, when it is no absolute http(s) URL', () => {
    for (const raw of ['idp.example/jwks', 'file:///etc/jwks.json', 'ftp://idp.example/jwks']) {
      expect(() => identityProviderJwksUrl({ YRD_IDP_JWKS_URL: raw }), raw).toThrow(
        `YRD_IDP_JWKS_URL must be the identity provider's JWKS as an absolute http(s) URL, such as https://idp.example/.well-known/jwks.json; got "${raw}"`,
      );
    }
    // Where the gateway reads it: a ConfigurationError, refused in one line, not a bare "TypeError: Invalid URL".
    expect(() => identityProviderKeys(noTrustList, { YRD_IDP_JWKS_URL: 'idp.example/jwks' })).toThrow(ConfigurationError);
  });
});
