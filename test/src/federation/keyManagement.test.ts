import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, type CryptoKey, type JWK } from 'jose';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { CALLER_HEADER, signCallerAssertion } from '@yrd/shared/identity/callerAssertion';
import { IDENTITY_PROVIDER_MEMBER } from '@yrd/shared/identity/userTokens';
import type { SigningKey } from '@yrd/shared/trust/memberKeys';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { eventually } from '../harness/eventually.ts';
import { dataOf, graphql, type GraphQLErrorShape } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * `npm run keys` against a running federation: the gateway's signing key rotated and then the old
 * one revoked while clients go on asking — nothing restarted; then the development identity
 * provider's key revoked under a signed-in citizen. The trust list lives its default 600 s: a
 * revocation reaches the members through their checks of the list against the hub's (every 2 s
 * here, 5 s by default), not through their copy coming due.
 */

const RECORDS = `query Records($id: ID!) { subject(id: $id) { id regions { region records { recordId } } } }`;
const TRUST_LIST = '{ trustList { members { member keys { kid retiredAt } } } }';

let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;

beforeAll(async () => {
  federation = await bootFederation({ YRD_TRUST_LIST_CHECK_SECONDS: '2' });
  tokens = await tokenIssuer(federation.dataDir);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

/** The administrator's command, run as `npm run keys -- …` runs it, on the federation's data directory. */
function keys(...args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join(REPOSITORY_ROOT, 'gateway/src/cli/keys.ts'), ...args], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, YRD_DATA_DIR: federation.dataDir },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The gateway's signing key as its file holds it now. */
async function gatewaySigningKey(kid: string): Promise<SigningKey> {
  const stored = JSON.parse(readFileSync(join(federation.dataDir, 'keys', 'gateway.keys.json'), 'utf8')) as { keys: { kid: string; privateJwk: JWK }[] };
  const key = stored.keys.find((candidate) => candidate.kid === kid);
  if (!key) throw new Error(`no gateway key ${kid}`);
  return { kid, member: 'gateway', privateKey: (await importJWK(key.privateJwk, 'EdDSA')) as CryptoKey };
}

const kidOf = (assertion: string) => (JSON.parse(Buffer.from(assertion.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid: string }).kid;

/** A call straight to Shanghai with an assertion, as a member holding a copy of the gateway's key could make. */
async function direct(assertion: string) {
  const response = await fetch(federation.subgraphUrls.shanghai as string, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CALLER_HEADER]: assertion },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  return { status: response.status, answer: (await response.json()) as { data?: { _service: { sdl: string } }; errors?: GraphQLErrorShape[] } };
}

async function gatewayKeysListed() {
  const { trustList } = dataOf(await graphql<{ trustList: { members: { member: string; keys: { kid: string; retiredAt: string | null }[] }[] } }>(federation.gatewayUrl, TRUST_LIST));
  return trustList.members.find((member) => member.member === 'gateway')?.keys ?? [];
}

describe('npm run keys on a running federation', () => {
  let oldKid = '';
  let newKid = '';
  /** Signed by the old key before its rotation, and accepted by Shanghai then. */
  let keptAssertion = '';

  it('rotates the gateway’s key while it serves: listed at once, signing seconds later, no request failing; the old one is listed retired', async () => {
    const citizen = await tokens.citizen(CAST.guXiaomei);
    const ask = async () => graphql<{ subject: { regions: ({ region: string } | null)[] } }>(federation.gatewayUrl, RECORDS, { id: CAST.guXiaomei }, citizen);
    const first = dataOf(await ask());
    expect(first.subject.regions.map((regional) => regional?.region)).toContain('SHANGHAI');

    const shanghai = federation.proxies.get('shanghai');
    shanghai?.reset();
    await ask();
    oldKid = kidOf(String(shanghai?.operations().at(-1)?.headers[CALLER_HEADER]));
    const oldKey = await gatewaySigningKey(oldKid);
    // An assertion of the old key's, as whoever holds a copy of the key could sign: accepted now, and its verification kept by Shanghai.
    keptAssertion = await signCallerAssertion({ kind: 'CITIZEN', residentId: CAST.guXiaomei }, 'shanghai', oldKey);
    expect((await direct(keptAssertion)).answer.data?._service.sdl).toContain('type Query');

    // Clients go on asking all the while.
    let asking = true;
    const answers: { errors?: unknown }[] = [];
    const traffic = (async () => {
      while (asking) answers.push(await ask());
    })();
    const printed = keys('rotate', 'gateway');
    newKid = /new signing key (\S+), published now; it signs from /.exec(printed)?.[1] ?? '';
    expect(newKid).toMatch(/^\S{43}$/);
    expect(newKid).not.toBe(oldKid);

    // Published at once, signing from five seconds later: the hub lists it before anyone meets it.
    const listed = await eventually(
      async () => (await gatewayKeysListed()).map((key) => key.kid),
      (kids) => kids.includes(newKid),
    );
    expect(listed).toEqual([newKid, oldKid]);
    expect(shanghai?.operations().some((request) => kidOf(String(request.headers[CALLER_HEADER])) === newKid)).toBe(false);
    const signedWithNew = await eventually(
      () => shanghai?.operations().some((request) => kidOf(String(request.headers[CALLER_HEADER])) === newKid) ?? false,
      (seen) => seen,
      15_000,
    );
    expect(signedWithNew).toBe(true);
    // A few more after the switch: Shanghai verifies the new key (it fetches the list afresh on meeting it).
    const switched = answers.length;
    await eventually(
      () => answers.length,
      (count) => count > switched + 5,
    );
    asking = false;
    await traffic;
    expect(answers.filter((answer) => answer.errors)).toEqual([]);

    expect(await gatewayKeysListed()).toEqual([
      { kid: newKid, retiredAt: null },
      { kid: oldKid, retiredAt: expect.any(String) },
    ]);
  });

  it('revokes the old key: what it signed before stops verifying at the provinces, the gateway goes on', async () => {
    const printed = keys('revoke', 'gateway', oldKid);
    expect(printed).toContain(`gateway: revoked signing key ${oldKid}.\n`);
    // The hub publishes the change at its next request once its look at the registrations (at most one a second) is newer.
    const listed = await eventually(
      async () => (await gatewayKeysListed()).map((key) => key.kid),
      (kids) => !kids.includes(oldKid),
    );
    expect(listed).toEqual([newKid]);

    // Shanghai drops it at its next check of the trust list (every 2 s here), though it had verified this very assertion before.
    const refused = await eventually(
      () => direct(keptAssertion),
      (result) => result.status === 401,
    );
    expect(refused.status).toBe(401);
    expect(refused.answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'CALLER_UNKNOWN_KEY' });

    const citizen = await tokens.citizen(CAST.guXiaomei);
    const after = await graphql<{ subject: { regions: ({ region: string } | null)[] } }>(federation.gatewayUrl, RECORDS, { id: CAST.guXiaomei }, citizen);
    expect(after.errors).toBeUndefined();
    expect(dataOf(after).subject.regions.map((regional) => regional?.region)).toContain('SHANGHAI');
  });

  it('revokes the identity provider’s key: a token it signed, verified and kept by the gateway, is refused within seconds; a new sign-in works', async () => {
    const signedIn = await tokens.citizen(CAST.guXiaomei);
    const ask = (headers: Record<string, string>) => graphql<{ subject: { id: string } }>(federation.gatewayUrl, RECORDS, { id: CAST.guXiaomei }, headers);
    expect((await ask(signedIn)).errors).toBeUndefined();
    const providerKid = kidOf(signedIn.authorization.replace(/^Bearer /, ''));

    expect(keys('revoke', IDENTITY_PROVIDER_MEMBER, providerKid)).toMatch(new RegExp(`^${IDENTITY_PROVIDER_MEMBER}: revoked signing key ${providerKid}; it was in use — \\S+ replaces it at once`));
    // The gateway had verified the token and kept the verdict; the list without the key makes it verify again, and refuse.
    const refused = await eventually(
      () => ask(signedIn),
      (answer) => answer.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? false,
      15_000,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE' });
    expect(refused.data ?? null).toBeNull();

    // Signing in again: a token of the key that replaced it.
    const again = await (await tokenIssuer(federation.dataDir)).citizen(CAST.guXiaomei);
    expect(kidOf(again.authorization.replace(/^Bearer /, ''))).not.toBe(providerKid);
    expect((await ask(again)).errors).toBeUndefined();
  });
});
