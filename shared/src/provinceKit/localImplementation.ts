import type { ApprovalRule } from '../standard/approvalRule.ts';
import type { Fee, TimeLimit } from '../standard/standardItem.ts';

/**
 * One line of a province's implementation list (实施清单): the province's own code and name for
 * a standard item, and how it handles it locally.
 */
export interface ServicePlace {
  readonly name: string;
  readonly address: string;
  readonly divisionCode: string;
  readonly phone: string;
}

export interface LocalImplementation {
  /** The standard item this implements (12-digit basic code). */
  readonly standardCode: string;
  /** The province's own item code and name. */
  readonly localCode: string;
  readonly localName: string;
  /** 实施主体 and its unified social credit code. */
  readonly implementingBody: string;
  readonly implementingBodyCode: string;
  readonly promisedTimeLimit: TimeLimit;
  readonly fee: Fee;
  readonly places: readonly ServicePlace[];
  readonly hours: string;
  readonly onlineUrl: string;
  readonly visitsRequired: number;
  /** Handled cross-region (长三角通办): applications for this item are accepted from and for the other provinces. */
  readonly crossRegion: boolean;
  /** 容缺受理 offered here (only where the standard allows it). */
  readonly tolerantAcceptance: boolean;
  /** 告知承诺 offered here (only where the standard allows it). */
  readonly commitmentSystem: boolean;
  /** Rules this province tightens: same code as the standard rule, stricter conditions. */
  readonly tightenedRules?: readonly ApprovalRule[];
}

/**
 * 实施编码: implementing body's credit code (18) + basic code (12) + situation (3),
 * as the national implementation list composes it (33 of the allowed 36 characters).
 */
export function implementationCode(implementation: LocalImplementation): string {
  return `${implementation.implementingBodyCode}${implementation.standardCode}000`;
}
