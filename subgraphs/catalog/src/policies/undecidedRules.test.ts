import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateRules } from '@yrd/shared/decision/ruleEvaluation';
import { regionsHolding } from '@yrd/shared/regions/holdingRegions';
import { REGIONS, type RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { ApprovalRule, RuleQuantifier } from '@yrd/shared/standard/approvalRule';
import type { EvidenceKind } from '@yrd/shared/standard/evidenceKinds';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { readRule, readRules, registeredElsewhere, silenceDetail, type ReadSubject, type RuleReading } from './undecidedRules.ts';

/**
 * Rules over one numeric field, `score`, so that a record meeting a rule (score 4) and one
 * not meeting it (score 0) can be made for any threshold 1..4.
 */
const SHANGHAI_ENTERPRISE: ReadSubject = { kind: 'ENTERPRISE', id: '91310118MA1JL2Q363' };
const SUBJECTS: readonly ReadSubject[] = [
  SHANGHAI_ENTERPRISE,
  { kind: 'ENTERPRISE', id: '91330421MA2B3C4D17' },
  // Registered in Fujian: no province of the delta holds its registration or taxes.
  { kind: 'ENTERPRISE', id: '91350200776049653A' },
  { kind: 'PERSON', id: '310118198804123021' },
];
// Bound to the registering province or held anywhere; absence is evidence or proves nothing.
const KINDS: readonly EvidenceKind[] = ['TAX', 'BUSINESS_REGISTRATION', 'CREDIT_RECORD', 'PROVIDENT_FUND'];
const QUANTIFIERS: readonly RuleQuantifier[] = ['ANY', 'NONE', 'ALL'];
const REGION_CODES: readonly RegionCode[] = REGIONS.map((region) => region.code);

const rule = (evidenceKind: EvidenceKind, quantifier: RuleQuantifier, threshold = 3): ApprovalRule => ({
  code: `${evidenceKind}_${quantifier}_${threshold}`,
  description: '测试条件',
  evidenceKind,
  quantifier,
  conditions: [{ field: 'score', operator: 'GTE', value: threshold }],
});

let serial = 0;
const record = (kind: EvidenceKind, region: RegionCode, score: number, subjectId = SHANGHAI_ENTERPRISE.id): HeldRecord =>
  ({ kind, recordId: `R${(serial += 1)}`, subjectId, updatedOn: '2026-01-01', content: { score }, region, holdingAuthority: 'holder' }) as unknown as HeldRecord;

const MEETS = 4;
const FALLS_SHORT = 0;

describe('readRule: rules a silent province could change', () => {
  it('decides a location rule outside the registering province as failed, even with that province silent', () => {
    const inJiangsu: ApprovalRule = {
      code: 'REGISTERED_IN_JIANGSU',
      description: '企业在江苏省登记注册',
      evidenceKind: 'BUSINESS_REGISTRATION',
      quantifier: 'ANY',
      conditions: [{ field: 'divisionCode', operator: 'STARTS_WITH', value: '32' }],
    };
    const inZone: ApprovalRule = { ...inJiangsu, code: 'REGISTERED_IN_ZONE', conditions: [{ field: 'divisionCode', operator: 'IN', value: ['310118', '320509', '330421'] }] };
    expect(readRule(inJiangsu, [], SHANGHAI_ENTERPRISE, ['SHANGHAI'])).toMatchObject({ passed: false, undecided: false, detail: '企业在上海市登记，不在本政策适用地域' });
    // A prefix shorter than a province's may cover it: 3 is every province of the delta.
    const inEast: ApprovalRule = { ...inJiangsu, conditions: [{ field: 'divisionCode', operator: 'STARTS_WITH', value: '3' }] };
    expect(readRule(inEast, [], SHANGHAI_ENTERPRISE, ['SHANGHAI'])).toMatchObject({ undecided: true });
    // One of the zone's places is in Shanghai: only Shanghai's answer can tell.
    expect(readRule(inZone, [], SHANGHAI_ENTERPRISE, ['SHANGHAI'])).toMatchObject({ undecided: true });
    // A person, another kind, or a code registered outside the delta: nothing to decide from.
    expect(registeredElsewhere(inJiangsu, { kind: 'PERSON', id: '310118198804123021' })).toBeNull();
    expect(registeredElsewhere({ ...inJiangsu, evidenceKind: 'TAX' }, SHANGHAI_ENTERPRISE)).toBeNull();
    expect(registeredElsewhere(inJiangsu, { kind: 'ENTERPRISE', id: '91350200776049653A' })).toBeNull();
  });

  it('leaves ANY undecided while it fails and a silent province may hold the kind; a met ANY stays met', () => {
    const any = rule('CREDIT_RECORD', 'ANY');
    expect(readRule(any, [], SHANGHAI_ENTERPRISE, ['ZHEJIANG'])).toMatchObject({ passed: false, undecided: true, detail: '浙江未应答，暂无法判断' });
    expect(readRule(any, [record('CREDIT_RECORD', 'SHANGHAI', FALLS_SHORT)], SHANGHAI_ENTERPRISE, ['ZHEJIANG'])).toMatchObject({ undecided: true });
    expect(readRule(any, [record('CREDIT_RECORD', 'SHANGHAI', MEETS)], SHANGHAI_ENTERPRISE, ['ZHEJIANG'])).toMatchObject({ passed: true, undecided: false, detail: null });
  });

  it('leaves NONE undecided while it passes (a clean credit record may not be clean there); a broken NONE stays broken', () => {
    const none = rule('CREDIT_RECORD', 'NONE');
    expect(evaluateRule(none, []).passed).toBe(true);
    expect(readRule(none, [], SHANGHAI_ENTERPRISE, ['ANHUI'])).toMatchObject({ passed: false, undecided: true, detail: '安徽未应答，暂无法判断' });
    const broken = readRule(none, [record('CREDIT_RECORD', 'SHANGHAI', MEETS)], SHANGHAI_ENTERPRISE, ['ANHUI']);
    expect(broken).toMatchObject({ passed: false, undecided: false });
    expect(broken.detail).toMatch(/^有 1 条记录不符合/);
    // No tax record proves nothing, but the silent registering province may hold the one that would.
    expect(readRule(rule('TAX', 'NONE'), [], SHANGHAI_ENTERPRISE, ['SHANGHAI'])).toMatchObject({ undecided: true });
  });

  it('leaves ALL undecided while every record meets it or there is none; a broken ALL stays broken', () => {
    const all = rule('PROVIDENT_FUND', 'ALL');
    expect(readRule(all, [record('PROVIDENT_FUND', 'SHANGHAI', MEETS)], SHANGHAI_ENTERPRISE, ['JIANGSU'])).toMatchObject({ passed: false, undecided: true });
    expect(readRule(all, [], SHANGHAI_ENTERPRISE, ['JIANGSU'])).toMatchObject({ passed: false, undecided: true });
    expect(readRule(all, [record('PROVIDENT_FUND', 'SHANGHAI', FALLS_SHORT)], SHANGHAI_ENTERPRISE, ['JIANGSU'])).toMatchObject({ passed: false, undecided: false, detail: expect.stringMatching(/^1 条记录不满足条件：/) });
  });

  it('is not moved by a silent province that cannot hold the kind for the subject', () => {
    // A Shanghai enterprise's taxes are in Shanghai: Anhui's silence says nothing about them.
    const taxRule = rule('TAX', 'ANY');
    expect(readRule(taxRule, [], SHANGHAI_ENTERPRISE, ['ANHUI'])).toEqual({ ...evaluateRule(taxRule, []), undecided: false });
    expect(readRule(taxRule, [], SHANGHAI_ENTERPRISE, ['ANHUI', 'SHANGHAI'])).toMatchObject({ undecided: true, detail: '上海未应答，暂无法判断' });
  });

  it('names the silent provinces that could hold the kind, in registry order', () => {
    expect(silenceDetail(['ANHUI', 'ZHEJIANG'])).toBe('浙江、安徽未应答，暂无法判断');
    expect(readRule(rule('CREDIT_RECORD', 'NONE'), [], SHANGHAI_ENTERPRISE, ['ANHUI', 'JIANGSU']).detail).toBe('江苏、安徽未应答，暂无法判断');
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────

const subjects = fc.constantFrom(...SUBJECTS);
const rules = fc
  .record({ kind: fc.constantFrom(...KINDS), quantifier: fc.constantFrom(...QUANTIFIERS), threshold: fc.integer({ min: 1, max: 4 }) })
  .map(({ kind, quantifier, threshold }) => rule(kind, quantifier, threshold));
const silences = fc.subarray([...REGION_CODES]);

/** Records a province could really hold about the subject: each in a province that may hold its kind. */
function recordsOf(subject: ReadSubject): fc.Arbitrary<HeldRecord[]> {
  const placed = fc
    .record({ kind: fc.constantFrom(...KINDS), pick: fc.nat(), score: fc.integer({ min: 0, max: 4 }) })
    .map(({ kind, pick, score }) => {
      const holders = regionsHolding(subject.kind, subject.id, kind);
      const holder = holders[pick % Math.max(holders.length, 1)];
      return holder ? [record(kind, holder.code, score, subject.id)] : [];
    });
  return fc.array(placed, { maxLength: 6 }).map((groups) => groups.flat());
}

const profiles = subjects.chain((subject) => fc.record({ subject: fc.constant(subject), rules: fc.array(rules, { minLength: 1, maxLength: 5 }), records: recordsOf(subject) }));

const withoutUndecided = (reading: RuleReading) => {
  const { undecided: _undecided, ...result } = reading;
  return result;
};

describe('readRules properties', () => {
  it('with every province answering, decides every rule exactly as evaluateRules', () => {
    fc.assert(
      fc.property(profiles, ({ subject, rules: ruleList, records }) => {
        const readings = readRules(ruleList, records, subject, []);
        expect(readings.every((reading) => !reading.undecided)).toBe(true);
        expect(readings.map(withoutUndecided)).toEqual(evaluateRules(ruleList, records));
      }),
    );
  });

  it('keeps a decided outcome whatever the silent provinces hold, and leaves undecided only what they could turn either way', () => {
    fc.assert(
      fc.property(profiles, silences, ({ subject, rules: ruleList, records }, silent) => {
        const answered = records.filter((held) => !silent.includes(held.region));
        const withheld = records.filter((held) => silent.includes(held.region));
        for (const reading of readRules(ruleList, answered, subject, silent)) {
          const read = ruleList.find((candidate) => candidate.code === reading.code) as ApprovalRule;
          const holder = regionsHolding(subject.kind, subject.id, read.evidenceKind).find((region) => silent.includes(region.code));
          if (!reading.undecided) {
            // What the silent provinces really hold, and anything else they could hold, changes nothing.
            expect(evaluateRule(read, [...answered, ...withheld]).passed).toBe(reading.passed);
            if (holder) {
              for (const score of [MEETS, FALLS_SHORT]) {
                expect(evaluateRule(read, [...answered, record(read.evidenceKind, holder.code, score, subject.id)]).passed).toBe(reading.passed);
              }
            }
            continue;
          }
          // Undecided only where a silent province may hold the kind, and its answer could go either way.
          expect(holder).toBeDefined();
          if (!holder) continue;
          const outcomes = new Set(
            [[], [MEETS], [FALLS_SHORT]].map((scores) => evaluateRule(read, [...answered, ...scores.map((score) => record(read.evidenceKind, holder.code, score, subject.id))]).passed),
          );
          expect(outcomes).toEqual(new Set([true, false]));
        }
      }),
    );
  });
});
