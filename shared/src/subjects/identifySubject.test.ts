import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { CAST } from '../fixtures/storyCast.ts';
import { regionsHoldingSubject } from '../regions/holdingRegions.ts';
import { identifySubject, type IdentifiedSubject } from './identifySubject.ts';

const holdingRegions = (subject: IdentifiedSubject) => regionsHoldingSubject(subject.kind, subject.id);

const today = new Date('2026-11-26T00:00:00Z');

function failure(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError');
}

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
    const error = failure(() => identifySubject(CAST.jiashanHefeng, 'id', 'PERSON', today));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', identifierKind: 'RESIDENT_IDENTITY_NUMBER' });
  });

  it('reports the problem of the identifier the input most looks like, naming the field', () => {
    const person = failure(() => identifySubject('310118198804123022', 'ids[3]', undefined, today));
    expect(person.extensions).toMatchObject({ field: 'ids[3]', reason: 'CHECK_CHARACTER', expected: '1', actual: '2' });
    expect(person.message).toMatch(/^ids\[3\]: 公民身份号码校验码错误/);
    const enterprise = failure(() => identifySubject('91330421MA2B3C4D18', 'id', undefined, today));
    expect(enterprise.extensions).toMatchObject({ identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE', reason: 'CHECK_CHARACTER' });
  });

  it('rejects a birth date in the future', () => {
    // 2027-01-01, with a correct check character: still impossible on 2026-11-26.
    const error = failure(() => identifySubject('310118202701010015', 'id', undefined, today));
    expect(error.extensions).toMatchObject({ reason: 'BIRTH_DATE' });
  });
});
