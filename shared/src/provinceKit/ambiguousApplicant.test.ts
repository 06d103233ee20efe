import { describe, expect, it } from 'vitest';
import { numberValidAsBoth } from '../fixtures/ambiguousIdentifiers.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import { deskWith as deskOf, refusalOf } from './caseDesk.fixture.ts';
import type { CaseFile } from './caseModel.ts';
import { CaseStore } from './caseStore.ts';
import type { ItemStandard } from './hubClient.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

/**
 * A person whose number is also a valid credit code (镇江 3211…, about 1 in 340), at a Jiangsu
 * case desk: the case is opened as the kind the clerk names (input.subjectKind), refused without
 * it in words that name that field, and the kind is part of what a retry key stands for.
 */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const BOTH = numberValidAsBoth();
const ITEM = '200101001000';
const BUNDLE_ITEMS = ['200047001000', '200502001000'];

const item = (code: string): Partial<ItemStandard> => ({
  code,
  name: `测试事项 ${code}`,
  audiences: ['NATURAL_PERSON', 'ENTERPRISE'],
  evidenceKinds: ['HOUSEHOLD_REGISTRATION'],
  crossRegion: true,
  policy: null,
});

function deskWith(store: CaseStore, caller: Caller = CLERK): ProvinceContext {
  return deskOf(store, {
    region: JIANGSU,
    caller,
    implementations: [ITEM, ...BUNDLE_ITEMS].map((standardCode) => ({ standardCode, crossRegion: true })),
    item,
    bundle: (code) => (code === 'TEST_BUNDLE' ? { code, name: '测试一件事', itemCodes: BUNDLE_ITEMS, evidenceKinds: ['HOUSEHOLD_REGISTRATION'] } : undefined),
  });
}

const newStore = () => new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
type Opening = { subjectId?: string; subjectKind?: SubjectKind | null; idempotencyKey?: string };
const openCase = (store: CaseStore, input: Opening, caller: Caller = CLERK) =>
  caseDeskResolvers.openCase(undefined, { input: { itemCode: ITEM, subjectId: BOTH, idempotencyKey: 'k-1', applicantName: '镇江测试', ...input } }, deskWith(store, caller)) as Promise<CaseFile>;
const openBundle = (store: CaseStore, input: Opening) =>
  caseDeskResolvers.openBundle(undefined, { input: { bundleCode: 'TEST_BUNDLE', subjectId: BOTH, idempotencyKey: 'k-b', applicantName: '镇江测试', ...input } }, deskWith(store)) as Promise<CaseFile>;

describe('opening a case for a number valid both ways', () => {
  it('is refused without input.subjectKind, in words that name it, and opens nothing', async () => {
    const store = newStore();
    for (const attempt of [openCase(store, {}), openBundle(store, {})]) {
      const refusal = await refusalOf(attempt);
      expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId', reason: 'AMBIGUOUS_SUBJECT', kindField: 'input.subjectKind' });
      expect(refusal.message).toContain('请用 input.subjectKind 指明主体类型（PERSON 个人 / ENTERPRISE 单位）');
    }
    expect(store.casesOfSubjects([BOTH], 'PERSON', { first: 100 }).get(BOTH)).toBeUndefined();
    expect(store.casesOfSubjects([BOTH], 'ENTERPRISE', { first: 100 }).get(BOTH)).toBeUndefined();
  });

  it('opens a case, and a bundle with its cases, as the kind the clerk names', async () => {
    const store = newStore();
    const asPerson = await openCase(store, { subjectKind: 'PERSON' });
    expect(store.caseById(asPerson.id)?.subjectKind).toBe('PERSON');
    const asEnterprise = await openCase(store, { subjectKind: 'ENTERPRISE', idempotencyKey: 'k-2' });
    expect(store.caseById(asEnterprise.id)?.subjectKind).toBe('ENTERPRISE');
    const bundle = await openBundle(store, { subjectKind: 'PERSON' });
    expect([bundle, ...store.childrenOf(bundle.id)].map((opened) => opened.subjectKind)).toEqual(['PERSON', 'PERSON', 'PERSON']);
  });

  it('takes the same key as the other kind for another case, not a retry', async () => {
    const store = newStore();
    const first = await openCase(store, { subjectKind: 'PERSON' });
    expect((await openCase(store, { subjectKind: 'PERSON' })).id).toBe(first.id);
    const refusal = await refusalOf(openCase(store, { subjectKind: 'ENTERPRISE' }));
    expect(refusal.extensions).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('checks only the kind named: a person’s number named an enterprise fails the credit-code check', async () => {
    const store = newStore();
    const refusal = await refusalOf(openCase(store, { subjectId: '310118198804123021', subjectKind: 'ENTERPRISE' }));
    expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectId', identifierKind: 'UNIFIED_SOCIAL_CREDIT_CODE' });
  });

  it('online, opens it as the kind signed in, and refuses another', async () => {
    const store = newStore();
    const citizen: Caller = { kind: 'CITIZEN', residentId: BOTH };
    const own = await openCase(store, {}, citizen);
    expect(store.caseById(own.id)?.subjectKind).toBe('PERSON');
    const enterprise: Caller = { kind: 'ENTERPRISE', creditCode: BOTH };
    expect(store.caseById((await openCase(store, { idempotencyKey: 'k-e' }, enterprise)).id)?.subjectKind).toBe('ENTERPRISE');
    const refusal = await refusalOf(openCase(store, { subjectKind: 'ENTERPRISE', idempotencyKey: 'k-3' }, citizen));
    expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subjectKind', reason: 'SUBJECT_KIND_MISMATCH' });
  });
});
