import type { ApprovalRule, ConditionOperator, ConditionValue } from '../standard/approvalRule.ts';
import type { CaseType, MaterialNecessity, TimeLimitUnit } from '../standard/codeTables.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import { yuanToFen } from '../standard/money.ts';
import type { Fee, TimeLimit } from '../standard/standardItem.ts';
import type { HubClient } from './hubClient.ts';
import type { StandardTerms } from './validateImplementationList.ts';

/**
 * The item standard as a province checks its implementation list against it: the terms
 * validateImplementationList reads (StandardTerms) of the items the province implements or passes
 * on (联动过户), read from the hub — the standard's authority (provinces do not carry the
 * catalog) — through the hub's `items`, 100 a page: the whole standard (58 items) is one call.
 */
const STANDARD_TERMS = `code caseType visitsRequired crossRegion
        promisedTimeLimit { amount unit }
        fee { charged amount basis variants { circumstance amount } }
        materials { code name necessity commitmentAllowed supplyWithin { amount unit } }
        approvalRules { code description evidenceKind quantifier conditions { field operator value orNull } }`;

/** An item's terms as the hub's schema writes them: money in Yuan strings, condition values JSON-encoded, absent fields null. */
interface HubTerms {
  readonly code: string;
  readonly caseType: CaseType;
  readonly visitsRequired: number;
  readonly crossRegion: boolean;
  readonly promisedTimeLimit: { readonly amount: number; readonly unit: TimeLimitUnit };
  readonly fee: {
    readonly charged: boolean;
    readonly amount: string | null;
    readonly basis: string | null;
    readonly variants: readonly { readonly circumstance: string; readonly amount: string }[];
  };
  readonly materials: readonly {
    readonly code: string;
    readonly name: string;
    readonly necessity: MaterialNecessity;
    readonly commitmentAllowed: boolean;
    readonly supplyWithin: { readonly amount: number; readonly unit: TimeLimitUnit } | null;
  }[];
  readonly approvalRules: readonly {
    readonly code: string;
    readonly description: string;
    readonly evidenceKind: EvidenceKind;
    readonly quantifier: ApprovalRule['quantifier'];
    readonly conditions: readonly { readonly field: string; readonly operator: ConditionOperator; readonly value: string; readonly orNull: boolean }[];
  }[];
}


/**
 * The terms of the standard items `codes` names that the hub knows (an item it does not know is
 * left out: the check reports the line as implementing no standard item). Throws when the hub
 * cannot be read (HubClient's error) or pages on without end.
 */
export async function readStandardForValidation(hub: Pick<HubClient, 'allItems'>, codes: readonly string[]): Promise<StandardTerms[]> {
  const wanted = new Set(codes);
  const items = await hub.allItems<HubTerms>('StandardForValidation', STANDARD_TERMS);
  return items.filter((item) => wanted.has(item.code)).map(standardTermsOf);
}

/** One item's terms in the standard's own shape: fen for yuan, decoded condition values, absent for null. */
function standardTermsOf(node: HubTerms): StandardTerms {
  return {
    code: node.code,
    caseType: node.caseType,
    visitsRequired: node.visitsRequired,
    crossRegion: node.crossRegion,
    promisedTimeLimit: timeLimitOf(node.promisedTimeLimit),
    fee: feeOf(node.fee),
    materials: node.materials.map(({ supplyWithin, ...material }) => ({ ...material, ...(supplyWithin ? { supplyWithin: timeLimitOf(supplyWithin) } : {}) })),
    approvalRules: node.approvalRules.map((rule) => ({
      ...rule,
      conditions: rule.conditions.map(({ orNull, value, ...condition }) => ({ ...condition, value: JSON.parse(value) as ConditionValue, ...(orNull ? { orNull: true } : {}) })),
    })),
  };
}

function timeLimitOf(limit: { readonly amount: number; readonly unit: TimeLimitUnit }): TimeLimit {
  return { amount: limit.amount, unit: limit.unit };
}

/** The hub writes every fee's variants (none: empty) and null for an absent amount or basis; the standard omits them. */
function feeOf(fee: HubTerms['fee']): Fee {
  return {
    charged: fee.charged,
    ...(fee.amount !== null ? { amount: yuanToFen(fee.amount) } : {}),
    ...(fee.basis !== null ? { basis: fee.basis } : {}),
    ...(fee.variants.length > 0 ? { variants: fee.variants.map((variant) => ({ circumstance: variant.circumstance, amount: yuanToFen(variant.amount) })) } : {}),
  };
}
