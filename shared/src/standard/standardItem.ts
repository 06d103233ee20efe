import type { ApprovalRule } from './approvalRule.ts';
import type {
  Audience,
  CaseType,
  Channel,
  ExerciseLevel,
  ItemStatus,
  ItemType,
  MaterialFormat,
  MaterialNecessity,
  MaterialType,
  PowerSource,
  TimeLimitUnit,
} from './codeTables.ts';
import type { EvidenceKind } from './evidenceKinds.ts';
import type { Fen } from './money.ts';
import type { LocalDate } from '../time/localDate.ts';
import type { ClaimPeriod } from '../decision/claimPeriod.ts';

/**
 * A standard item (标准事项) of the YRD catalog: the fields of the national catalog
 * (GB/T 39554.1/.2, GB/T 39046) that every province's implementation maps onto.
 */
export interface TimeLimit {
  readonly amount: number;
  readonly unit: TimeLimitUnit;
  readonly note?: string;
}

/**
 * An amount the basis sets for another circumstance than the ordinary one (居民身份证丢失补领或
 * 损坏换领每证40元; 非住宅类不动产登记每件550元; 每增加一本证书加收10元).
 */
export interface FeeVariant {
  /** The circumstance, as the basis words it: 丢失补领或损坏换领. */
  readonly circumstance: string;
  readonly amount: Fen;
}

export interface Fee {
  readonly charged: boolean;
  /** Standard amount, for the ordinary circumstance; provinces may set their own within the basis. */
  readonly amount?: Fen;
  readonly basis?: string;
  /**
   * Where the basis sets different amounts by circumstance, those other than the ordinary one
   * (`amount`). Every amount is stated in the basis.
   */
  readonly variants?: readonly FeeVariant[];
}

/** The electronic licence (电子证照) a case for the item ends with (GB/T 36904). */
export interface LicenceDefinition {
  /** Licence type code: the defining authority's unified social credit code + a 3-digit sequence. */
  readonly typeCode: string;
  readonly name: string;
  /** How long the licence is valid; none: until revoked. */
  readonly validityDays?: number;
}

/**
 * Where an item defines no licence of its own, its result is issued as the general
 * "government service result" licence (a fixture type defined for this project).
 */
export const GENERAL_RESULT_LICENCE_TYPE = '11100000MB0900G94F001';

export interface StandardMaterial {
  /** Code unique within the item, e.g. M01. */
  readonly code: string;
  readonly name: string;
  readonly necessity: MaterialNecessity;
  readonly type: MaterialType;
  readonly format: MaterialFormat;
  readonly copies: number;
  /** 无证明: the evidence kind a holding province releases instead of the paper. */
  readonly replacedBy?: EvidenceKind;
  /**
   * Which electronic licence stands for the paper, where `replacedBy` is E_LICENCE (and only
   * then): the basic code of the standard item whose approval issues it (the licence's
   * `itemCode`), e.g. '200047001000' for the 异地贷款职工住房公积金缴存使用证明. A holding
   * province releases only those licences for the item, and only a valid one of them covers
   * the material — any other licence the applicant holds is not this paper.
   */
  readonly licenceOf?: string;
  /** 告知承诺: a written commitment may replace the proof. */
  readonly commitmentAllowed: boolean;
  /**
   * 容缺: how long after acceptance a SUPPLY_LATER material may come in, where the standard
   * states it (可于受理后5个工作日内补交); otherwise the implementing province's promised time limit.
   */
  readonly supplyWithin?: TimeLimit;
  /**
   * The kind of document, where the same document serves several items (an identity card, a
   * property certificate): a one-thing bundle asks for it once.
   */
  readonly documentType?: string;
  readonly note?: string;
}

export interface StandardItem {
  /** Basic code, 12 digits: item type (2) + main item (4) + sub-item (3) + situation (3). */
  readonly code: string;
  readonly name: string;
  /** Colloquial names people search with (开公司, 公积金贷款证明). */
  readonly keywords: readonly string[];
  readonly type: ItemType;
  readonly status: ItemStatus;
  readonly version: string;
  readonly department: string;
  readonly legalBasis: string;
  readonly powerSource: PowerSource;
  readonly exerciseLevels: readonly ExerciseLevel[];
  readonly audiences: readonly Audience[];
  readonly caseType: CaseType;
  readonly statutoryTimeLimit: TimeLimit;
  readonly promisedTimeLimit: TimeLimit;
  readonly acceptanceConditions: string;
  readonly process: readonly string[];
  readonly fee: Fee;
  readonly visitsRequired: number;
  readonly channels: readonly Channel[];
  readonly materials: readonly StandardMaterial[];
  /** 秒批: decided automatically by `approvalRules` when every rule passes. */
  readonly instantApproval: boolean;
  readonly approvalRules: readonly ApprovalRule[];
  /** Part of the YRD cross-region (一网通办) list. */
  readonly crossRegion: boolean;
  /**
   * 属地管辖: the item is about a place (a property, the utilities connected to it) and is handled
   * where the place is, whoever applies — an applicant from another province included, whether or
   * not the province handles the item cross-region. Absent: not territorial.
   */
  readonly territorial?: boolean;
  readonly effectiveFrom: LocalDate;
  readonly cancelOn?: LocalDate;
  readonly licence?: LicenceDefinition;
  readonly policy?: PolicyDefinition;
}

/**
 * 政策兑现: a subsidy, award or tax relief a province or city publishes, applied for as a case;
 * its eligibility is the item's approval rules over the enterprise's normalised records.
 */
export interface PolicyDefinition {
  /** The region whose government (or city) publishes it. */
  readonly publisherRegion: string;
  readonly publisher: string;
  /** The most it pays (fen); absent for reliefs without a fixed amount. */
  readonly maxAmount?: Fen;
  readonly summary: string;
  /** Last day to apply. */
  readonly applyBy?: LocalDate;
  /**
   * How often an enterprise may claim it, as its text limits it (每家每年: once a calendar year;
   * 一次性奖励: once). Enforced by the policy's NOT_CLAIMED_IN_PERIOD rule over its own licences.
   */
  readonly claimPeriod?: ClaimPeriod;
}

/** 一件事一次办: items applied for together, with one application. */
export interface ItemBundle {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly itemCodes: readonly string[];
}

export function licenceOf(item: StandardItem): LicenceDefinition {
  return item.licence ?? { typeCode: GENERAL_RESULT_LICENCE_TYPE, name: `${item.name}办理结果` };
}

/** 容缺受理: some material may be supplied after acceptance. */
export function allowsTolerantAcceptance(item: { readonly materials: readonly Pick<StandardMaterial, 'necessity'>[] }): boolean {
  return item.materials.some((material) => material.necessity === 'SUPPLY_LATER');
}

/** 告知承诺: some proof may be replaced by the applicant's written commitment. */
export function allowsCommitment(item: { readonly materials: readonly Pick<StandardMaterial, 'commitmentAllowed'>[] }): boolean {
  return item.materials.some((material) => material.commitmentAllowed);
}

/**
 * The evidence kinds a case for this item needs: those that replace its materials, and — when
 * the item allows 容缺 or 告知承诺 — the credit records that decide whether the applicant may
 * use them. (Approval rules may only read kinds a material names; `validateStandardItem` checks it.)
 */
export function evidenceKindsNeeded(item: StandardItem): EvidenceKind[] {
  const kinds = new Set<EvidenceKind>();
  for (const material of item.materials) if (material.replacedBy) kinds.add(material.replacedBy);
  if (allowsTolerantAcceptance(item) || allowsCommitment(item)) kinds.add('CREDIT_RECORD');
  return [...kinds];
}

/**
 * The items whose electronic licences a case for this item needs (the `licenceOf` of its
 * materials replaced by E_LICENCE): a holding province releases no other licence for it.
 */
export function evidenceLicencesNeeded(item: StandardItem): string[] {
  const items = new Set<string>();
  for (const material of item.materials) if (material.replacedBy === 'E_LICENCE' && material.licenceOf) items.add(material.licenceOf);
  return [...items];
}
