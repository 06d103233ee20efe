import { describe, expect, it, vi } from 'vitest';
import { CAST } from '../fixtures/storyCast.ts';
import type { Caller } from '../identity/caller.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { migrate, openDatabase } from '../store/openDatabase.ts';
import { deskWith, refusalOf } from './caseDesk.fixture.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import type { CaseFile } from './caseModel.ts';
import { asEntity, caseEntityResolvers } from './caseResolvers.ts';
import { CaseStore, type OpenCaseInput } from './caseStore.ts';
import { caseWithdrawalResolvers } from './caseWithdrawal.ts';
import type { ItemStandard } from './hubClient.ts';
import type { PassedOnItem } from './passedOn.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase, PROVINCE_MIGRATIONS } from './provinceDatabase.ts';
import { createProvinceLoaders } from './provinceLoaders.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * 联动过户 at the 吴江 window: Jiangsu implements 不动产转移登记 but none of the four utility
 * transfers of the property-transfer bundle, which the utility enterprises carry out. The bundle
 * opens with the registration's case and the four transfers as pass-ons, which wait for the
 * registration, go out when it is approved and are cancelled when it is refused or the bundle is
 * withdrawn — each move in the transaction of the case's own.
 */
const JIANGSU = requireRegion('JIANGSU');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const;
const APPLICANT: Caller = { kind: 'CITIZEN', residentId: CAST.guXiaomei };
const PROPERTY = '070101001000';
const UTILITIES = ['200901001000', '200901002000', '200901003000', '200901004000'];
const RECEIVERS = ['吴江华衍水务有限公司', '国网江苏省电力有限公司苏州供电分公司', '吴江港华燃气有限公司', '江苏省广电有线信息网络股份有限公司吴江分公司'];
const PASSED_ON: readonly PassedOnItem[] = UTILITIES.map((itemCode, index) => ({
  itemCode,
  receiver: RECEIVERS[index] ?? '',
  afterApprovalOf: PROPERTY,
  notice: `不动产登记办结后，登记结果推送至${RECEIVERS[index] ?? ''}办理过户，无需另行申请`,
}));
/** An item no one handles in Jiangsu (neither on its list nor passed on). */
const NOT_HANDLED = '200901009000';
const NAMES: Record<string, string> = {
  [PROPERTY]: '不动产转移登记',
  '200901001000': '供水过户',
  '200901002000': '供电过户',
  '200901003000': '燃气过户',
  '200901004000': '有线电视/宽带过户',
  [NOT_HANDLED]: '测试过户',
};
const BUNDLE_NAME = '不动产转移登记及水电气网联动过户“一件事”';

const item = (code: string): Partial<ItemStandard> => ({
  code,
  name: NAMES[code] ?? code,
  audiences: ['NATURAL_PERSON', 'ENTERPRISE'],
  evidenceKinds: [],
  crossRegion: false,
  territorial: true,
  status: 'IN_FORCE',
  policy: null,
});

/** Jiangsu's desk: the registration on its list, the utilities passed on (unless `passedOn` says otherwise), bundles of `items`. */
function jiangsuDesk(store: CaseStore, caller: Caller = CLERK, { items = [PROPERTY, ...UTILITIES], passedOn = PASSED_ON, implemented = [PROPERTY] } = {}): ProvinceContext {
  return deskWith(store, {
    region: JIANGSU,
    caller,
    implementations: implemented.map((standardCode) => ({ standardCode, crossRegion: false })),
    passedOn,
    item,
    bundle: (code) => (code === 'PROPERTY_TRANSFER' ? { code, name: BUNDLE_NAME, itemCodes: items, evidenceKinds: [] } : undefined),
  });
}

const newStore = () => new CaseStore(openProvinceDatabase(':memory:'), JIANGSU);
const openBundle = (context: ProvinceContext, idempotencyKey = 'k-bundle') =>
  caseDeskResolvers.openBundle(undefined, { input: { bundleCode: 'PROPERTY_TRANSFER', subjectId: CAST.guXiaomei, idempotencyKey, applicantName: '顾晓梅' } }, context) as Promise<CaseFile>;

/** The bundle as the store opens it at the window (what caseDesk.openBundle asks of it). */
const bundleInput: OpenCaseInput = {
  itemCode: 'PROPERTY_TRANSFER',
  subjectId: CAST.guXiaomei,
  subjectKind: 'PERSON',
  applicantName: '顾晓梅',
  channel: 'WINDOW',
  openedBy: CLERK,
  idempotencyKey: 'k-bundle',
};

/** A bundle opened in the store with its registration case, and that case. */
function openedBundle(store: CaseStore) {
  const opened = store.openBundle(bundleInput, [PROPERTY], PASSED_ON);
  const registration = opened.cases[0];
  if (!registration) throw new Error('no registration case');
  return { ...opened, registration };
}

describe('openBundle in a province that passes the utility transfers on', () => {
  it('opens the registration’s case alone, and the four transfers as pass-ons waiting for it', async () => {
    const store = newStore();
    const bundle = await openBundle(jiangsuDesk(store));
    expect(bundle).toMatchObject({ isBundle: true, status: 'OPEN', audience: 'CASE_OFFICER' });
    const cases = store.childrenOf(bundle.id);
    expect(cases.map((child) => child.itemCode)).toEqual([PROPERTY]);
    expect(store.passOnsOf(bundle.id)).toEqual(
      UTILITIES.map((itemCode, index) => ({
        bundleId: bundle.id,
        itemCode,
        receiver: RECEIVERS[index],
        afterItemCode: PROPERTY,
        afterCaseId: cases[0]?.id,
        notice: PASSED_ON[index]?.notice,
        status: 'AWAITING',
        passedOnAt: null,
        cancelledAt: null,
        recalledAt: null,
      })),
    );
  });

  it('a retry with the bundle’s key returns the same bundle, writing no pass-on twice', async () => {
    const store = newStore();
    const first = await openBundle(jiangsuDesk(store));
    const retried = await openBundle(jiangsuDesk(store));
    expect(retried.id).toBe(first.id);
    expect(store.childrenOf(first.id)).toHaveLength(1);
    expect(store.passOnsOf(first.id)).toHaveLength(4);
  });

  it('still refuses an item neither on the list nor passed on, and opens nothing', async () => {
    const store = newStore();
    const refused = await refusalOf(openBundle(jiangsuDesk(store, CLERK, { items: [PROPERTY, ...UTILITIES, NOT_HANDLED] })));
    expect(refused.message).toBe('input.bundleCode: 江苏省不办理“测试过户”');
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bundleCode', reason: 'ITEM_NOT_HANDLED' });
    expect(store.casesOfSubjects([CAST.guXiaomei], 'PERSON', { first: 100 }).get(CAST.guXiaomei) ?? []).toEqual([]);
    // A province that neither implements the transfers nor passes them on refuses the bundle, as before.
    const without = await refusalOf(openBundle(jiangsuDesk(store, CLERK, { passedOn: [] })));
    expect(without.message).toBe('input.bundleCode: 江苏省不办理“供水过户”');
    expect(without.extensions).toMatchObject({ reason: 'ITEM_NOT_HANDLED' });
  });

  it('refuses a bundle without the item a pass-on follows: nothing would pass it on', async () => {
    const store = newStore();
    const refused = await refusalOf(openBundle(jiangsuDesk(store, CLERK, { items: [UTILITIES[0] ?? '', '200047001000'], implemented: [PROPERTY, '200047001000'] })));
    expect(refused.message).toBe(`input.bundleCode: 江苏省的“供水过户”在“不动产转移登记”准予后推送至吴江华衍水务有限公司办理，“${BUNDLE_NAME}”不含该事项，不能联办`);
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ITEM_NOT_HANDLED', itemCode: UTILITIES[0], passedOnTo: '吴江华衍水务有限公司' });
    expect(store.casesOfSubjects([CAST.guXiaomei], 'PERSON', { first: 100 }).get(CAST.guXiaomei) ?? []).toEqual([]);
  });

  it('an item passed on is not opened alone: the refusal names who handles it', async () => {
    const store = newStore();
    const refused = await refusalOf(
      caseDeskResolvers.openCase(undefined, { input: { itemCode: UTILITIES[0] ?? '', subjectId: CAST.guXiaomei, idempotencyKey: 'k-water', applicantName: '顾晓梅' } }, jiangsuDesk(store)),
    );
    expect(refused.message).toBe(`input.itemCode: 江苏省不办理“供水过户”，由吴江华衍水务有限公司办理；随“一件事”申请的，${PASSED_ON[0]?.notice}`);
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ITEM_NOT_HANDLED', passedOnTo: '吴江华衍水务有限公司' });
  });
});

describe('the store: pass-ons with their bundle', () => {
  it('writes them in the bundle’s transaction: a bundle refused half-way leaves neither', () => {
    const store = newStore();
    const stray: PassedOnItem = { itemCode: '200901001000', receiver: '吴江华衍水务有限公司', afterApprovalOf: '200047001000', notice: '测试' };
    expect(() => store.openBundle(bundleInput, [PROPERTY], [...PASSED_ON.slice(1), stray])).toThrow('not among the bundle');
    expect(store.casesOfSubjects([CAST.guXiaomei], 'PERSON', { first: 100 }).get(CAST.guXiaomei) ?? []).toEqual([]);
    expect(store.openBundle(bundleInput, [PROPERTY], PASSED_ON).passOns).toHaveLength(4);
  });

  it('a retry with the bundle’s key returns the stored pass-ons unchanged, whatever the province passes on now', () => {
    const store = newStore();
    const first = store.openBundle(bundleInput, [PROPERTY], PASSED_ON);
    const retried = store.openBundle(bundleInput, [PROPERTY], PASSED_ON.slice(0, 1));
    expect(retried).toMatchObject({ created: false, bundle: { id: first.bundle.id } });
    expect(retried.passOns).toEqual(first.passOns);
    expect(store.passOnsOfBundles([first.bundle.id]).get(first.bundle.id)).toHaveLength(4);
  });

  it('passes them on when the registration is approved, with the time, noted by the system in the bundle’s history', () => {
    const store = newStore();
    const { bundle, registration } = openedBundle(store);
    store.transition(bundle.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    store.transition(registration.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    expect(store.passOnsOf(bundle.id).map((passOn) => passOn.status)).toEqual(Array(4).fill('AWAITING'));
    const approvedAt = new Date('2026-11-27T02:30:00Z');
    expect(store.transition(registration.id, { from: ['IN_REVIEW'], to: 'APPROVED', actor: { ...CLERK, operatorId: 'js-wj-0002' } }, approvedAt)).toBe(true);
    expect(store.passOnsOf(bundle.id).map((passOn) => [passOn.status, passOn.passedOnAt, passOn.cancelledAt])).toEqual(Array(4).fill(['PASSED_ON', approvedAt.toISOString(), null]));
    const history = store.eventsOf(bundle.id);
    expect(history.at(-1)).toMatchObject({
      status: 'APPROVED',
      actor: { kind: 'SYSTEM' },
      at: approvedAt.toISOString(),
      note: `联动过户：事项 ${PROPERTY} 已准予，已推送至${UTILITIES.map((code, index) => `${RECEIVERS[index]}（${code}）`).join('、')}办理，申请人无需另行申请`,
    });
    // The bundle's own status came from its case alone, before the pass-ons were noted.
    expect(history.at(-2)).toMatchObject({ status: 'APPROVED', note: '各事项：已办结（准予） 1 项' });
  });

  it('passes them on in the approval’s own transaction: an approval undone leaves them waiting', () => {
    const store = newStore();
    const { bundle, registration } = openedBundle(store);
    store.transition(registration.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    expect(() =>
      store.atomically(() => {
        store.transition(registration.id, { from: ['IN_REVIEW'], to: 'APPROVED', actor: CLERK });
        throw new Error('the licence could not be written');
      }),
    ).toThrow('the licence could not be written');
    expect(store.caseById(registration.id)?.status).toBe('IN_REVIEW');
    expect(store.passOnsOf(bundle.id).map((passOn) => passOn.status)).toEqual(Array(4).fill('AWAITING'));
  });

  it.each(['REJECTED', 'TERMINATED'] as const)('cancels them when the registration ends %s, and a later move of the case changes nothing', (ending) => {
    const store = newStore();
    const { bundle, registration } = openedBundle(store);
    store.transition(bundle.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    store.transition(registration.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    const at = new Date('2026-11-28T01:00:00Z');
    store.transition(registration.id, { from: ['IN_REVIEW'], to: ending, actor: CLERK, note: '权属证明不符' }, at);
    expect(store.passOnsOf(bundle.id).map((passOn) => [passOn.status, passOn.passedOnAt, passOn.cancelledAt])).toEqual(Array(4).fill(['CANCELLED', null, at.toISOString()]));
    expect(store.eventsOf(bundle.id).at(-1)?.note).toMatch(new RegExp(`^联动过户已取消：事项 ${PROPERTY} (不予批准|已终止).*，不再推送至吴江华衍水务有限公司（200901001000）、`));
    // Cancelled stays cancelled: nothing passes it on afterwards.
    store.transition(registration.id, { from: [ending], to: 'APPROVED', actor: CLERK });
    expect(store.passOnsOf(bundle.id).every((passOn) => passOn.status === 'CANCELLED')).toBe(true);
  });

  it('recalls those already passed on when the registration is revoked afterwards (a failed 告知承诺 post-check), saying so in the bundle’s history', () => {
    const store = newStore();
    const { bundle, registration } = openedBundle(store);
    store.transition(registration.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    const approvedAt = new Date('2026-11-27T02:30:00Z');
    store.transition(registration.id, { from: ['IN_REVIEW'], to: 'APPROVED', actor: CLERK }, approvedAt);
    const revokedAt = new Date('2026-12-03T06:00:00Z');
    expect(store.transition(registration.id, { from: ['APPROVED'], to: 'REVOKED', actor: CLERK, note: '承诺内容与核查结果不符' }, revokedAt)).toBe(true);
    expect(store.passOnsOf(bundle.id).map((passOn) => [passOn.status, passOn.passedOnAt, passOn.cancelledAt, passOn.recalledAt])).toEqual(
      Array(4).fill(['RECALLED', approvedAt.toISOString(), null, revokedAt.toISOString()]),
    );
    expect(store.eventsOf(bundle.id).at(-1)).toMatchObject({
      actor: { kind: 'SYSTEM' },
      at: revokedAt.toISOString(),
      note: `联动过户已撤回：事项 ${PROPERTY} 的准予决定已撤销，已通知${UTILITIES.map((code, index) => `${RECEIVERS[index]}（${code}）`).join('、')}撤回据此办理的过户`,
    });
  });

  it('keeps every pass-on a database held before recalls were kept (migration 20 rebuilds the table), and recalls them from then on', () => {
    const db = openDatabase(':memory:');
    const beforeRecalls = PROVINCE_MIGRATIONS.findIndex((migration) => migration.includes('case_pass_on_v20'));
    migrate(db, PROVINCE_MIGRATIONS.slice(0, beforeRecalls));
    // Today's store writes a case's authorisation (migration 25): the columns are lent for its writes and taken back before migrating.
    db.exec('ALTER TABLE case_file ADD COLUMN authorised_by TEXT; ALTER TABLE case_file ADD COLUMN authorised_at TEXT');
    const opened = new CaseStore(db, JIANGSU).openBundle(bundleInput, [PROPERTY], PASSED_ON);
    const registration = opened.cases[0]?.id ?? '';
    new CaseStore(db, JIANGSU).transition(registration, { from: ['OPEN'], to: 'APPROVED', actor: CLERK });
    db.exec('ALTER TABLE case_file DROP COLUMN authorised_by; ALTER TABLE case_file DROP COLUMN authorised_at');
    migrate(db, PROVINCE_MIGRATIONS);
    const store = new CaseStore(db, JIANGSU);
    expect(store.passOnsOf(opened.bundle.id).map((passOn) => [passOn.itemCode, passOn.receiver, passOn.status, passOn.recalledAt])).toEqual(
      UTILITIES.map((code, index) => [code, RECEIVERS[index], 'PASSED_ON', null]),
    );
    store.transition(registration, { from: ['APPROVED'], to: 'REVOKED', actor: CLERK });
    expect(store.passOnsOf(opened.bundle.id).every((passOn) => passOn.status === 'RECALLED')).toBe(true);
    db.close();
  });

  it('leaves them alone on moves that decide nothing (submitted, in review), and those of another bundle', () => {
    const store = newStore();
    const { bundle, registration } = openedBundle(store);
    const other = store.openBundle({ ...bundleInput, idempotencyKey: 'k-other' }, [PROPERTY], PASSED_ON);
    store.transition(registration.id, { from: ['OPEN'], to: 'IN_REVIEW', actor: CLERK });
    store.transition(other.cases[0]?.id ?? '', { from: ['OPEN'], to: 'APPROVED', actor: CLERK });
    expect(store.passOnsOf(bundle.id).every((passOn) => passOn.status === 'AWAITING')).toBe(true);
    expect(store.passOnsOf(other.bundle.id).every((passOn) => passOn.status === 'PASSED_ON')).toBe(true);
    expect(store.eventsOf(bundle.id).map((event) => event.note)).toEqual([null]);
  });
});

describe('withdrawing a bundle with pass-ons', () => {
  it('cancels them with the bundle, in its transaction, and says so in its history', async () => {
    const store = newStore();
    const bundle = await openBundle(jiangsuDesk(store, APPLICANT), 'k-online');
    const withdrawn = await caseWithdrawalResolvers.withdrawCase(undefined, { caseId: bundle.id, reason: '改期办理' }, jiangsuDesk(store, APPLICANT));
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN' });
    expect(store.passOnsOf(bundle.id).map((passOn) => passOn.status)).toEqual(Array(4).fill('CANCELLED'));
    const history = store.eventsOf(bundle.id);
    expect(history.map((event) => [event.status, event.actor.kind])).toEqual([
      ['OPEN', 'APPLICANT'],
      ['WITHDRAWN', 'APPLICANT'],
      ['WITHDRAWN', 'SYSTEM'],
    ]);
    expect(history.at(-1)?.note).toMatch(/^联动过户已取消：“一件事”已撤回.*，不再推送至吴江华衍水务有限公司（200901001000）、/);
  });
});

describe('Case.passedOn', () => {
  function loadersOver(store: CaseStore) {
    return createProvinceLoaders({ cases: store } as unknown as ProvinceServices, CLERK);
  }

  it('shows a bundle’s pass-ons, the item by its code for the hub to name; a single case has none', async () => {
    const store = newStore();
    const { bundle, registration } = openedBundle(store);
    const context = { loaders: loadersOver(store) } as unknown as ProvinceContext;
    const shown = await caseEntityResolvers.passedOn(asEntity(bundle, 'HOLDER'), undefined, context);
    expect(shown[0]).toEqual({
      itemCode: UTILITIES[0],
      item: { __typename: 'StandardItem', code: UTILITIES[0] },
      afterItemCode: PROPERTY,
      receiver: RECEIVERS[0],
      status: 'AWAITING',
      passedOnAt: null,
      recalledAt: null,
      notice: PASSED_ON[0]?.notice,
    });
    expect(shown.map((passOn) => passOn.receiver)).toEqual(RECEIVERS);
    expect(await caseEntityResolvers.passedOn(asEntity(registration, 'HOLDER'), undefined, context)).toEqual([]);
  });

  it('reads a list of bundles’ pass-ons with one query', async () => {
    const store = newStore();
    const first = openedBundle(store).bundle;
    const second = store.openBundle({ ...bundleInput, idempotencyKey: 'k-second' }, [PROPERTY], PASSED_ON).bundle;
    const spy = vi.spyOn(store, 'passOnsOfBundles');
    const context = { loaders: loadersOver(store) } as unknown as ProvinceContext;
    const [a, b] = await Promise.all([first, second].map((bundle) => caseEntityResolvers.passedOn(asEntity(bundle, 'CASE_OFFICER'), undefined, context)));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toEqual([first.id, second.id]);
    expect([a?.length, b?.length]).toEqual([4, 4]);
  });
});
