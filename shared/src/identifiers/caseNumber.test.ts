import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { caseNumberProblem, caseNumberProvince } from './caseNumber.ts';

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

describe('a case number no province could have given yet, or ever', () => {
  /** 27 November 2026, 10:00 in China. */
  const NOW = new Date('2026-11-27T02:00:00Z');
  function refusalAt(id: string, now: Date): GraphQLError {
    const problem = caseNumberProblem(id, 'id', now);
    if (!problem) throw new Error(`expected ${id} to be refused`);
    return problem;
  }

  it('refuses a day after today in China as DATE, naming the digits and today — as an identity number’s future birth date is refused', () => {
    const future = refusalAt('3220991231000001', NOW);
    expect(future.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'DATE', date: '20991231' });
    expect(future.message).toBe('id: 办件编号 3220991231000001 中的日期 20991231 晚于今天（20261127）：第3–10位是受理日期，办件编号不会是将来的日期，请核对办件编号');
    expect(refusalAt('3220261128000001', NOW).extensions).toMatchObject({ reason: 'DATE', date: '20261128' });
    // At the hub, for case(id:), and at a province for every mutation that takes a case.
    expect(() => caseNumberProvince('3220991231000001', 'id')).toThrow(/晚于今天/);
  });

  it('keeps a case numbered today valid, today being China’s (UTC+8), whatever the clock’s own zone', () => {
    expect(caseNumberProblem('3220261127000001', 'id', NOW)).toBeUndefined();
    // 00:30 on the 28th in China is still the 27th in UTC: the 28th's first case exists.
    expect(caseNumberProblem('3220261128000001', 'id', new Date('2026-11-27T16:30:00Z'))).toBeUndefined();
    // A province's clock a little ahead of the hub's at midnight: its first case of the day is not refused for those minutes.
    expect(caseNumberProblem('3220261128000001', 'id', new Date('2026-11-27T15:58:00Z'))).toBeUndefined();
    expect(refusalAt('3220261128000001', new Date('2026-11-27T15:50:00Z')).extensions).toMatchObject({ reason: 'DATE', date: '20261128' });
    expect(caseNumberProvince('3220261127000001', 'id', NOW).code).toBe('JIANGSU');
  });

  it('refuses sequence 000000, which no day’s cases start at, as FORMAT naming the digits', () => {
    const zero = refusalAt('3220261127000000', NOW);
    expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'FORMAT', sequence: '000000' });
    expect(zero.message).toBe('id: 办件编号 3220261127000000 的序号 000000 不存在：第11–16位是当日的受理序号，从 000001 起，请核对办件编号');
    expect(caseNumberProblem('3220261127000001', 'id', NOW)).toBeUndefined();
    expect(caseNumberProblem('3220261127999999', 'id', NOW)).toBeUndefined();
  });
});
