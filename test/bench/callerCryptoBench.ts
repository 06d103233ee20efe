import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey, createPublicKey, sign, verify, type JsonWebKey } from 'node:crypto';
import { importJWK, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { fixturePerson } from '@yrd/shared/fixtures/fixtureIdentities';
import { DEFAULT_SCALE } from '@yrd/shared/fixtures/fixtureScale';
import { signCallerAssertion, verifyCallerAssertion } from '@yrd/shared/identity/callerAssertion';
import { IDENTITY_PROVIDER_IDENTITY, mintUserToken, trustListKeys, verifyUserToken } from '@yrd/shared/identity/userTokens';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import type { TrustListSource } from '@yrd/shared/trust/signedMessage';
import type { TrustList } from '@yrd/shared/trust/trustList';
import type { BenchReport } from './benchReport.ts';

/**
 * The identity cryptography on a request's path, per operation, in this process: what the
 * gateway does for a caller it has not seen within its reuse windows (verify the bearer token,
 * sign one assertion per subgraph the plan touches) and what each subgraph does (verify the
 * assertion). Every token and assertion is distinct, so no cache helps: this is the cold path.
 */
export interface CallerCryptoCosts {
  /** Microseconds per signCallerAssertion (jose CompactSign, Ed25519). */
  readonly signUs: number;
  /** Microseconds per verifyCallerAssertion of an assertion not seen before. */
  readonly verifyAssertionUs: number;
  /** Microseconds per bearer token verification as the gateway does it (trustListKeys: the JWK imported on every call). */
  readonly verifyTokenUs: number;
  /** The same with the identity provider's key imported once. */
  readonly verifyTokenPreimportedUs: number;
  /** node:crypto's synchronous Ed25519 sign and verify of an assertion-sized message, for comparison. */
  readonly nodeSignUs: number;
  readonly nodeVerifyUs: number;
}

const OPERATIONS = 2_000;

async function timePerOperation<T>(inputs: readonly T[], operation: (input: T) => Promise<unknown>): Promise<number> {
  for (const input of inputs.slice(0, 100)) await operation(input); // warm up
  const started = performance.now();
  for (const input of inputs) await operation(input);
  return ((performance.now() - started) * 1000) / inputs.length;
}

async function measureCallerCrypto(): Promise<CallerCryptoCosts> {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-crypto-bench-'));
  try {
    const gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, dir);
    const provider = await MemberKeys.open(IDENTITY_PROVIDER_IDENTITY, dir);
    const list: TrustList = {
      issuer: 'catalog',
      issuedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      members: [gateway.publicMember(), provider.publicMember()],
    };
    const trust: TrustListSource = { current: async () => list, refresh: async () => list };
    const callers = Array.from({ length: OPERATIONS }, (_, index) => ({ kind: 'CITIZEN' as const, residentId: fixturePerson(DEFAULT_SCALE, index % DEFAULT_SCALE.people).id }));

    const signUs = await timePerOperation(callers, (caller) => signCallerAssertion(caller, 'jiangsu', gateway.signingKey));
    const assertions = await Promise.all(callers.map((caller) => signCallerAssertion(caller, 'jiangsu', gateway.signingKey)));
    const verifyAssertionUs = await timePerOperation(assertions.slice(100), (assertion) => verifyCallerAssertion(assertion, 'jiangsu', trust));

    const tokens = await Promise.all(
      callers.map((caller, index) => mintUserToken(caller, provider.signingKey, `${3_600 + index}s`)),
    );
    const verifyTokenUs = await timePerOperation(tokens, (token) => verifyUserToken(token, trustListKeys(trust)));
    const publicKey = (await importJWK(provider.publicMember().keys[0]?.jwk ?? {}, 'EdDSA')) as CryptoKey;
    const preimported: JWTVerifyGetKey = async () => publicKey;
    const verifyTokenPreimportedUs = await timePerOperation(tokens, (token) => verifyUserToken(token, preimported));

    // The member's stored key file holds the private JWK (jose's CryptoKey is not extractable).
    const stored = JSON.parse(readFileSync(join(dir, 'gateway.keys.json'), 'utf8')) as { keys: { privateJwk: JsonWebKey }[] };
    const privateKey = createPrivateKey({ key: stored.keys[0]?.privateJwk ?? {}, format: 'jwk' });
    const publicKeyObject = createPublicKey({ key: gateway.publicMember().keys[0]?.jwk ?? {}, format: 'jwk' });
    const messages = assertions.map((assertion) => Buffer.from(assertion.slice(0, assertion.lastIndexOf('.'))));
    const nodeSignUs = await timePerOperation(messages, async (message) => sign(null, message, privateKey));
    const signatures = messages.map((message) => sign(null, message, privateKey));
    const nodeVerifyUs = await timePerOperation(
      messages.map((message, index) => ({ message, signature: signatures[index] as Buffer })),
      async ({ message, signature }) => verify(null, message, publicKeyObject, signature),
    );
    return { signUs, verifyAssertionUs, verifyTokenUs, verifyTokenPreimportedUs, nodeSignUs, nodeVerifyUs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function callerCryptoBench(): Promise<BenchReport> {
  const costs = await measureCallerCrypto();
  const coldGatewayRequest = costs.verifyTokenUs + 5 * costs.signUs;
  return {
    name: 'caller identity cryptography (cold path, per operation)',
    lines: [
      `sign a caller assertion (jose, Ed25519): ${costs.signUs.toFixed(0)} µs`,
      `verify a caller assertion not seen before (a subgraph): ${costs.verifyAssertionUs.toFixed(0)} µs`,
      `node:crypto (synchronous, KeyObject) on the same messages: sign ${costs.nodeSignUs.toFixed(0)} µs, verify ${costs.nodeVerifyUs.toFixed(0)} µs`,
      `verify a bearer token as the gateway does (JWK imported per call): ${costs.verifyTokenUs.toFixed(0)} µs; with the key imported once: ${costs.verifyTokenPreimportedUs.toFixed(0)} µs`,
      `a new caller's all-province request costs the gateway ≈ ${coldGatewayRequest.toFixed(0)} µs of crypto (1 token + 5 assertions), each subgraph ≈ ${costs.verifyAssertionUs.toFixed(0)} µs`,
    ],
    ratios: {
      'token verify: per-call import / imported once': costs.verifyTokenUs / costs.verifyTokenPreimportedUs,
      'assertion sign: jose / node:crypto': costs.signUs / costs.nodeSignUs,
      'assertion verify: jose / node:crypto': costs.verifyAssertionUs / costs.nodeVerifyUs,
    },
    metrics: { ...costs, coldGatewayRequestUs: coldGatewayRequest },
  };
}
