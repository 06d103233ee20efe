import { describe, expect, it } from 'vitest';
import { checkOperatorWindow } from './operatorWindow.ts';

describe('checkOperatorWindow', () => {
  it('accepts a window in a current division of its own province', () => {
    expect(checkOperatorWindow('JIANGSU', '320509', 'WJ-CSJ-01', 'js-wj-0001')).toEqual({
      ok: true,
      value: { region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' },
    });
  });

  it('says what is wrong: a province outside the delta, a division elsewhere or unknown, ids that are not plain', () => {
    const problem = (...args: [string, string, string, string]) => {
      const checked = checkOperatorWindow(...args);
      return checked.ok ? undefined : checked.message;
    };
    expect(problem('FUJIAN', '350203', 'W1', 'x')).toBe('省份 FUJIAN 不是联盟成员');
    expect(problem('JIANGSU', '330421', 'W1', 'x')).toBe('窗口行政区划 330421 不在 江苏省');
    expect(problem('JIANGSU', '329999', 'W1', 'x')).toBeDefined();
    expect(problem('JIANGSU', '320509', 'W 1', 'x')).toContain('窗口编号');
    expect(problem('JIANGSU', '320509', 'W1', '')).toContain('工作人员编号');
  });
});
