import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queueTicketProvince } from './queueTicketNumber.ts';

function refusal(id: string): GraphQLError {
  try {
    queueTicketProvince(id, 'id');
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`expected ${id} to be refused`);
}

describe('queueTicketProvince', () => {
  it('gives the province whose number it is', () => {
    expect(queueTicketProvince('34Q20261126ABCDEF0123', 'id').code).toBe('ANHUI');
  });

  it('refuses a province outside the delta as a case number is refused: BAD_USER_INPUT UNKNOWN_REGION, not NOT_FOUND', () => {
    const unknown = refusal('99Q20261126ABCDEF0123');
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'UNKNOWN_REGION', provinceCode: '99' });
    expect(unknown.message).toContain('排队号编号 99Q20261126ABCDEF0123 的前两位省份代码 99 不是长三角的省份');
  });

  it('refuses a day no calendar has, and says a full-width id is full-width', () => {
    expect(refusal('32Q20261332ABCDEF0123').extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE', date: '20261332' });
    expect(refusal('32Q20261332ABCDEF0123').message).toContain('中的日期 20261332 不存在（第4–11位是取号日期');
    const wide = refusal('３２Q20261126ABCDEF0123');
    expect(wide.message).toContain('排队号编号第1位“３”等 2 个字符是全角字符，请切换到半角输入');
    expect(wide.extensions).toMatchObject({ reason: 'FORMAT', expected: '32Q20261126ABCDEF0123' });
    expect(refusal('32Q20261126abcdef0123').extensions).toMatchObject({ reason: 'FORMAT' });
  });
});
