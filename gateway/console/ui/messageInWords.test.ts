import { describe, expect, it } from 'vitest';
import { messageInWords } from './messageInWords.ts';

const said = (message: string, extensions: Record<string, unknown> = {}) => messageInWords({ message, extensions });

describe('messageInWords', () => {
  it('drops the argument path the server puts first', () => {
    expect(said('input.applicantName: 申请人姓名不能为空', { field: 'input.applicantName' })).toBe('申请人姓名不能为空');
    expect(said('kinds: 请至少选择一种材料类型')).toBe('请至少选择一种材料类型');
  });

  it("drops the API's words in brackets after what to do, keeping the sentence whole", () => {
    expect(said('缺少材料“结婚证”（M03）：请收取该材料（providedMaterials 列出 M03），或签署容缺补交承诺（commitments）')).toBe(
      '缺少材料“结婚证”（M03）：请收取该材料，或签署容缺补交承诺',
    );
    expect(said('“异地居住证明”（M06）为非必要材料，可以不提交：撤回该承诺即可（commitments 不列出该材料）')).toBe('“异地居住证明”（M06）为非必要材料，可以不提交：撤回该承诺即可');
    expect(said('须先核验申请人的信用记录，该材料尚未调取：请先调取（requestEvidence(kinds: [CREDIT_RECORD])），再提交')).toBe('须先核验申请人的信用记录，该材料尚未调取：请先调取，再提交');
    expect(said('请至少选择一种材料类型（kinds 不填则调取全部）')).toBe('请至少选择一种材料类型');
  });

  it('keeps the label of the console’s button quoted among the API’s words: it is what she presses', () => {
    expect(said('您是申请人，可以用本人身份重新调取（requestEvidence，“重新调取”），系统将为您签发新的调取请求')).toBe('您是申请人，可以用本人身份重新调取（“重新调取”），系统将为您签发新的调取请求');
  });

  it('keeps codes the clerk may quote or type, and lowercase words that are no API names', () => {
    expect(said('事项标准库（catalog）暂时无法访问：超时（timeout），请稍后重试')).toBe('事项标准库（catalog）暂时无法访问：超时（timeout），请稍后重试');
    expect(said('尚未取得信用记录（wuxi）的答复')).toBe('尚未取得信用记录（wuxi）的答复');
    expect(said('请填写（firstName）')).toBe('请填写');
    expect(said('（firstly）')).toBe('（firstly）');
    expect(said('安徽省的服务暂时无法访问：无法连接（ECONNREFUSED）')).toBe('安徽省的服务暂时无法访问：无法连接（ECONNREFUSED）');
    expect(said('缺少材料“完税凭证”（M06）')).toBe('缺少材料“完税凭证”（M06）');
    expect(said('材料 100101001000:M03 不是本办件待补齐的容缺材料（待补齐：结婚证（M03））')).toBe('材料 100101001000:M03 不是本办件待补齐的容缺材料（待补齐：结婚证（M03））');
  });
});
