import { describe, expect, it } from 'vitest';
import { evaluateRules, failedRuleReason } from '@yrd/shared/decision/ruleEvaluation';
import { CAST, CAST_RECORDS } from '@yrd/shared/fixtures/storyCast';
import { evidenceKindsNeeded } from '@yrd/shared/standard/standardItem';
import type { HeldRecord } from '@yrd/shared/standard/standardRecord';
import { failureWording } from '@yrd/shared/standard/ruleDescriptionWording';
import { validateStandardItem } from '@yrd/shared/standard/validateStandardItem';
import { STANDARD_ITEMS } from './standardItems.ts';

/**
 * 企业简易注销登记 and the bars of 《市场主体登记管理条例实施细则》第四十八条 its shared records can
 * show: an enterprise listed (经营异常名录, 严重违法失信名单), with a penalty not yet carried out, or
 * whose licence was revoked is not simply deregistered — each is named to the clerk as the
 * condition it fails; a clean one fails none of them. And its 清税证明 is needed only where the
 * note says so.
 */
const item = STANDARD_ITEMS.find((candidate) => candidate.code === '010003001000');
if (!item) throw new Error('no 010003001000');
const DAY = '2026-11-27';

const heldRecordsOf = (subjectId: string): HeldRecord[] =>
  CAST_RECORDS.filter((placed) => placed.record.subjectId === subjectId).map((placed) => ({ ...placed.record, region: placed.region, holdingAuthority: `${placed.region} holder` }));

const failed = (records: readonly HeldRecord[]) =>
  evaluateRules(item.approvalRules, records, new Set(), DAY)
    .filter((result) => !result.passed)
    .map((result) => [result.code, failedRuleReason(result)]);

describe('企业简易注销登记: the legal bars', () => {
  it('is a valid standard item that gathers the credit records and registration its rules read', () => {
    expect(validateStandardItem(item)).toEqual([]);
    expect(evidenceKindsNeeded(item)).toEqual(expect.arrayContaining(['BUSINESS_REGISTRATION', 'CREDIT_RECORD', 'TAX']));
    expect(item.approvalRules.map((rule) => rule.code)).toEqual(['ENTERPRISE_ACTIVE', 'NOT_ON_ABNORMAL_OR_DISHONEST_LIST', 'NO_UNSETTLED_PENALTY', 'TX_NO_ARREARS']);
    for (const rule of item.approvalRules) expect(failureWording(rule.description), rule.code).toBeUndefined();
    expect(item.legalBasis).toContain('第四十八条');
  });

  it('names the abnormal-operation listing of 合肥徽源', () => {
    expect(failed(heldRecordsOf(CAST.hefeiHuiyuan))).toEqual([
      ['NOT_ON_ABNORMAL_OR_DISHONEST_LIST', expect.stringMatching(/^不符合条件：申请主体不在经营异常名录或严重违法失信名单上（未列入或已移出）（有 1 条记录不符合/)],
      ['TX_NO_ARREARS', '未能自动核验以下条件（未取得该类材料）：企业无欠缴税款（清税）'],
    ]);
  });

  it('names the unsettled penalty of 昆山启程', () => {
    expect(failed(heldRecordsOf(CAST.kunshanQicheng)).map(([code]) => code)).toEqual(['NO_UNSETTLED_PENALTY', 'TX_NO_ARREARS']);
  });

  it('names a revoked licence (吊销), and a deregistration already made', () => {
    for (const businessStatus of ['REVOKED', 'CANCELLED'] as const) {
      const records = heldRecordsOf(CAST.qingpuLvdao).map((record) =>
        record.kind === 'BUSINESS_REGISTRATION' ? { ...record, content: { ...record.content, businessStatus } } : record,
      );
      expect(failed(records)).toEqual([
        ['ENTERPRISE_ACTIVE', expect.stringMatching(/^不符合条件：企业处于存续状态（未吊销、注销或迁出）（/)],
        ['TX_NO_ARREARS', '未能自动核验以下条件（未取得该类材料）：企业无欠缴税款（清税）'],
      ]);
    }
  });

  it('bars nothing of a clean, active enterprise but what only its tax record could show', () => {
    expect(failed(heldRecordsOf(CAST.qingpuLvdao)).map(([code]) => code)).toEqual(['TX_NO_ARREARS']);
    const jiashan = heldRecordsOf(CAST.jiashanHefeng);
    expect(jiashan.some((record) => record.kind === 'TAX')).toBe(true);
    expect(failed(jiashan)).toEqual([]);
  });

  it('asks for the 清税证明 only where its note says: optional, replaced by the shared tax record where there is one', () => {
    const clearance = item.materials.find((material) => material.code === 'M04');
    expect(clearance).toMatchObject({ name: '清税证明', necessity: 'OPTIONAL', replacedBy: 'TAX' });
    expect(clearance?.note).toContain('未办理过涉税事项的无需提供');
    expect(item.materials.find((material) => material.replacedBy === 'CREDIT_RECORD')).toMatchObject({ necessity: 'REQUIRED', commitmentAllowed: false });
  });
});
