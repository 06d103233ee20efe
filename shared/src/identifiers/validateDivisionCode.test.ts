import { describe, expect, it } from 'vitest';
import { validateDivisionCode } from './validateDivisionCode.ts';

describe('validateDivisionCode', () => {
  it('accepts a current code', () => {
    expect(validateDivisionCode('330782', { allowHistorical: false })).toEqual({
      ok: true,
      value: { code: '330782', name: '浙江省金华市义乌市', status: 'CURRENT', provincePrefix: '33' },
    });
  });

  it('accepts a historical code only when allowed', () => {
    const allowed = validateDivisionCode('320584', { allowHistorical: true });
    expect(allowed.ok && allowed.value.status).toBe('HISTORICAL');
    expect(validateDivisionCode('320584', { allowHistorical: false })).toEqual({
      ok: false,
      problem: {
        kind: 'DIVISION_CODE',
        reason: 'DIVISION',
        message: '行政区划代码 320584（江苏省吴江市）已撤销，请改用 320509（江苏省苏州市吴江区）',
        expected: '320509',
        actual: '320584',
      },
    });
  });

  it('rejects unknown codes, naming a missing province', () => {
    const unknown = validateDivisionCode('310199', { allowHistorical: true });
    expect(!unknown.ok && unknown.problem.reason).toBe('DIVISION');
    expect(!unknown.ok && unknown.problem.message).toBe('行政区划代码 310199 不在本系统的行政区划代码表中，请核对');
    const province = validateDivisionCode('990101', { allowHistorical: true });
    expect(!province.ok && province.problem.message).toBe('行政区划代码 990101 的省级代码 99 不存在');
  });

  it('reports length and format problems', () => {
    const short = validateDivisionCode('31010', { allowHistorical: true });
    expect(!short.ok && short.problem).toMatchObject({ reason: 'LENGTH', message: '行政区划代码长度应为6位，实际为5位' });
    const letter = validateDivisionCode('31010A', { allowHistorical: true });
    expect(!letter.ok && letter.problem).toMatchObject({ reason: 'FORMAT', message: '行政区划代码第6位“A”应为数字' });
  });
});
