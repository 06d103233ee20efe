import fc from 'fast-check';
import { importJWK } from 'jose';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CAST } from '../fixtures/storyCast.ts';
import { completeForeignPermanentResidentNumber, completeResidentIdentityNumber } from '../identifiers/index.ts';
import { mintUserToken, verifyUserToken } from '../identity/userTokens.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import { personProvincePrefix, validatePersonIdentifier } from './personIdentifier.ts';

const today = new Date('2026-11-26T00:00:00Z');

/** Fictional: accepted in 上海 (31), a US national (840), born 1985-03-12, male. */
const AMERICAN_IN_SHANGHAI = '931840198503121235';

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((a) => a.join(''));
const birth = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-25T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('validatePersonIdentifier', () => {
  it('accepts a resident identity number and a foreign permanent resident’s number, each with birth date and sex', () => {
    expect(validatePersonIdentifier(CAST.guXiaomei, { today })).toEqual({
      ok: true,
      value: { number: CAST.guXiaomei, kind: 'RESIDENT_IDENTITY_NUMBER', birthDate: '1988-04-12', sex: 'FEMALE' },
    });
    expect(validatePersonIdentifier(AMERICAN_IN_SHANGHAI, { today })).toEqual({
      ok: true,
      value: { number: AMERICAN_IN_SHANGHAI, kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER', birthDate: '1985-03-12', sex: 'MALE' },
    });
  });

  it('checks a number led by 9 by the foreign permanent resident’s rules, any other by the resident number’s', () => {
    const foreign = validatePersonIdentifier('931840198503121236', { today });
    expect(!foreign.ok && foreign.problem).toMatchObject({ kind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER', reason: 'CHECK_CHARACTER' });
    const resident = validatePersonIdentifier('310118198804123022', { today });
    expect(!resident.ok && resident.problem).toMatchObject({ kind: 'RESIDENT_IDENTITY_NUMBER', reason: 'CHECK_CHARACTER' });
    // The earlier card's 15 characters, led by letters: refused as before, on length.
    const earlier = validatePersonIdentifier('USA310850312123', { today });
    expect(!earlier.ok && earlier.problem).toMatchObject({ kind: 'RESIDENT_IDENTITY_NUMBER', reason: 'LENGTH' });
  });

  it('reads birth date and sex from positions 7–14 and 17 of either number', () => {
    fc.assert(
      fc.property(fc.constantFrom('31', '32', '33', '34'), fc.constantFrom('840', '392', '410', '036'), birth, digits(3), (province, nationality, date, sequence) => {
        const tail = `${date.replaceAll('-', '')}${sequence}`;
        for (const number of [completeResidentIdentityNumber(`${province}0101${tail}`), completeForeignPermanentResidentNumber(`9${province}${nationality}${tail}`)]) {
          const checked = validatePersonIdentifier(number, { today });
          expect(checked.ok && checked.value).toMatchObject({ birthDate: date, sex: Number(sequence.charAt(2)) % 2 === 1 ? 'MALE' : 'FEMALE' });
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a foreign permanent resident signing in', () => {
  const root = mkdtempSync(join(tmpdir(), 'yrd-person-tokens-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is a citizen caller by their card’s number, read by the same rule', async () => {
    const keys = await MemberKeys.open({ member: 'identity-provider', role: 'IDENTITY_PROVIDER', region: null }, root);
    const key = await importJWK(keys.publicMember().keys[0]?.jwk ?? {}, 'EdDSA');
    const token = await mintUserToken({ kind: 'CITIZEN', residentId: AMERICAN_IN_SHANGHAI }, keys.signingKey);
    expect(await verifyUserToken(token, async () => key)).toEqual({ kind: 'CITIZEN', residentId: AMERICAN_IN_SHANGHAI });
    const mistyped = await mintUserToken({ kind: 'CITIZEN', residentId: '931840198503121236' }, keys.signingKey);
    await expect(verifyUserToken(mistyped, async () => key)).rejects.toMatchObject({
      reason: 'INVALID_CLAIMS',
      message: expect.stringMatching(/外国人永久居留身份证号码校验码错误/),
    });
  });
});

describe('the province a person\'s number ties them to', () => {
  it('is where a resident number was issued, and where a foreign resident\'s card was accepted', () => {
    expect(personProvincePrefix('310118198804123021')).toBe('31');
    expect(personProvincePrefix(AMERICAN_IN_SHANGHAI)).toBe('31');
  });
});
