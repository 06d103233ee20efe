import { describe, expect, it } from 'vitest';
import { foreignPermanentResidentNumberValidAsBoth, numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { identifySubject } from './identifySubject.ts';
import { validatePersonIdentifier } from './personIdentifier.ts';
import { graphqlErrorOf } from '../graphql/graphqlErrorOf.fixture.ts';

/**
 * A person's number refused for how it is written says what is wrong — its length, the position,
 * that the check character does not match — and never repeats the number: error messages and
 * their extensions end up in logs and in clients' error reporting. Not the whole number, not its
 * birth date, not the check character it should have (which would complete a guessed number).
 * Where the number must be named, it is masked (3101**********1234). A credit code is an
 * enterprise's public identifier and may be quoted.
 */
const today = new Date('2026-11-26T00:00:00Z');


/** Any run of `length` characters of the number as meant (full-width folded, trimmed) found in `text`. */
function echoed(text: string, number: string, length = 7): string | undefined {
  const meant = number.normalize('NFKC').trim();
  for (let start = 0; start + length <= meant.length; start++) {
    const run = meant.slice(start, start + length);
    if (text.includes(run)) return run;
  }
  return undefined;
}

/** Mistyped persons' numbers, each with the reason it is refused for. */
const MISTYPED: readonly (readonly [string, string])[] = [
  ['310118198804123022', 'CHECK_CHARACTER'],
  ['931840198503121236', 'CHECK_CHARACTER'],
  ['310118199002301234', 'BIRTH_DATE'],
  ['310118199013011234', 'BIRTH_DATE'],
  ['310118189912311234', 'BIRTH_DATE'],
  ['310118209912311234', 'BIRTH_DATE'],
  ['931840198502301235', 'BIRTH_DATE'],
  ['720118198804123021', 'DIVISION'],
  ['31011819880412302', 'LENGTH'],
  ['3101181988041230211', 'LENGTH'],
  ['31011819880412302x', 'FORMAT'],
  ['３１0118198804123021', 'FORMAT'],
  [' 310118198804123021', 'FORMAT'],
  ['310118198804123021\u00a0', 'FORMAT'],
];

describe('a mistyped person’s number', () => {
  for (const [number, reason] of MISTYPED) {
    it(`${JSON.stringify(number)} (${reason}) is not repeated in the message or the extensions`, () => {
      for (const kind of [undefined, 'PERSON'] as const) {
        const error = graphqlErrorOf(() => identifySubject(number, 'input.subjectId', kind, today));
        expect(error.extensions, String(kind)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId', reason });
        expect(echoed(error.message, number), error.message).toBeUndefined();
        expect(echoed(JSON.stringify(error.extensions), number), JSON.stringify(error.extensions)).toBeUndefined();
      }
      const checked = validatePersonIdentifier(number, { today });
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(echoed(JSON.stringify(checked.problem), number), JSON.stringify(checked.problem)).toBeUndefined();
    });
  }

  it('says the check character does not match, without saying which it should be', () => {
    const resident = graphqlErrorOf(() => identifySubject('310118198804123022', 'id', undefined, today));
    expect(resident.message).toBe('id: 公民身份号码校验码错误：第18位校验码与前17位不符，请逐位核对号码');
    expect(resident.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id', reason: 'CHECK_CHARACTER', identifierKind: 'RESIDENT_IDENTITY_NUMBER' });
    const foreign = graphqlErrorOf(() => identifySubject('931840198503121236', 'id', undefined, today));
    expect(foreign.message).toBe('id: 外国人永久居留身份证号码校验码错误：第18位校验码与前17位不符，请逐位核对号码');
    expect(foreign.extensions).not.toHaveProperty('expected');
  });

  it('says which part of the birth date is wrong, by its positions, without the date', () => {
    const said = (number: string) => graphqlErrorOf(() => identifySubject(number, 'id', 'PERSON', today)).message;
    expect(said('310118199013011234')).toBe('id: 公民身份号码第7–14位出生日期不是有效日期：第11–12位月份应为 01–12');
    expect(said('310118199002301234')).toBe('id: 公民身份号码第7–14位出生日期不是有效日期：第13–14位的日在该月不存在');
    expect(said('310118189912311234')).toBe('id: 公民身份号码第7–14位出生日期早于 1900年1月1日，请核对');
    expect(said('310118209912311234')).toBe('id: 公民身份号码第7–14位出生日期晚于今天，请核对');
  });

  it('names the province code that does not exist, not the address code', () => {
    const error = graphqlErrorOf(() => identifySubject('720118198804123021', 'id', 'PERSON', today));
    expect(error.message).toBe('id: 公民身份号码第1–2位省级代码 72 不存在，请核对');
    expect(error.extensions).toMatchObject({ reason: 'DIVISION', actual: '72' });
  });

  it('names the position of a character that is no digit, and the character alone', () => {
    const error = graphqlErrorOf(() => identifySubject('3101181988041230A1', 'id', 'PERSON', today));
    expect(error.message).toBe('id: 公民身份号码第17位“A”应为数字');
    expect(error.extensions).toMatchObject({ reason: 'FORMAT', actual: 'A' });
  });

  it('says how it was typed (全角, a space) without the number as meant', () => {
    const wide = graphqlErrorOf(() => identifySubject('３１0118198804123021', 'id', undefined, today));
    expect(wide.message).toBe('id: 公民身份号码第1位“３”等 2 个字符是全角字符，请切换到半角输入后重新填写');
    expect(wide.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id', reason: 'FORMAT', identifierKind: 'RESIDENT_IDENTITY_NUMBER' });
  });

  it('is masked where the number is named: one valid as a person’s and as a credit code', () => {
    for (const both of [numberValidAsBoth(), foreignPermanentResidentNumberValidAsBoth()]) {
      const error = graphqlErrorOf(() => identifySubject(both, 'id', undefined, today));
      expect(error.extensions).toMatchObject({ reason: 'AMBIGUOUS_SUBJECT' });
      expect(error.message).toContain(`${both.slice(0, 4)}**********${both.slice(-4)} 既是有效的`);
      expect(echoed(error.message, both)).toBeUndefined();
    }
  });

  it('leaves a credit code, public, quoted as before', () => {
    const error = graphqlErrorOf(() => identifySubject('91330421MA2B3C4D18', 'id', 'ENTERPRISE', today));
    expect(error.extensions).toMatchObject({ identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE', reason: 'CHECK_CHARACTER', expected: expect.any(String), actual: '8' });
    expect(error.message).toMatch(/^id: 统一社会信用代码校验码错误：按前17位应为 /);
  });
});
