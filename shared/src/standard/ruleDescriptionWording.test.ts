import { describe, expect, it } from 'vitest';
import { failureWording } from './ruleDescriptionWording.ts';

describe('rule descriptions state the condition required', () => {
  it.each([
    '企业在嘉兴市登记注册',
    '缴存职工无未结清的住房公积金个人住房贷款',
    '企业无尚未履行完毕的行政处罚',
    '企业处于存续状态（未吊销、注销或迁出）',
    '企业注册资本不超过300万元（本政策的企业规模条件）',
    '企业2024年1月1日以来未受行政处罚（含已履行完毕的）',
    '申请人不在任何省份公示中的严重失信主体名单上（含虚假承诺记录）',
  ])('accepts %s', (description) => {
    expect(failureWording(description)).toBeUndefined();
  });

  it.each([
    '企业未在嘉兴市登记注册',
    '企业存在尚未履行完毕的行政处罚',
    '缴存职工尚有未结清的住房公积金个人住房贷款',
    '未查到企业2025年度A级纳税信用评价',
    '没有有效的《异地贷款职工住房公积金缴存使用证明》电子证照',
    '缴存职工正常缴存的账户连续缴存不足6个月',
    '企业注册资本超过300万元，不符合本政策的企业规模条件',
    '企业被列入严重违法失信名单且尚未移出',
    '隶属公司不处于存续状态（已吊销、注销或迁出），需人工核实隶属公司登记状态',
  ])('refuses %s', (description) => {
    expect(failureWording(description)).toMatch(/^description ".+" .+: state the condition required/);
  });
});
