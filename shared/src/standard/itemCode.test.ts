import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkItemCode } from './itemCode.ts';

function refusal(code: string): GraphQLError {
  try {
    checkItemCode(code, 'itemCode');
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`expected ${code} to be refused`);
}

describe('checkItemCode', () => {
  it('takes twelve half-width digits', () => {
    expect(checkItemCode('010001001000', 'itemCode')).toBe('010001001000');
  });

  it('says a code typed in full-width digits is full-width, with the code meant, as an identity number is told', () => {
    const wide = refusal('０１０００１００１０００');
    expect(wide.message).toBe('itemCode: 事项基本编码第1位“０”等 12 个字符是全角字符，请切换到半角输入后重新填写');
    expect(wide.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'FORMAT', expected: '010001001000' });
    expect(refusal('010001001000 ').message).toBe('itemCode: 事项基本编码结尾有空格，请删去后重新填写（号码本身不含空格）');
  });

  it('keeps the plain FORMAT message for anything else', () => {
    expect(refusal('abc').message).toBe('itemCode: 事项基本编码应为12位数字，收到“abc”');
    expect(refusal('abc').extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMAT' });
  });
});
