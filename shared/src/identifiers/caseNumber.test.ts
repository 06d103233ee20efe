import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { caseNumberProvince } from './caseNumber.ts';

/** A case number checked from the number alone, as carefully as an identity number. */
function refusal(id: string): GraphQLError {
  try {
    caseNumberProvince(id, 'id');
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`expected ${id} to be refused`);
}

describe('caseNumberProvince', () => {
  it('gives the province that filed a number it could have given', () => {
    expect(caseNumberProvince('3220261127000001', 'id').code).toBe('JIANGSU');
    expect(caseNumberProvince('3120240229000017', 'id').code).toBe('SHANGHAI');
  });

  it('refuses a day no calendar has, naming the digits — not a case that might exist', () => {
    const month13 = refusal('3220261332000001');
    expect(month13.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'DATE', date: '20261332' });
    expect(month13.message).toBe('id: 办件编号 3220261332000001 中的日期 20261332 不存在（第3–10位是受理日期，写作年月日，如 20261127），请核对办件编号');
    expect(refusal('3220260230000001').extensions).toMatchObject({ reason: 'DATE', date: '20260230' });
    expect(refusal('3220250229000001').extensions).toMatchObject({ reason: 'DATE', date: '20250229' });
  });

  it('says a full-width number is full-width, with the number meant, as an identity number is told', () => {
    const wide = refusal('３２20261127000001');
    expect(wide.message).toBe('id: 办件编号第1位“３”等 2 个字符是全角字符，请切换到半角输入后重新填写');
    expect(wide.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'FORMAT', expected: '3220261127000001' });
    expect(refusal(' 3220261127000001').message).toBe('id: 办件编号开头有空格，请删去后重新填写（号码本身不含空格）');
  });

  it('names the province code of a number from outside the delta (UNKNOWN_REGION) and keeps FORMAT for the rest', () => {
    const unknown = refusal('9920261127000001');
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'UNKNOWN_REGION', provinceCode: '99' });
    expect(unknown.message).toBe('id: 办件编号 9920261127000001 的前两位省份代码 99 不是长三角的省份（上海市 31、江苏省 32、浙江省 33、安徽省 34），请核对办件编号');
    expect(refusal('1120261127000001').message).toContain('省份代码 11（北京市）不是长三角的省份');
    for (const id of ['', '32202611270001', '32-2026112700001']) {
      expect(refusal(id).extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'FORMAT' });
    }
  });
});
