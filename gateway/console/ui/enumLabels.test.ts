import { describe, expect, it } from 'vitest';
import type { OperationResult } from '../graphql/gatewayClient.ts';
import type { OperationName } from '../graphql/operationNames.ts';
import { EnumLabels, type EnumLabelsResult, LABELLED_ENUMS } from './enumLabels.ts';

const FUND_STATUS: EnumLabelsResult = { enumLabels: [{ name: 'FundAccountStatus', values: [{ value: 'ACTIVE', label: '正常缴存' }, { value: 'SEALED', label: '封存' }] }, { name: 'SocialInsuranceScheme', values: [{ value: 'PENSION', label: '养老保险' }] }] };

/** A client answering EnumLabels with `answers` in turn, counting what it was asked. */
function client(...answers: OperationResult<EnumLabelsResult>[]) {
  const asked: { name: OperationName; variables: Readonly<Record<string, unknown>> }[] = [];
  return {
    asked,
    run: async <TData>(name: OperationName, variables: Readonly<Record<string, unknown>>): Promise<OperationResult<TData>> => {
      asked.push({ name, variables });
      return (answers.shift() ?? { data: null, errors: [] }) as OperationResult<TData>;
    },
  };
}

describe('EnumLabels', () => {
  it('reads the schema’s labels once, by the published EnumLabels operation, and labels record fields with them', async () => {
    const gateway = client({ data: FUND_STATUS, errors: [] });
    const labels = new EnumLabels(gateway);
    await Promise.all([labels.ready(), labels.ready()]);
    await labels.ready();
    expect(gateway.asked).toEqual([{ name: 'EnumLabels', variables: { names: LABELLED_ENUMS } }]);
    expect(labels.recordFieldLabel('ProvidentFundRecord', 'accountStatus', 'ACTIVE')).toBe('正常缴存');
    expect(labels.recordFieldLabel('SocialInsuranceRecord', 'schemes', ['PENSION', 'NEW_SCHEME'])).toBe('养老保险、NEW_SCHEME');
    expect(labels.recordFieldLabel('ProvidentFundRecord', 'balance', 1200)).toBeUndefined();
  });

  it('shows a value as itself while the labels cannot be had, and asks again the next time', async () => {
    const gateway = client({ data: null, errors: [{ message: '事项目录服务暂时无法访问', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] }, { data: FUND_STATUS, errors: [] });
    const labels = new EnumLabels(gateway);
    await labels.ready();
    expect(labels.recordFieldLabel('ProvidentFundRecord', 'accountStatus', 'ACTIVE')).toBe('ACTIVE');
    await labels.ready();
    expect(labels.recordFieldLabel('ProvidentFundRecord', 'accountStatus', 'ACTIVE')).toBe('正常缴存');
    expect(gateway.asked).toHaveLength(2);
  });
});
