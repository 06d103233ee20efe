import { badUserInput } from '../graphql/errorCodes.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import { leniencyOnlyKinds, type LeniencySource } from '../standard/leniencyKinds.ts';
import type { CaseEvidence } from './caseModel.ts';
import { enumLabel } from './enumLabels.ts';

/** What a case gathers evidence for: its item, or its one-thing bundle (every kind any of its items needs). */
export interface EvidencePurpose {
  readonly name: string;
  /** Every kind it may gather: what its decision reads, and what is read only for 容缺/告知承诺. */
  readonly evidenceKinds: readonly EvidenceKind[];
  /**
   * The kinds gathered only to decide whether 容缺 or 告知承诺 may be used (leniencyKinds.ts):
   * asked for when named, never by default. Absent: worked out from the item's materials and
   * rules where the purpose is an item standard (none otherwise).
   */
  readonly leniencyOnlyKinds?: readonly EvidenceKind[];
  readonly materials?: LeniencySource['materials'];
  readonly approvalRules?: LeniencySource['approvalRules'];
}

/** The purpose's kinds read only for 容缺/告知承诺: as given, or from its materials and rules. */
function leniencyOnlyOf(purpose: EvidencePurpose): ReadonlySet<EvidenceKind> {
  if (purpose.leniencyOnlyKinds) return new Set(purpose.leniencyOnlyKinds);
  const { materials, approvalRules } = purpose;
  return new Set(materials && approvalRules ? leniencyOnlyKinds({ materials, approvalRules }) : []);
}

/** Kinds as a clerk reads them: 纳税信息、住房公积金缴存记录 (the codes stay in extensions). */
const kindsInWords = (kinds: readonly EvidenceKind[]) => kinds.map((kind) => enumLabel('EvidenceKind', kind) ?? kind).join('、');

/**
 * The kinds of evidence the applicant refused on the case. Any refused piece counts for its
 * kind: asking for the kind again would have its holder release that very record again, whole,
 * to the clerk she refused it to.
 */
export function refusedKinds(evidence: readonly CaseEvidence[]): ReadonlySet<EvidenceKind> {
  return new Set(evidence.filter((piece) => piece.status === 'REJECTED').map((piece) => piece.kind));
}

/**
 * The kinds a requestEvidence call asks for, checked by the filing province before it signs
 * anything: by default the kinds the purpose's decision reads — not the credit records read
 * only to decide whether 容缺 or 告知承诺 may be used, which are asked for by name when the
 * applicant uses them (casePlanning.ts refuses such a submission until they are) — each asked once.
 *
 * - Kinds the purpose does not gather are refused here (KIND_NOT_NEEDED), naming them and what
 *   it does gather: each holding province would refuse them anyway, but only after a signed
 *   request reached it and a refusal was written into the person's access history in every
 *   province — for a request that could never be answered.
 * - Kinds read only for 容缺/告知承诺 are refused too where the filing province offers neither for
 *   the case's item (`leniencyHere` false): the item standard lists them, but here they could
 *   decide nothing — her penalties and listings would be released for no use.
 * - Kinds the applicant refused on this case are not asked for again by anyone but her: left
 *   out of a request for the purpose's kinds, refused (REFUSED_BY_APPLICANT) when named. Her
 *   own request is hers to make (she changed her mind), so `byApplicant` asks for them.
 */
export function requestedKinds(
  asked: readonly EvidenceKind[] | null | undefined,
  purpose: EvidencePurpose,
  refused: ReadonlySet<EvidenceKind>,
  byApplicant: boolean,
  leniencyHere = true,
): EvidenceKind[] {
  if (asked && asked.length === 0) {
    throw badUserInput('kinds', '请至少选择一种材料类型，或不填 kinds 以调取该事项所需的全部材料', { reason: 'EMPTY' });
  }
  const withheld = byApplicant ? new Set<EvidenceKind>() : refused;
  if (!asked) {
    const forLeniencyOnly = leniencyOnlyOf(purpose);
    return purpose.evidenceKinds.filter((kind) => !withheld.has(kind) && !forLeniencyOnly.has(kind));
  }
  const kinds = [...new Set(asked)];
  const unneeded = kinds.filter((kind) => !purpose.evidenceKinds.includes(kind));
  if (unneeded.length > 0) {
    const gathered = purpose.evidenceKinds.length > 0 ? `，可调取的是：${kindsInWords(purpose.evidenceKinds)}` : '，该事项不调取任何共享材料';
    throw badUserInput('kinds', `“${purpose.name}”不需要${kindsInWords(unneeded)}（目的限定）${gathered}`, {
      reason: 'KIND_NOT_NEEDED',
      kinds: unneeded,
      needed: purpose.evidenceKinds,
    });
  }
  // Read only to decide whether 容缺 or 告知承诺 may be used: not where this province offers neither for it.
  const forLeniencyOnly = leniencyHere ? [] : kinds.filter((kind) => leniencyOnlyOf(purpose).has(kind));
  if (forLeniencyOnly.length > 0) {
    throw badUserInput('kinds', `“${purpose.name}”在本省不适用容缺受理或告知承诺，不需要${kindsInWords(forLeniencyOnly)}（目的限定）`, {
      reason: 'KIND_NOT_NEEDED',
      kinds: forLeniencyOnly,
      needed: purpose.evidenceKinds.filter((kind) => !forLeniencyOnly.includes(kind)),
    });
  }
  const refusedHere = kinds.filter((kind) => withheld.has(kind));
  if (refusedHere.length > 0) {
    throw badUserInput(
      'kinds',
      `申请人已拒绝本办件使用${kindsInWords(refusedHere)}，窗口不能再次调取；申请人改变主意的，可由其本人确认使用或重新调取`,
      { reason: 'REFUSED_BY_APPLICANT', kinds: refusedHere },
    );
  }
  return kinds;
}
