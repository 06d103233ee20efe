import { describe, expect, it } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { checkImplementationList, type ImplementationListCheckOptions } from './implementationListCheck.ts';
import { ImplementationListRefused } from './implementationListRefused.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { StandardTerms } from './validateImplementationList.ts';

/** 失业保险金申领 as the standard promises it (7 natural days), and Anhui's line for it. */
const UNEMPLOYMENT: StandardTerms = {
  code: '050101001000',
  caseType: 'PROMISED',
  promisedTimeLimit: { amount: 7, unit: 'NATURAL_DAYS' },
  fee: { charged: false },
  visitsRequired: 0,
  crossRegion: false,
  materials: [],
  approvalRules: [],
};
const SOUND_LINE: LocalImplementation = {
  standardCode: '050101001000',
  localCode: 'AH-RSJ-0007',
  localName: '失业保险金申领',
  implementingBody: '合肥市社会保险基金管理中心',
  implementingBodyCode: '12340100485039420G',
  promisedTimeLimit: { amount: 5, unit: 'NATURAL_DAYS' },
  fee: { charged: false },
  places: [{ name: '合肥市瑶海区政务服务中心', address: '合肥市瑶海区长江东路1150号', divisionCode: '340102', phone: '0551-64496000' }],
  hours: '周一至周五 9:00-17:00',
  onlineUrl: 'https://www.ahzwfw.gov.cn/',
  visitsRequired: 0,
  crossRegion: false,
  tolerantAcceptance: false,
  commitmentSystem: false,
};
const LONGER_LINE: LocalImplementation = { ...SOUND_LINE, promisedTimeLimit: { amount: 30, unit: 'WORKING_DAYS' } };

interface Logged {
  readonly level: 'error' | 'warn' | 'info';
  readonly details: object;
  readonly message: string;
}

/** A check over a hub that fails `failures` times, then answers with the standard; what it logs and is asked. */
function checkAgainst(line: LocalImplementation, failures: number) {
  const logged: Logged[] = [];
  const asked: (readonly string[])[] = [];
  const log = (level: Logged['level']) => (details: object, message: string) => logged.push({ level, details, message });
  const options: ImplementationListCheckOptions = {
    region: requireRegion('ANHUI'),
    implementations: [line],
    readStandard: async (codes) => {
      asked.push(codes);
      if (asked.length <= failures) throw new Error('事项标准库（catalog）暂时无法访问：无法连接（ECONNREFUSED），请稍后重试');
      return [UNEMPLOYMENT];
    },
    logger: { error: log('error'), warn: log('warn'), info: log('info') },
    retry: { firstMs: 5, maxMs: 20 },
  };
  return { check: checkImplementationList(options), logged, asked };
}

describe('checking a province’s implementation list against the standard the hub serves', () => {
  it('a sound list: agreed at once, and said so', async () => {
    const { check, logged, asked } = checkAgainst(SOUND_LINE, 0);
    expect(await check.firstAttempt).toEqual({ sound: true });
    expect(await check.verdict).toEqual({ sound: true });
    expect(asked).toEqual([['050101001000']]);
    expect(logged).toEqual([{ level: 'info', details: expect.objectContaining({ region: 'ANHUI', lines: 1, attempts: 1 }), message: 'implementation list agrees with the item standard' }]);
  });

  it('a longer promise than the standard’s: refused, each problem logged at error level', async () => {
    const { check, logged } = checkAgainst(LONGER_LINE, 0);
    const verdict = await check.firstAttempt;
    expect(verdict?.sound).toBe(false);
    const refusal = verdict?.sound === false ? verdict.refusal : undefined;
    expect(refusal).toBeInstanceOf(ImplementationListRefused);
    expect(refusal?.problems).toEqual([expect.stringMatching(/^ANHUI AH-RSJ-0007 \(050101001000\) promisedTimeLimit: promises 30 working days, .*more than the standard's 7 natural days$/)]);
    expect(refusal?.message).toContain('in 1 place(s): ANHUI AH-RSJ-0007 (050101001000) promisedTimeLimit: promises 30 working days');
    expect(logged).toEqual([{ level: 'error', details: { region: 'ANHUI', problem: refusal?.problems[0] }, message: `implementation list disagrees with the item standard: ${refusal?.problems[0]}` }]);
  });

  it('a hub not answering yet: no verdict at first, asked again until it answers, the outage logged once', async () => {
    const { check, logged, asked } = checkAgainst(LONGER_LINE, 3);
    expect(await check.firstAttempt).toBeUndefined();
    const verdict = await check.verdict;
    expect(verdict.sound).toBe(false);
    expect(asked).toHaveLength(4);
    expect(logged.map((entry) => entry.level)).toEqual(['warn', 'error']);
    expect(logged[0]?.details).toMatchObject({ region: 'ANHUI', retryInMs: 5 });
  });

  it('asks the hub for the items passed on too, and refuses one it does not know, or one also implemented', async () => {
    const asked: (readonly string[])[] = [];
    const logged: string[] = [];
    const passedOn = [
      { itemCode: '200901001000', receiver: '合肥供水集团有限公司', afterApprovalOf: '050101001000', notice: '办结后推送至合肥供水集团有限公司，无需另行申请' },
      { itemCode: '050101001000', receiver: '合肥供水集团有限公司', afterApprovalOf: '050101001000', notice: '测试' },
    ];
    const check = checkImplementationList({
      region: requireRegion('ANHUI'),
      implementations: [SOUND_LINE],
      passedOn,
      readStandard: async (codes) => {
        asked.push(codes);
        return [UNEMPLOYMENT];
      },
      logger: { error: (_, message) => logged.push(message), warn: () => undefined, info: () => undefined },
    });
    const verdict = await check.verdict;
    expect(asked).toEqual([['050101001000', '200901001000']]);
    expect(verdict.sound === false ? verdict.refusal.problems : []).toEqual([
      'ANHUI passedOn (200901001000) itemCode: no such standard item',
      'ANHUI passedOn (050101001000) itemCode: is also on the implementation list: an item is either implemented here or passed on, not both',
      'ANHUI passedOn (050101001000) afterApprovalOf: follows itself',
    ]);
    expect(logged).toHaveLength(3);
  });

  it('a stopped check asks no more, and gives no verdict', async () => {
    const { check, asked } = checkAgainst(LONGER_LINE, Number.POSITIVE_INFINITY);
    expect(await check.firstAttempt).toBeUndefined();
    check.stop();
    const count = asked.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(asked).toHaveLength(count);
    expect(await Promise.race([check.verdict, new Promise((resolve) => setTimeout(resolve, 10, 'none'))])).toBe('none');
  });
});
