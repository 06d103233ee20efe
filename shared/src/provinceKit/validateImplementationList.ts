import { validateUnifiedSocialCreditCode } from '../identifiers/index.ts';
import { lookupDivision } from '../identifiers/divisionCodes.ts';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import { allowsCommitment, allowsTolerantAcceptance, type StandardItem, type StandardMaterial } from '../standard/standardItem.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { PassedOnItem } from './passedOn.ts';
import { excessOver } from '../decision/timeLimitComparison.ts';
import { supplyLaterRoom } from '../decision/supplyLaterRoom.ts';
import { feeDepartures, feeProblems } from '../standard/feeProblems.ts';
import { failureWording } from '../standard/ruleDescriptionWording.ts';

/**
 * What the check reads of a standard item: the terms an implementation must keep. The catalog's
 * StandardItem has them all; a province reads just these from the hub (standardForValidation.ts),
 * so a term the check comes to read must be read there too (the compiler says so).
 */
export interface StandardTerms extends Pick<StandardItem, 'code' | 'caseType' | 'promisedTimeLimit' | 'fee' | 'visitsRequired' | 'crossRegion' | 'approvalRules'> {
  readonly materials: readonly Pick<StandardMaterial, 'code' | 'name' | 'necessity' | 'commitmentAllowed' | 'supplyWithin'>[];
}

/**
 * Checks a province's implementation list against the item standard: every line maps to a
 * standard item, promises no more than the standard (whatever day a case is accepted on, where
 * one counts working days and the other natural days), offers 容缺 / 告知承诺 only where the
 * standard allows them, tightens rules only by their codes, and names real places of the
 * province. The items it passes on to an enterprise (联动过户, passedOn.ts) must be standard items
 * it does not also implement, each passed on once, to a named receiver with a notice, after an
 * item it does implement. Returns every problem found (empty when the list is sound).
 */
export function validateImplementationList(
  region: RegionDefinition,
  implementations: readonly LocalImplementation[],
  items: readonly StandardTerms[],
  passedOn: readonly PassedOnItem[] = [],
): string[] {
  const problems: string[] = [];
  const itemsByCode = new Map(items.map((item) => [item.code, item]));
  const seenStandard = new Set<string>();
  const seenLocal = new Set<string>();

  for (const local of implementations) {
    const at = (field: string, message: string) => problems.push(`${region.code} ${local.localCode} (${local.standardCode}) ${field}: ${message}`);
    const item = itemsByCode.get(local.standardCode);
    if (!item) {
      at('standardCode', 'no such standard item');
      continue;
    }
    if (seenStandard.has(local.standardCode)) at('standardCode', 'implemented twice');
    seenStandard.add(local.standardCode);
    if (seenLocal.has(local.localCode)) at('localCode', 'used twice');
    seenLocal.add(local.localCode);
    if (!local.localName.trim()) at('localName', 'is empty');

    const body = validateUnifiedSocialCreditCode(local.implementingBodyCode);
    if (!body.ok) at('implementingBodyCode', body.problem.message);
    else if (body.value.provincePrefix !== region.divisionPrefix) at('implementingBodyCode', `is not registered in ${region.name}`);

    const promised = local.promisedTimeLimit;
    if (!Number.isInteger(promised.amount) || promised.amount < 0) {
      at('promisedTimeLimit', 'must be a whole number of days, 0 or more');
    } else if (Number.isInteger(item.promisedTimeLimit.amount) && item.promisedTimeLimit.amount >= 0) {
      // Across units too: 3 working days before a long holiday outlast the standard's 7 natural days.
      const excess = excessOver(promised, item.promisedTimeLimit, "the standard's");
      if (excess) at('promisedTimeLimit', `promises ${excess}`);
    }
    if (item.caseType === 'SAME_DAY' && local.promisedTimeLimit.amount !== 0) at('promisedTimeLimit', 'a same-day item promises 0 days');
    if (local.fee.charged !== item.fee.charged) at('fee', `charged=${local.fee.charged} but the standard says ${item.fee.charged}`);
    for (const problem of [...feeProblems(local.fee), ...feeDepartures(local.fee, item.fee)]) at('fee', problem);
    if (local.visitsRequired > item.visitsRequired) at('visitsRequired', `asks more visits than the standard's ${item.visitsRequired}`);
    if (local.crossRegion && !item.crossRegion) at('crossRegion', 'the standard item is not on the cross-region list');
    if (local.tolerantAcceptance && !allowsTolerantAcceptance(item)) at('tolerantAcceptance', 'the standard allows no 容缺 for this item');
    if (local.tolerantAcceptance && Number.isInteger(promised.amount) && promised.amount >= 0) {
      // 容缺 here: each material it defers must be due within this province's promised time limit.
      for (const material of item.materials.filter((candidate) => candidate.necessity === 'SUPPLY_LATER')) {
        const room = supplyLaterRoom(material.supplyWithin, promised, "this province's promised");
        if (room) at('tolerantAcceptance', `${material.code} ${material.name}: ${room}`);
      }
    }
    if (local.commitmentSystem && !allowsCommitment(item)) at('commitmentSystem', 'the standard allows no 告知承诺 for this item');
    if (local.places.length === 0) at('places', 'names no place');
    for (const place of local.places) {
      const division = lookupDivision(place.divisionCode);
      if (!division) at('places', `${place.name}: unknown division ${place.divisionCode}`);
      else if (division.provincePrefix !== region.divisionPrefix) at('places', `${place.name}: ${place.divisionCode} is not in ${region.name}`);
    }
    for (const rule of local.tightenedRules ?? []) {
      const base = item.approvalRules.find((r) => r.code === rule.code);
      const wording = failureWording(rule.description);
      if (wording) at('tightenedRules', `${rule.code}: ${wording}`);
      if (!base) at('tightenedRules', `${rule.code} is not a rule of the standard item`);
      else if (base.evidenceKind !== rule.evidenceKind || base.quantifier !== rule.quantifier) {
        at('tightenedRules', `${rule.code} must keep the standard rule's evidence kind and quantifier`);
      } else if (rule.conditions.length < base.conditions.length) {
        at('tightenedRules', `${rule.code} drops conditions of the standard rule`);
      }
    }
  }

  const implemented = new Set(implementations.map((local) => local.standardCode));
  const seenPassedOn = new Set<string>();
  for (const passOn of passedOn) {
    const at = (field: string, message: string) => problems.push(`${region.code} passedOn (${passOn.itemCode}) ${field}: ${message}`);
    if (!itemsByCode.has(passOn.itemCode)) at('itemCode', 'no such standard item');
    if (implemented.has(passOn.itemCode)) at('itemCode', 'is also on the implementation list: an item is either implemented here or passed on, not both');
    if (seenPassedOn.has(passOn.itemCode)) at('itemCode', 'passed on twice');
    seenPassedOn.add(passOn.itemCode);
    if (!passOn.receiver.trim()) at('receiver', 'names no enterprise');
    if (!passOn.notice.trim()) at('notice', 'is empty');
    if (passOn.afterApprovalOf === passOn.itemCode) at('afterApprovalOf', 'follows itself');
    else if (!implemented.has(passOn.afterApprovalOf)) at('afterApprovalOf', `follows ${passOn.afterApprovalOf}, which this province does not implement: nothing here would ever pass it on`);
  }
  return problems;
}
