import { describe, expect, it } from 'vitest';
import { foreignPermanentResidentNumberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import { CAST } from '../fixtures/storyCast.ts';
import { regionsHoldingSubject } from '../regions/holdingRegions.ts';
import { identifySubject, type IdentifiedSubject } from './identifySubject.ts';
import { graphqlErrorOf } from '../graphql/graphqlErrorOf.fixture.ts';

const holdingRegions = (subject: IdentifiedSubject) => regionsHoldingSubject(subject.kind, subject.id);

const today = new Date('2026-11-26T00:00:00Z');


describe('identifySubject', () => {
  it('recognises a person and routes them to every province', () => {
    const subject = identifySubject(CAST.guXiaomei, 'id', undefined, today);
    expect(subject).toMatchObject({ kind: 'PERSON', registeringRegion: undefined });
    expect(holdingRegions(subject).map((region) => region.code)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
  });

  it('routes an enterprise to the province of its registering authority only', () => {
    const subject = identifySubject(CAST.jiashanHefeng, 'id', undefined, today);
    expect(subject.kind).toBe('ENTERPRISE');
    expect(holdingRegions(subject).map((region) => region.code)).toEqual(['ZHEJIANG']);
    expect(holdingRegions(identifySubject(CAST.kunshanQicheng, 'id', undefined, today)).map((r) => r.code)).toEqual(['JIANGSU']);
  });

  it('routes an enterprise registered outside the delta nowhere', () => {
    const subject = identifySubject('91440101MA5CJQ4N59', 'id', undefined, today);
    expect(subject).toMatchObject({ kind: 'ENTERPRISE', registeringRegion: undefined });
    expect(holdingRegions(subject)).toEqual([]);
  });

  it('accepts a real non-conforming credit code only through the allow-list', () => {
    expect(identifySubject('91350203M0001QAY9B', 'id', 'ENTERPRISE', today).kind).toBe('ENTERPRISE');
  });

  it('checks only the kind the caller names', () => {
    // The national registration of 住建部: as a person's it can only be a resident number.
    const error = graphqlErrorOf(() => identifySubject('11100000000013338W', 'id', 'PERSON', today));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', identifierKind: 'RESIDENT_IDENTITY_NUMBER' });
    // Led by 9, a person's number can only be a foreign permanent resident's.
    const led = graphqlErrorOf(() => identifySubject(CAST.jiashanHefeng, 'id', 'PERSON', today));
    expect(led.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', identifierKind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER', reason: 'FORMAT' });
  });

  it('reports the problem of the identifier the input most looks like, naming the field', () => {
    const person = graphqlErrorOf(() => identifySubject('310118198804123022', 'ids[3]', undefined, today));
    expect(person.extensions).toMatchObject({ field: 'ids[3]', reason: 'CHECK_CHARACTER' });
    expect(person.message).toMatch(/^ids\[3\]: 公民身份号码校验码错误/);
    const enterprise = graphqlErrorOf(() => identifySubject('91330421MA2B3C4D18', 'id', undefined, today));
    expect(enterprise.extensions).toMatchObject({ identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE', reason: 'CHECK_CHARACTER' });
  });

  it('tells a resident number typed with a lower-case x to write X, not that it fails as a credit code', () => {
    // 顾晓梅's number is all digits; 31011819880412100X is a valid one ending in X (female, 1988-04-12).
    expect(identifySubject('31011819880412100X', 'id', undefined, today).kind).toBe('PERSON');
    const error = graphqlErrorOf(() => identifySubject('31011819880412100x', 'input.subjectId', undefined, today));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId', identifierKind: 'RESIDENT_IDENTITY_NUMBER', reason: 'FORMAT', actual: 'x' });
    expect(error.message).toBe('input.subjectId: 公民身份号码第18位校验码应为大写字母 X，请将小写 x 改为大写 X');
    expect(error.message).not.toContain('统一社会信用代码');
    // A foreign permanent resident's number, the same.
    const card = graphqlErrorOf(() => identifySubject('93184019850312123x', 'id', undefined, today));
    expect(card.extensions).toMatchObject({ identifierKind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER', reason: 'FORMAT' });
    expect(card.message).toContain('请将小写 x 改为大写 X');
  });

  it('still reports a number not shaped like a person’s, lower-case x and all, as a credit code', () => {
    // Letters in the organisation code: only a credit code can be meant.
    const error = graphqlErrorOf(() => identifySubject('91330421MA2B3C4D1x', 'id', undefined, today));
    expect(error.extensions).toMatchObject({ identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE', reason: 'FORMAT' });
    // All digits with a wrong check character: judged as before (see the 市场监管 case below).
    expect(graphqlErrorOf(() => identifySubject('913100001000000081', 'id', undefined, today)).extensions).toMatchObject({ identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE' });
  });

  it('rejects a birth date in the future', () => {
    // 2027-01-01, with a correct check character: still impossible on 2026-11-26.
    const error = graphqlErrorOf(() => identifySubject('310118202701010015', 'id', undefined, today));
    expect(error.extensions).toMatchObject({ reason: 'BIRTH_DATE' });
  });

  describe('a foreign permanent resident (2023 card)', () => {
    /** Fictional: accepted in 上海 (31), a US national (840), born 1985-03-12, male. */
    const americanInShanghai = '931840198503121235';

    it('is a person, routed to every province', () => {
      const subject = identifySubject(americanInShanghai, 'id', undefined, today);
      expect(subject).toEqual({ id: americanInShanghai, kind: 'PERSON', registeringRegion: undefined });
      expect(holdingRegions(subject).map((region) => region.code)).toEqual(['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']);
      expect(identifySubject(americanInShanghai, 'id', 'PERSON', today).kind).toBe('PERSON');
    });

    it('is told the problem of the card’s number when it is mistyped', () => {
      const check = graphqlErrorOf(() => identifySubject('931840198503121236', 'id', undefined, today));
      expect(check.extensions).toMatchObject({ identifierKind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER', reason: 'CHECK_CHARACTER' });
      expect(check.message).toBe('id: 外国人永久居留身份证号码校验码错误：第18位校验码与前17位不符，请逐位核对号码');
      const nationality = graphqlErrorOf(() => identifySubject('931999198503121235', 'id', undefined, today));
      expect(nationality.extensions).toMatchObject({ identifierKind: 'FOREIGN_PERMANENT_RESIDENT_NUMBER', reason: 'NATIONALITY', actual: '999' });
    });

    it('leaves a mistyped all-digit credit code of 市场监管 reported as a credit code', () => {
      const error = graphqlErrorOf(() => identifySubject('913100001000000081', 'id', undefined, today));
      expect(error.extensions).toMatchObject({ identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE', reason: 'CHECK_CHARACTER' });
    });

    it('asks which is meant when the number is also a valid credit code', () => {
      const both = foreignPermanentResidentNumberValidAsBoth();
      const error = graphqlErrorOf(() => identifySubject(both, 'id', undefined, today));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AMBIGUOUS_SUBJECT', kindField: 'kind' });
      expect(error.message).toBe(`id: ${both.slice(0, 4)}**********${both.slice(-4)} 既是有效的外国人永久居留身份证号码，也是有效的统一社会信用代码，请用 kind 指明主体类型（PERSON 个人 / ENTERPRISE 单位）`);
      expect(identifySubject(both, 'id', 'PERSON', today).kind).toBe('PERSON');
      expect(identifySubject(both, 'id', 'ENTERPRISE', today)).toMatchObject({ kind: 'ENTERPRISE', registeringRegion: undefined });
    });

    it('names the field that carries the kind where the number was sent', () => {
      const both = foreignPermanentResidentNumberValidAsBoth();
      const error = graphqlErrorOf(() => identifySubject(both, 'input.subjectId', undefined, today, 'input.subjectKind'));
      expect(error.extensions).toMatchObject({ reason: 'AMBIGUOUS_SUBJECT', kindField: 'input.subjectKind' });
      expect(error.message).toContain('请用 input.subjectKind 指明主体类型（PERSON 个人 / ENTERPRISE 单位）');
    });

    it('refuses the earlier card’s 15-character number, as before', () => {
      expect(graphqlErrorOf(() => identifySubject('USA310850312123', 'id', undefined, today)).extensions).toMatchObject({ reason: 'LENGTH' });
    });

    it('names both kinds when digits are of the wrong length, and asks for the 18-digit number in place of a first-generation card’s', () => {
      // A resident number with a digit left out is not told that it fails as a credit code.
      const short = graphqlErrorOf(() => identifySubject('31011819880412302', 'id', undefined, today));
      expect(short.message).toBe('id: 公民身份号码和统一社会信用代码都是18位，收到的是17位，请核对是否多输或漏输');
      expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'LENGTH', expected: 18, actual: 17 });
      expect(graphqlErrorOf(() => identifySubject('3101181988041230211', 'id', undefined, today)).extensions).toMatchObject({ reason: 'LENGTH', actual: 19 });
      expect(graphqlErrorOf(() => identifySubject('310118880412302', 'id', undefined, today)).message).toBe(
        'id: 15位号码是已停止使用的第一代居民身份证号码，请填写18位公民身份号码（或18位统一社会信用代码）',
      );
      // Told which kind it is, the number is judged as that kind alone.
      expect(graphqlErrorOf(() => identifySubject('31011819880412302', 'id', 'PERSON', today)).message).toContain('公民身份号码长度应为18位，实际为17位');
    });
  });
});
