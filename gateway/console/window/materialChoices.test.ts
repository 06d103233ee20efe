import { describe, expect, it } from 'vitest';
import { evidenceStanding } from './materialChoices.ts';

const piece = (kind: string, status: string) => ({ kind, status });

describe('可由数据替代: where the evidence that could stand for a material is', () => {
  it('已取得 when usable evidence of the kind is in the case', () => {
    expect(evidenceStanding([piece('MARRIAGE', 'ACCEPTED')], 'MARRIAGE', true)).toBe('（已取得）');
  });

  it('arrived and waiting for the applicant’s preview: 待申请人确认 (as the evidence board says), not 未取得', () => {
    expect(evidenceStanding([piece('MARRIAGE', 'PENDING_PREVIEW')], 'MARRIAGE', false)).toBe('（待申请人确认）');
    // One refused, another of the kind still waiting for her: it waits.
    expect(evidenceStanding([piece('MARRIAGE', 'REJECTED'), piece('MARRIAGE', 'PENDING_PREVIEW')], 'MARRIAGE', false)).toBe('（待申请人确认）');
  });

  it('申请人拒绝使用 when she refused every record of the kind', () => {
    expect(evidenceStanding([piece('MARRIAGE', 'REJECTED'), piece('MARRIAGE', 'REJECTED')], 'MARRIAGE', false)).toBe('（申请人拒绝使用）');
  });

  it('says an accepted record that cannot stand for the material (expired, another licence) cannot, rather than 未取得', () => {
    expect(evidenceStanding([piece('E_LICENCE', 'ACCEPTED')], 'E_LICENCE', false)).toBe('（已取得的记录不能代替此材料：已过期，或不是此材料要的证照）');
    expect(evidenceStanding([piece('E_LICENCE', 'ACCEPTED')], 'E_LICENCE', true)).toBe('（已取得）');
  });

  it('未取得 when nothing of the kind came (another kind waiting does not count)', () => {
    expect(evidenceStanding([], 'MARRIAGE', false)).toBe('（未取得）');
    expect(evidenceStanding([piece('HOUSEHOLD_REGISTRATION', 'PENDING_PREVIEW')], 'MARRIAGE', false)).toBe('（未取得）');
  });
});
