import { afterAll, describe, expect, it } from 'vitest';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import type { Caller } from '@yrd/shared/identity/caller';
import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type { IdentifiedSubject } from '@yrd/shared/subjects/identifySubject';
import { identityOfSubject } from '@yrd/shared/subjects/subjectIdentity';
import type { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import { catalogResolvers, createCatalogContext, type CatalogContext } from './catalogResolvers.ts';
import { CatalogStore } from './catalogStore.ts';

const store = new CatalogStore(':memory:');
afterAll(() => store.close());

type Args = { id: string; kind?: SubjectKind | null };
const { Query } = catalogResolvers(store, {} as TrustListPublisher, () => new Date()) as unknown as {
  Query: {
    subject: (parent: unknown, args: Args, context: CatalogContext) => IdentifiedSubject;
    subjects: (parent: unknown, args: { ids: string[]; kind?: SubjectKind | null }, context: CatalogContext) => IdentifiedSubject[];
  };
};
const as = (caller: Caller) => createCatalogContext(store, caller);

function refusal(run: () => unknown): { message: string; extensions: unknown } {
  try {
    run();
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions };
  }
  throw new Error('expected a refusal');
}

/**
 * 吴晓岚 and 镇江京口瑞丰商贸 share one number (storyCast.ts). The provinces answer a signed-in
 * holder with the records of what it signed in as; asked as the other kind, the hub refuses
 * rather than label her own records with a kind that is not hers.
 */
describe('subject(id, kind) for a signed-in holder of a number valid both ways', () => {
  const SHARED = CAST.zhenjiangShared;
  const citizen = as({ kind: 'CITIZEN', residentId: SHARED });
  const enterprise = as({ kind: 'ENTERPRISE', creditCode: SHARED });

  it('refuses the citizen asking about her number as an enterprise, and the enterprise asking as a person', () => {
    expect(identityOfSubject(SHARED)).toBe('EITHER');
    const asEnterprise = refusal(() => Query.subject(undefined, { id: SHARED, kind: 'ENTERPRISE' }, citizen));
    expect(asEnterprise.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', signedInAs: 'PERSON', kindAsked: 'ENTERPRISE' });
    expect(asEnterprise.message).toContain('您以个人身份登录，只能查看本人的记录');
    const asPerson = refusal(() => Query.subject(undefined, { id: SHARED, kind: 'PERSON' }, enterprise));
    expect(asPerson.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', signedInAs: 'ENTERPRISE', kindAsked: 'PERSON' });
    expect(asPerson.message).toContain('您以单位身份登录，只能查看本单位的记录');
  });

  it('answers each as what it signed in as', () => {
    expect(Query.subject(undefined, { id: SHARED, kind: 'PERSON' }, citizen).kind).toBe('PERSON');
    expect(Query.subject(undefined, { id: SHARED, kind: 'ENTERPRISE' }, enterprise).kind).toBe('ENTERPRISE');
  });

  it('refuses the same in subjects(ids, kind), naming the id', () => {
    const refused = refusal(() => Query.subjects(undefined, { ids: [CAST.kunshanQicheng, SHARED], kind: 'ENTERPRISE' }, citizen));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', field: 'ids[1]' });
  });

  it('leaves clerks and other numbers as they were', () => {
    const clerk = as({ kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' });
    expect(Query.subject(undefined, { id: SHARED, kind: 'ENTERPRISE' }, clerk).kind).toBe('ENTERPRISE');
    expect(Query.subject(undefined, { id: CAST.kunshanQicheng, kind: 'ENTERPRISE' }, citizen).kind).toBe('ENTERPRISE');
  });
});
