import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SeenOnce } from '../cache/seenOnce.ts';
import type { MemberKeys } from '../trust/memberKeys.ts';
import { signMessage, type TrustListSource } from '../trust/signedMessage.ts';
import { trustedMembers } from '../trust/trustedMembers.fixture.ts';
import { ANONYMOUS, type Caller } from './caller.ts';
import {
  CALLER_ASSERTION_TYPE,
  CALLER_HEADER,
  CallerNotEstablished,
  callerOfRequest,
  LATE_ASSERTION_GRACE_SECONDS,
  LateCallerAssertion,
  signCallerAssertion,
  type EstablishedCaller,
} from './callerAssertion.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-caller-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function federation() {
  const members = await trustedMembers(root);
  const gateway = await members.member({ member: 'gateway', role: 'GATEWAY', region: null });
  const jiangsu = await members.member({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' });
  return { gateway, jiangsu, trust: members.trust };
}

/** An assertion of `caller` for `audience`, signed `secondsAgo` before now, living 60 s. */
function assertion(keys: MemberKeys, caller: Caller, audience: string, secondsAgo: number): Promise<string> {
  return signMessage(CALLER_ASSERTION_TYPE, { aud: audience, caller }, keys.signingKey, 60, new Date(Date.now() - secondsAgo * 1000));
}

/** The bound assertions taken up, as a subgraph remembers them. */
const used = new SeenOnce(1_000);
const firstUse = (id: string, expiresAt: number) => used.first(id, expiresAt);

/** What callerOfRequest makes of a request carrying `token` (and `body`, as received) to Anhui. */
async function established(token: string, trust: TrustListSource, body?: string): Promise<EstablishedCaller | CallerNotEstablished> {
  try {
    return await callerOfRequest({ [CALLER_HEADER]: token }, 'anhui', trust, () => (body === undefined ? undefined : Buffer.from(body, 'utf8')), firstUse);
  } catch (error) {
    if (error instanceof CallerNotEstablished) return error;
    throw error;
  }
}

/** The caller established, or the refusal. */
async function outcome(token: string, trust: TrustListSource): Promise<Caller | CallerNotEstablished> {
  const result = await established(token, trust);
  return result instanceof CallerNotEstablished ? result : result.caller;
}

describe('callerOfRequest', () => {
  it("takes the gateway's expired assertion for a late request, saying how late", async () => {
    const { gateway, trust } = await federation();
    const late = await outcome(await assertion(gateway, ANONYMOUS, 'anhui', 75), trust);
    expect(late).toBeInstanceOf(LateCallerAssertion);
    expect(late).toMatchObject({ reason: 'CALLER_EXPIRED' });
    // Signed 75 s ago for 60 s: 15 s late (16 when a second turned meanwhile).
    expect((late as LateCallerAssertion).lateBySeconds).toBeGreaterThanOrEqual(15);
    expect((late as LateCallerAssertion).lateBySeconds).toBeLessThanOrEqual(16);
  });

  it('names whom an expired assertion of the gateway’s named — late or long expired — so that a replay of hers is told to her', async () => {
    const { gateway, jiangsu, trust } = await federation();
    const her: Caller = { kind: 'CITIZEN', residentId: '310118198804123021' };
    const late = await outcome(await assertion(gateway, her, 'anhui', 75), trust);
    expect(late).toBeInstanceOf(LateCallerAssertion);
    expect((late as LateCallerAssertion).assertedCaller).toEqual(her);
    const old = await outcome(await assertion(gateway, her, 'anhui', 60 + LATE_ASSERTION_GRACE_SECONDS + 30), trust);
    expect(old).toMatchObject({ reason: 'CALLER_EXPIRED', assertedCaller: her });
    // Not one addressed to another province, nor one a province signed.
    expect((await outcome(await assertion(gateway, her, 'shanghai', 75), trust)) as CallerNotEstablished).toMatchObject({ assertedCaller: undefined });
    expect((await outcome(await assertion(jiangsu, { kind: 'SERVICE', member: 'jiangsu' }, 'anhui', 75), trust)) as CallerNotEstablished).toMatchObject({ assertedCaller: undefined });
  });

  it('takes any other expired assertion for what it is: a caller not established, nothing late about it', async () => {
    const { gateway, jiangsu, trust } = await federation();
    const expiredLongAgo = await assertion(gateway, ANONYMOUS, 'anhui', 60 + LATE_ASSERTION_GRACE_SECONDS + 30);
    const forAnotherProvince = await assertion(gateway, ANONYMOUS, 'shanghai', 75);
    const aProvinceForItself = await assertion(jiangsu, { kind: 'SERVICE', member: 'jiangsu' }, 'anhui', 75);
    const [header, , signature] = (await assertion(gateway, ANONYMOUS, 'anhui', 75)).split('.');
    const claims = { aud: 'anhui', caller: ANONYMOUS, iss: 'gateway', iat: Math.floor(Date.now() / 1000) - 75, exp: Math.floor(Date.now() / 1000) - 15, jti: 'x' };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    for (const [token, reason] of [
      [expiredLongAgo, 'CALLER_EXPIRED'],
      [forAnotherProvince, 'CALLER_EXPIRED'],
      [aProvinceForItself, 'CALLER_EXPIRED'],
      [forged, 'CALLER_TAMPERED'],
    ] as const) {
      const refused = await outcome(token, trust);
      expect(refused).toBeInstanceOf(CallerNotEstablished);
      expect(refused).not.toBeInstanceOf(LateCallerAssertion);
      expect(refused).toMatchObject({ reason });
    }
  });

  it('establishes the caller of a fresh assertion, and refuses a request without one', async () => {
    const { gateway, trust } = await federation();
    expect(await outcome(await assertion(gateway, ANONYMOUS, 'anhui', 0), trust)).toEqual(ANONYMOUS);
    await expect(callerOfRequest({}, 'anhui', trust, () => undefined, firstUse)).rejects.toMatchObject({ reason: 'NOT_VIA_GATEWAY' });
  });

  it('says an assertion for reads is not bound, and takes it up again and again while fresh', async () => {
    const { gateway, trust } = await federation();
    const forReads = await signCallerAssertion(ANONYMOUS, 'anhui', gateway.signingKey);
    expect(await established(forReads, trust, '{"query":"{ a }"}')).toEqual({ caller: ANONYMOUS, boundToBody: false });
    expect(await established(forReads, trust, 'mutation { b }')).toEqual({ caller: ANONYMOUS, boundToBody: false });
  });

  it('takes up an assertion bound to a body once, with that exact body only', async () => {
    const { gateway, trust } = await federation();
    const clerk: Caller = { kind: 'OPERATOR', region: 'ANHUI', division: '341602', window: 'W01', operatorId: 'OP-1' };
    const body = '{"query":"mutation { anhuiCases { withdrawCase(caseId: \\"x\\") { id } } }"}';
    const bound = await signCallerAssertion(clerk, 'anhui', gateway.signingKey, body);
    // Another body — another operation, the same one with other variables, even one space more — is refused.
    expect(await established(bound, trust, body.replace('withdrawCase', 'submitCase'))).toMatchObject({ reason: 'CALLER_BODY_MISMATCH' });
    expect(await established(bound, trust, `${body} `)).toMatchObject({ reason: 'CALLER_BODY_MISMATCH' });
    expect(await established(bound, trust)).toMatchObject({ reason: 'CALLER_BODY_MISMATCH' });
    // Taken up, it is kept as the write the gateway signed for the clerk (signedRequest.ts).
    expect(await established(bound, trust, body)).toEqual({ caller: clerk, boundToBody: true, signedRequest: { assertion: bound, body } });
    // The same request again is a replay.
    const again = await established(bound, trust, body);
    expect(again).toBeInstanceOf(CallerNotEstablished);
    expect(again).toMatchObject({ reason: 'CALLER_REPLAYED' });
  });

  it('keeps a verification under a list that says the same, and verifies again under one that dropped the key: a revoked key stops counting with the list', async () => {
    const members = await trustedMembers(join(root, 'revocation'));
    const gateway = await members.member({ member: 'gateway', role: 'GATEWAY', region: null });
    // Signed by the key about to be rotated out, before its rotation: it verifies until revoked.
    const token = await assertion(gateway, ANONYMOUS, 'anhui', 0);
    const old = gateway.signingKey.kid;
    await gateway.rotate();
    members.register(gateway);
    // The list a member holds: the hub's at first, then the same fetched again, then one without the old key (revoked).
    const hubs = await members.trust.current();
    let held = hubs;
    const trust: TrustListSource = { current: async () => held, refresh: async () => held };
    expect(await outcome(token, trust)).toEqual(ANONYMOUS);
    // The same list fetched again: the verification is kept — no key of it is looked up again.
    const again = structuredClone(hubs);
    let lookedUp = 0;
    Object.defineProperty(again, 'members', {
      get: () => {
        lookedUp += 1;
        return hubs.members;
      },
    });
    held = again;
    expect(await outcome(token, trust)).toEqual(ANONYMOUS);
    expect(await outcome(token, trust)).toEqual(ANONYMOUS);
    // Read once, to see what it says (trustedContent); never to find a key.
    expect(lookedUp).toBe(1);

    held = { ...hubs, members: hubs.members.map((member) => (member.member === 'gateway' ? { ...member, keys: member.keys.filter((key) => key.kid !== old) } : member)) };
    const refused = await outcome(token, trust);
    expect(refused).toBeInstanceOf(CallerNotEstablished);
    expect((refused as CallerNotEstablished).reason).toBe('CALLER_UNKNOWN_KEY');
    // The gateway's new key is unaffected.
    expect(await outcome(await assertion(gateway, ANONYMOUS, 'anhui', 0), trust)).toEqual(ANONYMOUS);
  });
});
