import { dataOf, graphql, type GraphQLErrorShape } from './graphqlClient.ts';

/**
 * The steps a window (or a phone) takes through a case, as GraphQL calls to the gateway:
 * open, gather the evidence from the holding provinces, hand it in, let the applicant
 * accept it, submit.
 */
export type Headers = Record<string, string>;
type Namespace = 'shanghai' | 'jiangsu' | 'zhejiang' | 'anhui';

export interface OpenOptions {
  readonly idempotencyKey?: string;
  /** The applicant's name as declared with the case (申请人填报). */
  readonly applicantName?: string;
  /**
   * Whether the applicant authorises the case's evidence requests on her phone as soon as a clerk
   * has opened it (数据调取授权, as at a real window); true unless a test needs the case waiting
   * for her. Needs the flow's `applicants`.
   */
  readonly authorise?: boolean;
}

/** How the applicant signs in on her own phone (tokenIssuer's citizen and enterprise). */
export interface ApplicantSignIn {
  citizen(residentId: string): Promise<Headers>;
  enterprise(creditCode: string): Promise<Headers>;
}

/** What opening a case answers, for the flow to have her authorise it. */
const OPENED_FIELDS = 'id subjectId subjectKind authorisation { authorisedAt }';

export const CASE_FIELDS = `
  id region status subjectId subjectKind isBundle bundleId submittedAt deadline postCheck decisionBlockedReason
  authorisation { authorisedAt authorisedBy { kind subjectId } }
  statusHistory { seq status actor { kind region window operatorId } note reasons }
  decision { outcome reasons remedy decidedBy { kind operatorId } ruleResults { code passed detail } materials { code satisfiedBy } }
  revocation { revokedBy { kind operatorId } revokedAt reason }
  commitments { materialCode type text suppliedAt }
  form { name value sourceRegion sourceRecordId declared }
  requirements { code name necessity replacedBy evidenceAvailable supplyLaterAllowed commitmentAllowed documentType }
  evidence { id status kind issuer record { __typename } }
  evidenceRequests { holder kinds token }
  evidenceAnswers { holder kinds recordIds }
  licence { __typename ... on ElectronicLicenceRecord { licenceId licenceName licenceTypeCode issuerCode issuerName holderName licenceStatus caseId validUntil } }
  cases { id status item { code name } licence { ... on ElectronicLicenceRecord { licenceId licenceStatus } } }
`;

export interface CaseView {
  id: string;
  region: string;
  status: string;
  subjectId: string;
  subjectKind: string;
  /** 数据调取授权: null until the applicant authorised the case's evidence requests. */
  authorisation: { authorisedAt: string; authorisedBy: { kind: string; subjectId: string } } | null;
  isBundle: boolean;
  bundleId: string | null;
  submittedAt: string | null;
  deadline: string | null;
  postCheck: string | null;
  /** 受审分离: why the caller may not take the decision the case waits for (they accepted it, or approved it). */
  decisionBlockedReason: string | null;
  statusHistory: { seq: number; status: string; actor: { kind: string }; note: string | null; reasons: string[] }[];
  /** remedy: 救济途径, for a refused or revoked case (行政许可法第三十八条); null otherwise. */
  decision: { outcome: string; reasons: string[]; remedy: string | null; decidedBy: { kind: string }; ruleResults: { code: string; passed: boolean; detail: string | null }[]; materials: { code: string; satisfiedBy: string }[] } | null;
  revocation: { revokedBy: { kind: string; operatorId: string | null }; revokedAt: string; reason: string | null } | null;
  commitments: { materialCode: string; type: string; text: string; suppliedAt: string | null }[];
  form: { name: string; value: string; sourceRegion: string | null; sourceRecordId: string | null; declared: boolean }[];
  requirements: { code: string; name: string; necessity: string; replacedBy: string | null; evidenceAvailable: boolean; supplyLaterAllowed: boolean; commitmentAllowed: boolean; documentType: string | null }[];
  evidence: { id: string; status: string; kind: string; issuer: string }[];
  evidenceRequests: { holder: string; kinds: string[]; token: string }[];
  evidenceAnswers: { holder: string; kinds: string[]; recordIds: string[] }[];
  licence: { licenceId: string; licenceName: string; licenceTypeCode: string; issuerCode: string; issuerName: string; holderName: string; licenceStatus: string; caseId: string; validUntil: string | null } | null;
  cases: { id: string; status: string; item: { code: string; name: string } | null; licence: { licenceId: string; licenceStatus: string } | null }[];
}

export class CaseFlow {
  constructor(
    private readonly gatewayUrl: string,
    readonly province: Namespace,
    /** The applicants' own sign-in: without it no case opened at a window is authorised by the flow. */
    private readonly applicants?: ApplicantSignIn,
  ) {}

  /** The applicant's own headers, signed in as the kind the case names her. */
  applicantHeaders(subjectId: string, subjectKind: string): Promise<Headers> {
    if (!this.applicants) throw new Error('this CaseFlow was made without the applicants’ sign-in');
    return subjectKind === 'ENTERPRISE' ? this.applicants.enterprise(subjectId) : this.applicants.citizen(subjectId);
  }

  /**
   * 数据调取授权: the applicant authorises the case's evidence requests, on her phone, as herself,
   * naming the case and its item (a bundle by its code) — the case's own, read as `applicant`
   * reads it, unless the test names one.
   */
  async authorise(caseId: string, applicant: Headers, itemCode?: string) {
    const named = itemCode ?? (await this.itemOf(caseId, applicant));
    return this.mutate<{ id: string; authorisation: { authorisedAt: string; authorisedBy: { kind: string; subjectId: string } } | null }>(
      'authoriseEvidence',
      '$caseId: ID!, $itemCode: ID!',
      'caseId: $caseId, itemCode: $itemCode',
      { caseId, itemCode: named },
      applicant,
      'id status authorisation { authorisedAt authorisedBy { kind subjectId } }',
    );
  }

  /** The item (or bundle) code of a case as `headers` read it; empty when they may not read it (the province refuses them before it looks at the item). */
  private async itemOf(caseId: string, headers: Headers): Promise<string> {
    const read = await graphql<{ case: { item: { code: string } | null; bundleCode: string | null } | null }>(
      this.gatewayUrl,
      'query ($id: ID!) { case(id: $id) { item { code } bundleCode } }',
      { id: caseId },
      headers,
    );
    return read.data?.case?.bundleCode ?? read.data?.case?.item?.code ?? '';
  }

  /** A case as opened — at a window or online: authorised by her at once unless the test says not to. */
  private async authorisedAsOpened(opened: { id: string; subjectId: string; subjectKind: string; authorisation: unknown }, itemCode: string, authorise: boolean | undefined) {
    if (opened.authorisation !== null || authorise === false || (authorise === undefined && !this.applicants)) return;
    dataOf(await this.authorise(opened.id, await this.applicantHeaders(opened.subjectId, opened.subjectKind), itemCode));
  }

  /** One mutation of the province's namespace; `signature` declares the variables. */
  private async mutate<T>(field: string, signature: string, args: string, variables: Record<string, unknown>, headers: Headers, selection = CASE_FIELDS) {
    return graphql<{ [K in Namespace]: Record<string, T> }>(
      this.gatewayUrl,
      `mutation (${signature}) { ${this.province} { ${field}(${args}) { ${selection} } } }`,
      variables,
      headers,
    );
  }

  /** Opens a case; `applicantName` is the name declared with it (申请人填报), needed where no record of the item names the applicant. */
  async open(itemCode: string, subjectId: string, headers: Headers, { idempotencyKey = uniqueKey(), applicantName, authorise }: OpenOptions = {}): Promise<string> {
    const response = await this.openCase({ itemCode, subjectId, idempotencyKey, ...(applicantName === undefined ? {} : { applicantName }) }, headers, OPENED_FIELDS);
    const opened = dataOf(response)[this.province].openCase as { id: string; subjectId: string; subjectKind: string; authorisation: unknown };
    await this.authorisedAsOpened(opened, itemCode, authorise);
    return opened.id;
  }

  /** The openCase mutation as it is answered, errors and all. */
  openCase(input: Record<string, unknown>, headers: Headers, selection = CASE_FIELDS) {
    return this.mutate<CaseView>('openCase', '$input: OpenCaseInput!', 'input: $input', { input }, headers, selection);
  }

  async openBundle(bundleCode: string, subjectId: string, headers: Headers, { idempotencyKey = uniqueKey(), applicantName, authorise }: OpenOptions = {}): Promise<CaseView> {
    const input = { bundleCode, subjectId, idempotencyKey, ...(applicantName === undefined ? {} : { applicantName }) };
    const response = await this.mutate<CaseView>('openBundle', '$input: OpenBundleInput!', 'input: $input', { input }, headers);
    const bundle = dataOf(response)[this.province].openBundle as CaseView;
    await this.authorisedAsOpened(bundle, bundleCode, authorise);
    // As it stands once she has authorised it (its authorisation, and its items').
    return bundle.authorisation === null && authorise !== false && this.applicants ? this.get(bundle.id, headers) : bundle;
  }

  /** Requests the evidence and hands in everything the holders released, with their answers. */
  async gather(caseId: string, headers: Headers, kinds?: string[]) {
    const request = await graphql<{ [K in Namespace]: { requestEvidence: { sources: ({ region: string; receipt: string; released: { token: string; recordId: string }[] } | null)[] } } }>(
      this.gatewayUrl,
      `mutation ($caseId: ID!, $kinds: [EvidenceKind!]) { ${this.province} { requestEvidence(caseId: $caseId, kinds: $kinds) { sources { region receipt released { token recordId } } } } }`,
      { caseId, ...(kinds ? { kinds } : {}) },
      headers,
    );
    const sources = request.data?.[this.province].requestEvidence.sources ?? [];
    const tokens = sources.flatMap((source) => (source ? [source.receipt, ...source.released.map((piece) => piece.token)] : []));
    const collected = await this.collect(caseId, tokens, headers);
    return { sources, errors: request.errors ?? [], collected };
  }

  async collect(caseId: string, tokens: string[], headers: Headers) {
    if (tokens.length === 0) return [];
    const response = await graphql<{ [K in Namespace]: { collectEvidence: { accepted: boolean; rejection: { reason: string } | null }[] } }>(
      this.gatewayUrl,
      `mutation ($caseId: ID!, $tokens: [String!]!) { ${this.province} { collectEvidence(caseId: $caseId, tokens: $tokens) { accepted rejection { reason } } } }`,
      { caseId, tokens },
      headers,
    );
    return dataOf(response)[this.province].collectEvidence;
  }

  /** The applicant's preview: accept (or reject) every piece still waiting. */
  async decideAll(caseId: string, headers: Headers, decision: 'ACCEPT' | 'REJECT' = 'ACCEPT', onlyKind?: string): Promise<void> {
    const pending = (await this.get(caseId, headers)).evidence.filter((piece) => piece.status === 'PENDING_PREVIEW' && (!onlyKind || piece.kind === onlyKind));
    for (const piece of pending) {
      dataOf(
        await graphql(
          this.gatewayUrl,
          `mutation ($caseId: ID!, $evidenceId: ID!, $decision: EvidenceDecision!) { ${this.province} { decideEvidence(caseId: $caseId, evidenceId: $evidenceId, decision: $decision) { id } } }`,
          { caseId, evidenceId: piece.id, decision },
          headers,
        ),
      );
    }
  }

  submit(input: Record<string, unknown>, headers: Headers) {
    return this.mutate<CaseView>('submitCase', '$input: SubmitCaseInput!', 'input: $input', { input: { idempotencyKey: uniqueKey(), ...input } }, headers).then((response) => ({
      ...response,
      caseView: response.data?.[this.province].submitCase as CaseView | undefined,
    }));
  }

  supply(caseId: string, materialCode: string, headers: Headers) {
    return this.mutate<CaseView>('supplyMaterial', '$caseId: ID!, $materialCode: String!', 'caseId: $caseId, materialCode: $materialCode', { caseId, materialCode }, headers);
  }

  review(caseId: string, decision: 'APPROVE' | 'REJECT', reason: string | null, headers: Headers) {
    return this.mutate<CaseView>('reviewCase', '$caseId: ID!, $decision: ReviewDecision!, $reason: String', 'caseId: $caseId, decision: $decision, reason: $reason', { caseId, decision, reason }, headers);
  }

  postCheck(caseId: string, passed: boolean, note: string, headers: Headers) {
    return this.mutate<CaseView>('completePostCheck', '$caseId: ID!, $passed: Boolean!, $note: String!', 'caseId: $caseId, passed: $passed, note: $note', { caseId, passed, note }, headers);
  }

  async get(caseId: string, headers: Headers): Promise<CaseView> {
    return dataOf(await graphql<{ case: CaseView }>(this.gatewayUrl, `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: caseId }, headers)).case;
  }
}


let counter = 0;
export const uniqueKey = () => `k-${process.pid}-${Date.now()}-${counter++}`;

export const reasonsOf = (errors: readonly GraphQLErrorShape[] | undefined) => (errors ?? []).map((error) => error.extensions?.reason);
