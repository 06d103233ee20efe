import { describe, expect, it } from 'vitest';
import { caseNumberProblem as serverCaseNumberProblem } from '@yrd/shared/identifiers/caseNumber';
import { caseNumberProblem } from './caseAddress.ts';

/** What the server says of the same number, without the field it names (`id: …`). */
const serverSays = (id: string) => serverCaseNumberProblem(id, 'id')?.message.replace(/^id: /, '') ?? null;

describe('按办件编号打开: the page checks a case number as the server does', () => {
  it('says full-width digits are full-width, where they begin and how many — not that the number lacks 16 digits', () => {
    const problem = caseNumberProblem('３２20261127000001');
    expect(problem).toBe('办件编号第1位“３”等 2 个字符是全角字符，请切换到半角输入后重新填写');
    expect(problem).toBe(serverSays('３２20261127000001'));
    expect(problem).not.toContain('16');
  });

  it('says the layout, the province and an impossible day in the server’s words', () => {
    for (const typed of ['32202611', '9920261127000001', '3220261332000001', '32２0240301000003']) {
      expect(caseNumberProblem(typed), typed).toBe(serverSays(typed));
    }
    expect(caseNumberProblem('32202611')).toContain('办件编号应为16位数字（省份2位、日期8位、序号6位）');
    expect(caseNumberProblem('9920261127000001')).toContain('前两位省份代码 99 不是长三角的省份');
    expect(caseNumberProblem('3220261332000001')).toContain('日期 20261332 不存在');
  });

  it('lets a number a province could have given be looked up, spaces around a pasted one trimmed (the page sends it trimmed)', () => {
    expect(caseNumberProblem('3220240301000003')).toBeNull();
    expect(caseNumberProblem(' 3220240301000003\t')).toBeNull();
    expect(caseNumberProblem('   ')).toBe('请输入办件编号（16 位数字）');
  });

  it('names a character that shows as nothing at the end, as the server does', () => {
    expect(caseNumberProblem('3220240301000003\u200b')).toBe(serverSays('3220240301000003\u200b'));
    expect(caseNumberProblem('3220240301000003\u200b')).toContain('结尾');
  });
});
