import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../identity/caller.ts';
import type { MemberKeys } from '../trust/memberKeys.ts';
import { trustedMembers } from '../trust/trustedMembers.fixture.ts';
import type { TrustListSource } from '../trust/signedMessage.ts';
import { signedAuthorisation } from './authorisationProof.fixture.ts';
import { AuthorisationUnproven, proveAuthorisation, type AuthorisedCase } from './authorisationProof.ts';

/** Her authorisation of a Jiangsu case as a holding province proves it, days and key rotations later. */
const root = mkdtempSync(join(tmpdir(), 'yrd-authorisation-proof-'));
const PERSON = '310118198804123021';
const HER: Caller = { kind: 'CITIZEN', residentId: PERSON };
const CASE: AuthorisedCase = { caseId: '32050920261128000001', itemCode: '200047001000', subject: { id: PERSON, kind: 'PERSON' }, filingMember: 'jiangsu' };
let gateway: MemberKeys;
let trust: TrustListSource;
let register: (keys: MemberKeys) => void;

beforeAll(async () => {
  const members = await trustedMembers(root);
  gateway = await members.member({ member: 'gateway', role: 'GATEWAY', region: null });
  ({ trust, register } = members);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const failureOf = async (proof: unknown, authorised = CASE, now = new Date()) => {
  try {
    await proveAuthorisation(proof, authorised, trust, now);
    return 'PROVEN';
  } catch (error) {
    if (error instanceof AuthorisationUnproven) return error.reason;
    throw error;
  }
};

describe('proving her authorisation of a case', () => {
  it('holds long after the gateway’s minute, says when she gave it, and lapses after thirty days', async () => {
    const proof = await signedAuthorisation(gateway.signingKey, HER, 'jiangsu', CASE.caseId, CASE.itemCode);
    const weekLater = new Date(Date.now() + 7 * 24 * 3600_000);
    const proven = await proveAuthorisation(proof, CASE, trust, weekLater);
    expect(Math.abs(proven.givenAt.getTime() - Date.now())).toBeLessThan(2000);
    expect(await failureOf(proof, CASE, new Date(Date.now() + 30 * 24 * 3600_000 + 1000))).toBe('EXPIRED');
  });

  it('holds though the gateway’s clock ran minutes ahead of the holder’s, but not a proof dated far ahead', async () => {
    const ahead = (minutes: number) => signedAuthorisation(gateway.signingKey, HER, 'jiangsu', CASE.caseId, CASE.itemCode, { signedAt: new Date(Date.now() + minutes * 60_000) });
    expect(await failureOf(await ahead(3))).toBe('PROVEN');
    expect(await failureOf(await ahead(10))).toBe('SIGNATURE');
  });

  it('is for the item she named: the same case under another item code is not authorised', async () => {
    const proof = await signedAuthorisation(gateway.signingKey, HER, 'jiangsu', CASE.caseId, CASE.itemCode);
    expect(await failureOf(proof, { ...CASE, itemCode: 'PROPERTY_TRANSFER' })).toBe('ANOTHER_CASE');
  });

  it('is hers as the kind of subject the case is for: the enterprise sharing her number did not give it', async () => {
    const proof = await signedAuthorisation(gateway.signingKey, HER, 'jiangsu', CASE.caseId, CASE.itemCode);
    expect(await failureOf(proof, { ...CASE, subject: { id: PERSON, kind: 'ENTERPRISE' } })).toBe('NOT_THE_SUBJECT');
  });

  it('fails without one, or with one that is not a kept request', async () => {
    expect(await failureOf(undefined)).toBe('MISSING');
    expect(await failureOf({ assertion: 42, body: '{}' })).toBe('MISSING');
    const proof = await signedAuthorisation(gateway.signingKey, HER, 'jiangsu', CASE.caseId, CASE.itemCode);
    expect(await failureOf({ ...proof, assertion: `${proof.assertion.slice(0, -4)}AAAA` })).toBe('SIGNATURE');
  });

  it('is not proven by a key signing (dated) after it was retired, and stops being provable when a retired key’s grace ends', async () => {
    const retiring = gateway.signingKey;
    const before = await signedAuthorisation(retiring, HER, 'jiangsu', CASE.caseId, CASE.itemCode);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // signed in an earlier second than the retirement
    await gateway.rotate();
    register(gateway);
    await trust.refresh();
    expect(await failureOf(before)).toBe('PROVEN');
    // The retired key signing anew, dated now (a copy of it kept somewhere), proves nothing — dated
    // before its retirement it would, for the key's grace: a key that leaked is revoked, not rotated.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await failureOf(await signedAuthorisation(retiring, HER, 'jiangsu', CASE.caseId, CASE.itemCode))).toBe('SIGNATURE');
    const afterGrace = new Date(Date.now() + 32 * 24 * 3600_000);
    expect(await failureOf(before, CASE, afterGrace)).toBe('SIGNATURE');
    // The new key proves what it signs, for the thirty days an authorisation holds.
    expect(await failureOf(await signedAuthorisation(gateway.signingKey, HER, 'jiangsu', CASE.caseId, CASE.itemCode), CASE, new Date(Date.now() + 29 * 24 * 3600_000))).toBe('PROVEN');
  });
});
