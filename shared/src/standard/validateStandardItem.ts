import { isRelativeDate, isYearStart, isYearsFromDecisionDay, type ApprovalRule, type ConditionValue } from './approvalRule.ts';
import { ITEM_TYPES } from './codeTables.ts';
import { fieldTypeOf, type FieldType } from './recordFields.ts';
import type { StandardItem } from './standardItem.ts';
import { isItemCode } from './itemCode.ts';
import { feeProblems } from './feeProblems.ts';
import { failureWording } from './ruleDescriptionWording.ts';
import { isLocalDate } from '../time/localDate.ts';
import { excessOver } from '../decision/timeLimitComparison.ts';
import { supplyLaterRoom } from '../decision/supplyLaterRoom.ts';
import { validateUnifiedSocialCreditCode } from '../identifiers/index.ts';
import { POLICY_PROFILE_KINDS } from '../publicServices/enterpriseProfile.ts';

/**
 * Checks a standard item for the mistakes a catalog editor can make. Returns every problem
 * found (empty when the item is sound), each naming the item and the field.
 */
export function validateStandardItem(item: StandardItem): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`item ${item.code} (${item.name}) ${field}: ${message}`);

  if (!/^\d{12}$/.test(item.code)) at('code', 'the basic code must be 12 digits');
  const typeCode = ITEM_TYPES.find((entry) => entry.value === item.type)?.code;
  if (typeCode && !item.code.startsWith(typeCode)) at('code', `must start with the item type code ${typeCode}`);
  if (!item.name.trim()) at('name', 'is empty');
  if (item.audiences.length === 0) at('audiences', 'names no audience');
  if (item.channels.length === 0) at('channels', 'names no channel');
  if (item.materials.length === 0) at('materials', 'lists no material');
  if (!isLocalDate(item.effectiveFrom)) at('effectiveFrom', `"${item.effectiveFrom}" is not a date`);
  if (item.cancelOn !== undefined && !isLocalDate(item.cancelOn)) at('cancelOn', `"${item.cancelOn}" is not a date`);

  let wholeDays = true;
  for (const [field, limit] of [
    ['statutoryTimeLimit', item.statutoryTimeLimit],
    ['promisedTimeLimit', item.promisedTimeLimit],
  ] as const) {
    if (!Number.isInteger(limit.amount) || limit.amount < 0) {
      at(field, 'must be a whole number of days, 0 or more');
      wholeDays = false;
    }
  }
  // Across units too: 5 working days before a long holiday outlast a statutory 10 natural days.
  const excess = wholeDays ? excessOver(item.promisedTimeLimit, item.statutoryTimeLimit, 'the statutory') : undefined;
  if (excess) at('promisedTimeLimit', `promises ${excess}`);
  if (item.caseType === 'SAME_DAY' && item.promisedTimeLimit.amount !== 0) {
    at('promisedTimeLimit', 'a same-day item (即办件) promises 0 days');
  }
  for (const problem of feeProblems(item.fee)) at('fee', problem);

  const materialCodes = new Set<string>();
  for (const material of item.materials) {
    if (materialCodes.has(material.code)) at(`materials.${material.code}`, 'duplicate material code');
    materialCodes.add(material.code);
    if (material.copies < 0 || !Number.isInteger(material.copies)) at(`materials.${material.code}`, 'copies must be a whole number');
    if (material.supplyWithin && material.necessity !== 'SUPPLY_LATER') at(`materials.${material.code}`, 'only a SUPPLY_LATER material has a period to supply it in');
    if (material.supplyWithin && (!Number.isInteger(material.supplyWithin.amount) || material.supplyWithin.amount < 1)) {
      at(`materials.${material.code}`, 'the period to supply it in is at least one day');
    }
    // 容缺: the rest may not be due later than the item's promised time limit, so a promise of 0 days leaves no room.
    if (material.necessity === 'SUPPLY_LATER' && wholeDays) {
      const room = supplyLaterRoom(material.supplyWithin, item.promisedTimeLimit, 'the promised');
      if (room) at(`materials.${material.code}`, room);
    }
    if (material.commitmentAllowed && material.type === 'FORM') {
      at(`materials.${material.code}`, 'a commitment replaces a proof, not an application form');
    }
    // An electronic licence replaces a paper only if it is that paper: the material says whose licence.
    if (material.replacedBy === 'E_LICENCE' && material.licenceOf === undefined) {
      at(
        `materials.${material.code}`,
        'replaced by an electronic licence (E_LICENCE), it must name the item whose licence it is (licenceOf, e.g. \'200047001000\'): any other licence the applicant holds is not this paper',
      );
    }
    if (material.licenceOf !== undefined && material.replacedBy !== 'E_LICENCE') {
      at(`materials.${material.code}`, `licenceOf names a licence, but the material is replaced by ${material.replacedBy ?? 'no evidence'}, not an electronic licence (E_LICENCE)`);
    }
    if (material.licenceOf !== undefined && !isItemCode(material.licenceOf)) {
      at(`materials.${material.code}`, `licenceOf "${material.licenceOf}" is not an item's 12-digit basic code`);
    }
  }

  if (item.policy) {
    const profile = new Set<string>(POLICY_PROFILE_KINDS);
    for (const rule of item.approvalRules) {
      if (!profile.has(rule.evidenceKind)) {
        at(`approvalRules.${rule.code}`, `a policy's eligibility reads the enterprise profile (${POLICY_PROFILE_KINDS.join(', ')}), not ${rule.evidenceKind}`);
      }
    }
    if (item.policy.applyBy !== undefined && !isLocalDate(item.policy.applyBy)) at('policy.applyBy', `"${item.policy.applyBy}" is not a date`);
    if (item.policy.maxAmount !== undefined && (!Number.isSafeInteger(item.policy.maxAmount) || item.policy.maxAmount <= 0)) {
      at('policy.maxAmount', 'must be a positive amount in fen');
    }
  }

  if (item.licence) {
    const typeCode = item.licence.typeCode;
    if (!/^[0-9A-HJ-NPQRTUWXY]{18}\d{3}$/.test(typeCode) || !validateUnifiedSocialCreditCode(typeCode.slice(0, 18)).ok) {
      at('licence.typeCode', 'must be the defining authority\'s unified social credit code followed by 3 digits');
    }
    if (!item.licence.name.trim()) at('licence.name', 'is empty');
    if (item.licence.validityDays !== undefined && (!Number.isInteger(item.licence.validityDays) || item.licence.validityDays <= 0)) {
      at('licence.validityDays', 'must be a whole number of days > 0');
    }
  }

  const kindsFromMaterials = new Set(item.materials.flatMap((material) => (material.replacedBy ? [material.replacedBy] : [])));
  const licencesFromMaterials = new Set(item.materials.flatMap((material) => (material.replacedBy === 'E_LICENCE' && material.licenceOf ? [material.licenceOf] : [])));
  if (item.instantApproval && item.approvalRules.length === 0) at('approvalRules', 'an instant-approval item needs rules');
  const ruleCodes = new Set<string>();
  for (const rule of item.approvalRules) {
    if (ruleCodes.has(rule.code)) at(`approvalRules.${rule.code}`, 'duplicate rule code');
    ruleCodes.add(rule.code);
    if (!kindsFromMaterials.has(rule.evidenceKind)) {
      at(`approvalRules.${rule.code}`, `reads ${rule.evidenceKind}, which no material of the item is replaced by`);
    }
    if (rule.evidenceKind === 'E_LICENCE') {
      for (const itemCode of licenceItemsNamed(rule)) {
        if (!licencesFromMaterials.has(itemCode)) {
          at(`approvalRules.${rule.code}`, `reads the licence of item ${itemCode}, which no material names (licenceOf): a holding province releases only the licences the materials name`);
        }
      }
    }
    for (const problem of ruleProblems(rule)) at(`approvalRules.${rule.code}`, problem);
  }
  return problems;
}

/** The items an E_LICENCE rule's conditions name by the licence's `itemCode` (EQ or IN). */
function licenceItemsNamed(rule: ApprovalRule): string[] {
  return rule.conditions.flatMap((condition) => {
    if (condition.field !== 'itemCode') return [];
    if (condition.operator === 'EQ' && typeof condition.value === 'string') return [condition.value];
    if (condition.operator === 'IN' && Array.isArray(condition.value)) return condition.value.filter((value): value is string => typeof value === 'string');
    return [];
  });
}

function ruleProblems(rule: ApprovalRule): string[] {
  const problems: string[] = [];
  if (!rule.description.trim()) problems.push('has no description');
  const wording = failureWording(rule.description);
  if (wording) problems.push(wording);
  if (rule.conditions.length === 0 && rule.quantifier === 'ALL') problems.push('ALL without conditions says nothing');
  for (const condition of rule.conditions) {
    const type = fieldTypeOf(rule.evidenceKind, condition.field);
    if (!type) {
      problems.push(`${rule.evidenceKind} has no field "${condition.field}"`);
      continue;
    }
    if (!valueFits(type, condition.operator, condition.value)) {
      problems.push(`${condition.operator} ${JSON.stringify(condition.value)} does not fit ${condition.field} (${type})`);
    }
  }
  return problems;
}

function valueFits(type: FieldType, operator: string, value: ConditionValue): boolean {
  // A date counted from the decision day compares with a date field, by order or equality.
  if (isRelativeDate(value)) return type === 'date' && ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE'].includes(operator) && Number.isInteger(value.daysFromDecisionDay);
  // So does the first day of a year counted from the decision day's.
  if (isYearStart(value)) return type === 'date' && ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE'].includes(operator) && Number.isInteger(value.firstDayOfDecisionYear);
  if (isYearsFromDecisionDay(value)) return type === 'date' && ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE'].includes(operator) && Number.isInteger(value.yearsFromDecisionDay);
  if (type === 'string[]') return operator === 'CONTAINS' && typeof value === 'string';
  if (operator === 'CONTAINS') return false;
  if (operator === 'STARTS_WITH') return (type === 'string' || type === 'date') && typeof value === 'string';
  if (value === null) return operator === 'EQ' || operator === 'NE';
  const scalarFits = (v: string | number | boolean) => {
    switch (type) {
      case 'number':
      case 'fen':
        return typeof v === 'number';
      case 'boolean':
        return typeof v === 'boolean';
      default:
        return typeof v === 'string';
    }
  };
  if (operator === 'IN') return Array.isArray(value) && value.every(scalarFits);
  if (Array.isArray(value)) return false;
  if (type === 'boolean' && operator !== 'EQ' && operator !== 'NE') return false;
  return scalarFits(value as string | number | boolean);
}
