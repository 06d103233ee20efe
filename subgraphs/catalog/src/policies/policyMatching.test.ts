import { describe, expect, it } from 'vitest';
import { issuedLicence } from '@yrd/shared/fixtures/issuedLicence.fixture';
import { CAST, CAST_RECORDS } from '@yrd/shared/fixtures/storyCast';
import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import type { StandardItem } from '@yrd/shared/standard/standardItem';
import { POLICY_CODES, POLICY_ITEMS } from '../seed/policyItems.ts';
import { STANDARD_ITEMS } from '../seed/standardItems.ts';
import { matchPolicies, policyOpenOn, type MatchedProfile, type PolicyMatch } from './policyMatching.ts';

function heldRecordsOf(subjectId: string): HeldRecord[] {
  return CAST_RECORDS.filter((placed) => placed.record.subjectId === subjectId).map((placed) => ({
    ...placed.record,
    region: placed.region,
    holdingAuthority: 'holder',
  }));
}

/** The subject's records as the hub gets them when the `silent` provinces do not answer. */
function profileOf(subjectId: string, silent: readonly RegionCode[] = []): MatchedProfile {
  return { records: heldRecordsOf(subjectId).filter((record) => !silent.includes(record.region)), unavailableRegions: silent };
}

const enterprise = (id: string) => ({ kind: 'ENTERPRISE', id }) as const;

const TODAY = '2026-12-01';

describe('matchPolicies', () => {
  const matches = matchPolicies(STANDARD_ITEMS, profileOf(CAST.jiashanHefeng), enterprise(CAST.jiashanHefeng), TODAY, 1);

  it('lists only policies, eligible ones first by the most they pay, then near misses', () => {
    expect(matches.every((match) => match.item.policy !== undefined)).toBe(true);
    const standings = matches.map((match) => match.standing);
    expect(standings.indexOf('NEAR_MISS')).toBe(standings.lastIndexOf('ELIGIBLE') + 1);
    const eligible = matches.filter((match) => match.standing === 'ELIGIBLE');
    const amounts = eligible.map((match) => match.item.policy?.maxAmount ?? 0);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(eligible.map((match) => match.item.code)).toContain(POLICY_CODES.zhejiangMicroTaxRelief);
  });

  it('gives the reasons of a near miss, and never counts a policy of another place as near', () => {
    const yieldLeader = matches.find((match) => match.item.code === POLICY_CODES.jiashanYieldLeaderAward);
    expect(yieldLeader?.standing).toBe('NEAR_MISS');
    expect(yieldLeader?.missed).toHaveLength(1);
    expect(yieldLeader?.missed[0]?.description).toMatch(/纳税|税/);
    // 嘉善禾丰 is registered in Zhejiang: 苏州's policies are not near, however the rest goes.
    expect(matches.some((match) => match.item.code === POLICY_CODES.suzhouTechUpgrade)).toBe(false);
  });

  it('widens the near misses with maxMissed, and lists nothing a person cannot apply for', () => {
    const wider = matchPolicies(STANDARD_ITEMS, profileOf(CAST.kunshanQicheng), enterprise(CAST.kunshanQicheng), TODAY, 3);
    const narrow = matchPolicies(STANDARD_ITEMS, profileOf(CAST.kunshanQicheng), enterprise(CAST.kunshanQicheng), TODAY, 1);
    expect(wider.length).toBeGreaterThan(narrow.length);
    expect(wider.every((match) => match.missed.length <= 3)).toBe(true);
    expect(matchPolicies(STANDARD_ITEMS, profileOf(CAST.kunshanQicheng), { kind: 'PERSON', id: CAST.kunshanQicheng }, TODAY, 3)).toEqual([]);
  });

  it('leaves out policies closed on the day', () => {
    const policy = POLICY_ITEMS.find((item) => item.code === POLICY_CODES.zhejiangMicroTaxRelief) as StandardItem;
    const applyBy = policy.policy?.applyBy as string;
    expect(policyOpenOn(policy, applyBy)).toBe(true);
    expect(policyOpenOn(policy, '2099-01-01')).toBe(false);
    expect(policyOpenOn({ ...policy, status: 'SUSPENDED' }, TODAY)).toBe(false);
    expect(policyOpenOn({ ...policy, effectiveFrom: '2099-01-01' }, TODAY)).toBe(false);
    const later = matchPolicies(STANDARD_ITEMS, profileOf(CAST.jiashanHefeng), enterprise(CAST.jiashanHefeng), '2099-01-01', 3);
    expect(later).toEqual([]);
  });
});

describe('matchPolicies after a claim', () => {
  /** A licence of `itemCode` issued to the subject by `region` on `issuedOn`: a claim granted there. */
  const grant = (subjectId: string, itemCode: string, region: RegionCode, issuedOn: string): HeldRecord =>
    issuedLicence({
      subjectId,
      itemCode,
      issuedOn,
      recordId: `LIC-${itemCode}`,
      region,
      holdingAuthority: 'holder',
      content: { licenceId: `LIC-${itemCode}`, licenceName: '示范区科技创新券兑付办理结果', caseId: '3120261115000003' },
    });
  const after = (records: readonly HeldRecord[]) =>
    matchPolicies(STANDARD_ITEMS, { records: [...heldRecordsOf(CAST.jiashanHefeng), ...records], unavailableRegions: [] }, enterprise(CAST.jiashanHefeng), TODAY, 1);

  it('no longer lists a policy as eligible once granted this year, in any province: a near miss saying when and where', () => {
    const before = matchPolicies(STANDARD_ITEMS, profileOf(CAST.jiashanHefeng), enterprise(CAST.jiashanHefeng), TODAY, 1);
    expect(before.find((match) => match.item.code === POLICY_CODES.zhejiangMicroTaxRelief)?.standing).toBe('ELIGIBLE');
    // The zone voucher granted by Shanghai is a claim for a Jiashan (Zhejiang) enterprise too.
    const granted = after([grant(CAST.jiashanHefeng, POLICY_CODES.zhejiangMicroTaxRelief, 'ZHEJIANG', '2026-03-02'), grant(CAST.jiashanHefeng, POLICY_CODES.zoneInnovation, 'SHANGHAI', '2026-11-15')]);
    for (const code of [POLICY_CODES.zhejiangMicroTaxRelief, POLICY_CODES.zoneInnovation]) {
      const match = granted.find((candidate) => candidate.item.code === code);
      if (match) {
        expect(match.standing).toBe('NEAR_MISS');
        expect(match.missed.map((rule) => rule.code)).toContain('NOT_CLAIMED_THIS_YEAR');
      }
    }
    const relief = granted.find((match) => match.item.code === POLICY_CODES.zhejiangMicroTaxRelief);
    expect(relief?.missed).toEqual([expect.objectContaining({ code: 'NOT_CLAIMED_THIS_YEAR', detail: expect.stringContaining('2026年3月2日签发') })]);
    expect(granted.filter((match) => match.standing === 'ELIGIBLE').map((match) => match.item.code)).not.toContain(POLICY_CODES.zoneInnovation);
  });

  it('lists it again in the next calendar year', () => {
    const nextYear = matchPolicies(
      STANDARD_ITEMS,
      { records: [...heldRecordsOf(CAST.jiashanHefeng), grant(CAST.jiashanHefeng, POLICY_CODES.zhejiangMicroTaxRelief, 'ZHEJIANG', '2026-03-02')], unavailableRegions: [] },
      enterprise(CAST.jiashanHefeng),
      '2027-01-04',
      1,
    );
    expect(nextYear.find((match) => match.item.code === POLICY_CODES.zhejiangMicroTaxRelief)?.standing).toBe('ELIGIBLE');
  });
});

describe('matchPolicies when a province does not answer', () => {
  const matchWithout = (id: string, silent: readonly RegionCode[], maxMissed = 3) => matchPolicies(STANDARD_ITEMS, profileOf(id, silent), enterprise(id), TODAY, maxMissed);
  const find = (matches: readonly PolicyMatch[], code: string) => matches.find((match) => match.item.code === code);
  const codesOf = (rules: readonly { code: string }[]) => rules.map((rule) => rule.code);

  it('with every province answering, leaves nothing undecided', () => {
    for (const id of [CAST.jiashanHefeng, CAST.kunshanQicheng, CAST.qingpuLvdao, CAST.hefeiHuiyuan]) {
      const matches = matchWithout(id, []);
      expect(matches.every((match) => match.undecided.length === 0 && match.standing !== 'UNCONFIRMED')).toBe(true);
    }
  });

  it('does not call a policy eligible when the silent province may hold the penalty that would bar it', () => {
    // 昆山启程's unsettled penalty is in Anhui: without Anhui its credit looks clean, and is not.
    const matches = matchWithout(CAST.kunshanQicheng, ['ANHUI']);
    const award = find(matches, POLICY_CODES.kunshanRdCentreAward);
    expect(award?.standing).toBe('UNCONFIRMED');
    expect(award?.missed).toEqual([]);
    // Whether it was claimed already waits too: a licence of it may be held where it was granted.
    expect(codesOf(award?.undecided ?? [])).toEqual(['NO_UNSETTLED_PENALTY', 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST', 'NOT_CLAIMED_THIS_YEAR']);
    expect(award?.undecided.every((rule) => !rule.passed && rule.detail === '安徽未应答，暂无法判断')).toBe(true);
    // Every policy reads CREDIT_RECORD, which Anhui may hold: none is eligible for certain.
    expect(matches.filter((match) => match.standing === 'ELIGIBLE')).toEqual([]);
  });

  it('counts a near miss on the failures the answers settle, and shows the rest as undecided', () => {
    const matches = matchWithout(CAST.kunshanQicheng, ['ANHUI']);
    const specialised = find(matches, POLICY_CODES.jiangsuSpecialisedAward);
    expect(specialised?.standing).toBe('NEAR_MISS');
    // Jiangsu answered and holds no 2025 tax rating: that failure is settled; Anhui could still bar it on credit.
    expect(codesOf(specialised?.missed ?? [])).toEqual(['TAX_RATING_2025_A_OR_B']);
    expect(codesOf(specialised?.undecided ?? [])).toEqual(['NO_UNSETTLED_PENALTY', 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST', 'NOT_CLAIMED_BEFORE']);
  });

  it('does not give "no record" as a reason when the registering province is silent', () => {
    // 嘉善禾丰 is registered in Zhejiang: without Zhejiang there is no registration to read.
    const matches = matchWithout(CAST.jiashanHefeng, ['ZHEJIANG']);
    const voucher = find(matches, POLICY_CODES.yrdInnovationVoucherAnhui);
    expect(voucher?.standing).toBe('UNCONFIRMED');
    expect(voucher?.missed).toEqual([]);
    expect(voucher?.undecided.find((rule) => rule.code === 'ENTERPRISE_ACTIVE')?.detail).toBe('浙江未应答，暂无法判断');
    expect(matches.some((match) => match.standing === 'NEAR_MISS' || match.standing === 'ELIGIBLE')).toBe(false);
  });

  it('never counts a policy as near while where the enterprise is registered is undecided', () => {
    const matches = matchWithout(CAST.kunshanQicheng, ['JIANGSU']);
    // No location rule: a near miss on the Anhui penalty; its registration, and whether Jiangsu lists it, undecided.
    const voucher = find(matches, POLICY_CODES.yrdInnovationVoucherAnhui);
    expect(voucher?.standing).toBe('NEAR_MISS');
    expect(codesOf(voucher?.missed ?? [])).toEqual(['NO_UNSETTLED_PENALTY']);
    expect(codesOf(voucher?.undecided ?? [])).toEqual(['ENTERPRISE_ACTIVE', 'ESTABLISHED_ONE_YEAR', 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST', 'NOT_CLAIMED_THIS_YEAR']);
    expect(voucher?.undecided.every((rule) => rule.detail === '江苏未应答，暂无法判断')).toBe(true);
    // The 昆山 award fails on the same penalty, but whether it is in 昆山 waits for Jiangsu.
    expect(find(matches, POLICY_CODES.kunshanRdCentreAward)).toBeUndefined();
  });

  it('ignores a silent province that cannot hold what a policy reads, and lists eligible, unconfirmed, near misses in that order', () => {
    // Anhui holds no registration or tax of a Zhejiang enterprise: of the tax relief's rules, only
    // whether it was claimed already (a licence any province may hold) waits for Anhui.
    const matches = matchWithout(CAST.jiashanHefeng, ['ANHUI']);
    expect(find(matches, POLICY_CODES.zhejiangMicroTaxRelief)).toMatchObject({ standing: 'UNCONFIRMED', missed: [] });
    expect(codesOf(find(matches, POLICY_CODES.zhejiangMicroTaxRelief)?.undecided ?? [])).toEqual(['NOT_CLAIMED_THIS_YEAR']);
    expect(find(matches, POLICY_CODES.zoneInnovation)?.standing).toBe('UNCONFIRMED');
    const standings = matches.map((match) => match.standing);
    expect(standings).toEqual([...standings].sort((a, b) => ['ELIGIBLE', 'UNCONFIRMED', 'NEAR_MISS'].indexOf(a) - ['ELIGIBLE', 'UNCONFIRMED', 'NEAR_MISS'].indexOf(b)));
    expect(standings).toContain('NEAR_MISS');
  });
});
