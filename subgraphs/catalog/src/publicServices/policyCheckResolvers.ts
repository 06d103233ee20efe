import { failedRuleReason, type RuleResult } from '@yrd/shared/decision/ruleEvaluation';
import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import { forbidden } from '@yrd/shared/identity/authErrors';
import { holderKind, isHolder, ownIdentifier, type Caller } from '@yrd/shared/identity/caller';
import { profileRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import type { StandardItem } from '@yrd/shared/standard/standardItem';
import { identifySubject } from '@yrd/shared/subjects/identifySubject';
import { todayInChina } from '@yrd/shared/time/localDate';
import type { CatalogContext } from '../catalogResolvers.ts';
import type { CatalogStore } from '../catalogStore.ts';
import { MAX_MISSED_RULES, matchPolicies, type PolicyMatch } from '../policies/policyMatching.ts';
import type { RuleReading } from '../policies/undecidedRules.ts';
import { federatedRecords } from './federatedRecords.ts';

type PolicyCheckRepresentation = { readonly subjectId: string } & Readonly<Record<string, unknown>>;

/** Every open policy the subject qualifies for, waits on a silent province for, or misses by up to MAX_MISSED_RULES; read once per check. */
const matchesOfCheck = new WeakMap<PolicyCheckRepresentation, PolicyMatch[]>();

/** The kind the checked subject signed in as; anyone else's number must say it alone. */
const kindSignedIn = (caller: Caller, subjectId: string): SubjectKind | undefined => (isHolder(caller, subjectId) ? holderKind(caller) : undefined);

function matchesFor(store: CatalogStore, check: PolicyCheckRepresentation, caller: Caller): PolicyMatch[] {
  let matches = matchesOfCheck.get(check);
  if (!matches) {
    const subject = identifySubject(check.subjectId, 'subjectId', kindSignedIn(caller, check.subjectId));
    matches = matchPolicies(store.policyItems(), federatedRecords(check, profileRecordsField), subject, todayInChina(), MAX_MISSED_RULES);
    matchesOfCheck.set(check, matches);
  }
  return matches;
}

const matchView = (match: PolicyMatch) => ({
  item: match.item,
  standing: match.standing,
  rules: match.rules,
  missedRules: match.missed,
  undecidedRules: match.undecided,
});

/**
 * 政策兑现: the signed-in enterprise's records come from every province (each checks that the
 * caller is the enterprise itself); the hub reads every open policy's eligibility rules over them,
 * leaving undecided what a province that did not answer could still change.
 */
export function policyCheckResolvers(store: CatalogStore) {
  return {
    Query: {
      policyMatch: (_: unknown, __: unknown, context: CatalogContext) => {
        const own = ownIdentifier(context.caller);
        if (!own) throw forbidden('SIGN_IN_REQUIRED', '政策匹配需以企业（或个人）身份登录，只匹配登录主体本身');
        return { subjectId: own };
      },
    },
    PolicyCheck: {
      __resolveReference: (reference: PolicyCheckRepresentation) => reference,
      eligible: (check: PolicyCheckRepresentation, _: unknown, context: CatalogContext) =>
        matchesFor(store, check, context.caller)
          .filter((match) => match.standing === 'ELIGIBLE')
          .map(matchView),
      unconfirmed: (check: PolicyCheckRepresentation, _: unknown, context: CatalogContext) =>
        matchesFor(store, check, context.caller)
          .filter((match) => match.standing === 'UNCONFIRMED')
          .map(matchView),
      nearMisses: (check: PolicyCheckRepresentation, args: { maxMissedRules?: number | null }, context: CatalogContext) => {
        const maxMissed = args.maxMissedRules ?? 1;
        if (!Number.isInteger(maxMissed) || maxMissed < 1 || maxMissed > MAX_MISSED_RULES) {
          throw badUserInput('maxMissedRules', `差几项条件应在 1 到 ${MAX_MISSED_RULES} 之间，收到 ${maxMissed}`, { reason: 'OUT_OF_RANGE' });
        }
        return matchesFor(store, check, context.caller)
          .filter((match) => match.standing === 'NEAR_MISS' && match.missed.length <= maxMissed)
          .map(matchView);
      },
      unavailableRegions: (check: PolicyCheckRepresentation) => federatedRecords(check, profileRecordsField).unavailableRegions,
      complete: (check: PolicyCheckRepresentation) => federatedRecords(check, profileRecordsField).unavailableRegions.length === 0,
    },
    RuleOutcome: {
      // A rule's description says what the enterprise lacks (企业存在尚未履行完毕的行政处罚). For a
      // rule a silent province could still decide that is no fact about a clean enterprise: it
      // is worded as what could not be checked, as a case decision words an unverified rule.
      description: (result: RuleResult | RuleReading) =>
        'undecided' in result && result.undecided ? failedRuleReason({ ...result, unverified: true }) : result.description,
      detail: (result: RuleResult) => result.detail,
    },
    StandardItem: {
      policy: (item: StandardItem) => (item.policy ? { applyBy: null, maxAmount: null, ...item.policy } : null),
    },
  };
}
