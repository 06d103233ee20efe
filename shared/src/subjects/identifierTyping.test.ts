import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { CAST } from '../fixtures/storyCast.ts';
import { validateEnterpriseCreditCode } from './enterpriseCreditCode.ts';
import { identifySubject } from './identifySubject.ts';
import { validatePersonIdentifier } from './personIdentifier.ts';

/**
 * Identifiers typed as people type them — in full-width characters, with a space before or after —
 * are refused saying what to change, not as a wrong length or an invalid first character; they
 * are never taken in another form than the one stored and signed everywhere else.
 */
const today = new Date('2026-11-26T00:00:00Z');
const CODE = '91330421MA2B3C4D17';
const HER = '341602199203052464';
const fullWidth = (text: string) => [...text].map((character) => String.fromCodePoint((character.codePointAt(0) as number) + 0xfee0)).join('');

function refusal(id: string, kind?: 'PERSON' | 'ENTERPRISE'): { message: string; extensions: unknown } {
  try {
    identifySubject(id, 'id', kind, today);
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(id)} to be refused`);
}

describe('an identifier typed in full-width characters', () => {
  it('is refused naming the first full-width character and telling the clerk to switch to half-width', () => {
    expect(fullWidth('91330421MA2B3C4D17')).toBe('９１３３０４２１ＭＡ２Ｂ３Ｃ４Ｄ１７');
    expect(refusal(fullWidth(CODE))).toEqual({
      message: 'id: 统一社会信用代码第1位“９”等 18 个字符是全角字符，请切换到半角输入后重新填写',
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'FORMAT', identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE', expected: CODE }),
    });
    // One full-width digit in a person's number: named where it is, as a 公民身份号码.
    const slip = `${HER.slice(0, 6)}１${HER.slice(7)}`;
    expect(refusal(slip).message).toBe('id: 公民身份号码第7位“１”是全角字符，请切换到半角输入后重新填写');
    expect(refusal(slip, 'PERSON').message).toBe(refusal(slip).message);
    expect(refusal(fullWidth(CODE), 'ENTERPRISE').message).toBe(refusal(fullWidth(CODE)).message);
  });
});

describe('an identifier typed with a space around it', () => {
  it('is refused saying where the space is, not that it has 19 characters', () => {
    expect(refusal(` ${CODE}`)).toEqual({
      message: 'id: 统一社会信用代码开头有空格，请删去后重新填写（号码本身不含空格）',
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'FORMAT', identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE' }),
    });
    expect(refusal(`${HER} `).message).toBe('id: 公民身份号码结尾有空格，请删去后重新填写（号码本身不含空格）');
    expect(refusal(`\u3000${HER}\t`).message).toBe('id: 公民身份号码开头和结尾有全角空格，请删去后重新填写（号码本身不含空格）');
    expect(refusal('   ').message).toBe('id: 统一社会信用代码只有空白（空格），请填写统一社会信用代码');
  });
});

describe('the same rule wherever an identifier is read', () => {
  it('refuses, for sign-in tokens and the console as for a lookup, and accepts the plain form as before', () => {
    const person = validatePersonIdentifier(` ${HER}`, { today });
    expect(!person.ok && person.problem).toMatchObject({ kind: 'RESIDENT_IDENTITY_NUMBER', reason: 'FORMAT', message: '公民身份号码开头有空格，请删去后重新填写（号码本身不含空格）' });
    const enterprise = validateEnterpriseCreditCode(fullWidth(CODE));
    expect(!enterprise.ok && enterprise.problem).toMatchObject({ kind: 'UNIFIED_SOCIAL_CREDIT_CODE', reason: 'FORMAT' });
    expect(identifySubject(CODE, 'id', undefined, today)).toMatchObject({ id: CODE, kind: 'ENTERPRISE' });
    expect(identifySubject(CAST.guXiaomei, 'id', undefined, today)).toMatchObject({ id: CAST.guXiaomei, kind: 'PERSON' });
  });
});
