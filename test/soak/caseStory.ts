import type { CaseLedger } from './caseLedger.ts';
import type { Acknowledgement, Operation, RetryingCaller } from './retryingCaller.ts';
import { storedKeyOf, type CaseStory, type StoryHeaders } from './soakStories.ts';
import type { SoakStats } from './soakStats.ts';
import type { OperationKind } from './soakTransport.ts';

/**
 * One case story through the gateway, as the tests drive it and as a window would under
 * load: open with an idempotency key, request the evidence and hand in what the holders
 * released, the applicant previews and accepts it, submit with an idempotency key. Each step
 * is retried as it was first sent until acknowledged; what was acknowledged goes in the ledger.
 */
/** `{ jiangsu: { openCase: … } }`: a mutation's answer inside its province's namespace. */
type InNamespace<T> = Record<string, Record<string, T | null> | null>;

interface Source {
  region: string;
  receipt: string;
  released: { token: string }[];
}

export type StoryResult = { readonly completed: true; readonly status: string } | { readonly completed: false; readonly step: string };

export class CaseStoryDriver {
  constructor(
    private readonly caller: RetryingCaller,
    private readonly ledger: CaseLedger,
    private readonly stats: SoakStats,
    private readonly client: number,
  ) {}

  async run(story: CaseStory, headers: StoryHeaders): Promise<StoryResult> {
    const ns = story.province;
    const step = <TData, T>(kind: OperationKind, operation: string, query: string, variables: Record<string, unknown>, who: Record<string, string>, acknowledge: (data: TData | null) => T | undefined) => {
      const request: Operation = { kind, operation, label: story.name, query, variables, headers: who };
      return this.caller.untilAcknowledged<TData, T>(request, acknowledge);
    };
    const field =
      <T>(name: string) =>
      (data: InNamespace<T> | null): T | undefined =>
        data?.[ns]?.[name] ?? undefined;
    const abandon = (at: string, answer: Acknowledgement<unknown>): StoryResult => {
      this.stats.abandoned.push({ story: story.name, step: at, lastCodes: answer.errors.map((error) => error.code) });
      return { completed: false, step: at };
    };

    // 1. Open, with an idempotency key kept on the books before the first request leaves.
    const openKey = this.ledger.nextKey('o', this.client);
    const opened = this.ledger.opening(openKey, storedKeyOf(story, openKey), story.province, story.name);
    const open = await step(
      'open',
      'SoakOpenCase',
      `mutation SoakOpenCase($input: OpenCaseInput!) { ${ns} { openCase(input: $input) { id status } } }`,
      { input: { itemCode: story.itemCode, subjectId: story.subjectId, idempotencyKey: openKey } },
      headers.filer,
      field<{ id: string; status: string }>('openCase'),
    );
    if (!open.ok) return abandon('open', open);
    const caseId = open.value.id;
    opened.caseId = caseId;

    // 数据调取授权: she authorises the gathering first, naming the case and its item — on her phone at a window, or online.
    const authorised = await step(
      'gather',
      'SoakAuthoriseEvidence',
      `mutation SoakAuthoriseEvidence($caseId: ID!, $itemCode: ID!) { ${ns} { authoriseEvidence(caseId: $caseId, itemCode: $itemCode) { id authorisation { authorisedAt } } } }`,
      { caseId, itemCode: story.itemCode },
      headers.applicant,
      field<{ id: string; authorisation: { authorisedAt: string } | null }>('authoriseEvidence'),
    );
    if (!authorised.ok) return abandon('authoriseEvidence', authorised);

    // 2. Gather: request the evidence, then hand in every holder's answer and every released record —
    // the item's kinds, and for a 容缺 or 告知承诺 submission her credit records too (asked for by name).
    const rounds: (readonly string[] | undefined)[] = story.submission.commitments ? [undefined, ['CREDIT_RECORD']] : [undefined];
    let gatheredPartially = false;
    for (const kinds of rounds) {
      const request = await step(
        'gather',
        'SoakRequestEvidence',
        `mutation SoakRequestEvidence($caseId: ID!, $kinds: [EvidenceKind!]) { ${ns} { requestEvidence(caseId: $caseId, kinds: $kinds) { sources { region receipt released { token } } } } }`,
        { caseId, ...(kinds ? { kinds } : {}) },
        headers.filer,
        field<{ sources: (Source | null)[] }>('requestEvidence'),
      );
      if (!request.ok) return abandon('requestEvidence', request);
      const sources = request.value.sources;
      gatheredPartially ||= sources.some((source) => source === null) || request.errors.length > 0;
      const tokens = sources.flatMap((source) => (source ? [source.receipt, ...source.released.map((piece) => piece.token)] : []));
      if (tokens.length === 0) continue;
      const collect = await step(
        'gather',
        'SoakCollectEvidence',
        `mutation SoakCollectEvidence($caseId: ID!, $tokens: [String!]!) { ${ns} { collectEvidence(caseId: $caseId, tokens: $tokens) { accepted rejection { reason message } } } }`,
        { caseId, tokens },
        headers.filer,
        field<{ accepted: boolean; rejection: { reason: string; message: string } | null }[]>('collectEvidence'),
      );
      if (!collect.ok) return abandon('collectEvidence', collect);
      for (const result of collect.value) {
        if (!result.accepted) this.stats.problem('EVIDENCE_REJECTED', story.name, `case ${caseId}: ${result.rejection?.reason} ${result.rejection?.message ?? ''}`);
      }
    }

    // 3. The applicant previews the evidence and accepts every piece.
    const look = await step(
      'decide',
      'SoakPreviewCase',
      `query SoakPreviewCase($id: ID!) { case(id: $id) { id status evidence { id status kind } } }`,
      { id: caseId },
      headers.applicant,
      (data: { case: { evidence: { id: string; status: string }[] } | null } | null) => data?.case ?? undefined,
    );
    if (!look.ok) return abandon('previewCase', look);
    for (const piece of look.value.evidence.filter((candidate) => candidate.status === 'PENDING_PREVIEW')) {
      const decided = await step(
        'decide',
        'SoakAcceptEvidence',
        `mutation SoakAcceptEvidence($caseId: ID!, $evidenceId: ID!) { ${ns} { decideEvidence(caseId: $caseId, evidenceId: $evidenceId, decision: ACCEPT) { id status } } }`,
        { caseId, evidenceId: piece.id },
        headers.applicant,
        field<{ id: string; status: string }>('decideEvidence'),
      );
      if (!decided.ok) return abandon('decideEvidence', decided);
    }

    // 4. Submit, with an idempotency key.
    const submitKey = this.ledger.nextKey('s', this.client);
    const submit = await step(
      'submit',
      'SoakSubmitCase',
      `mutation SoakSubmitCase($input: SubmitCaseInput!) { ${ns} { submitCase(input: $input) { id status } } }`,
      { input: { caseId, idempotencyKey: submitKey, ...story.submission } },
      headers.filer,
      field<{ id: string; status: string }>('submitCase'),
    );
    if (!submit.ok) return abandon('submit', submit);
    const { status } = submit.value;
    if (submit.value.id !== caseId) this.stats.problem('WRONG_CASE', story.name, `submitted ${caseId}, the answer is about ${submit.value.id}`);
    this.ledger.submissions.push({ caseId, province: story.province, key: submitKey, status, story: story.name });
    this.stats.outcomes.push({ story: story.name, caseId, status, expected: story.expected, gatheredPartially });
    return { completed: true, status };
  }
}
