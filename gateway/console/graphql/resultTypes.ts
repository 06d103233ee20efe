import type { RegionCode } from '@yrd/shared/regions/regionRegistry';

/**
 * The shapes of the published operations' results the console reads (a subset of each
 * selection in gateway/operations). Enum values stay strings; ui/labels.ts names them.
 */
export interface GraphQLErrorShape {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: {
    readonly code?: string;
    readonly reason?: string;
    readonly region?: string;
    readonly serviceName?: string;
    readonly field?: string;
    readonly [key: string]: unknown;
  };
}

export interface ActorView {
  readonly kind: string;
  readonly region?: RegionCode | null;
  readonly division?: string | null;
  readonly window?: string | null;
  readonly operatorId?: string | null;
  readonly subjectId?: string | null;
  readonly member?: string | null;
}

/** Any evidence record: the common fields, and the kind's own (EvidenceRecordFields). */
export interface EvidenceRecord {
  readonly __typename: string;
  readonly recordId: string;
  readonly kind: string;
  readonly subjectId: string;
  readonly region: RegionCode;
  readonly holdingAuthority: string;
  readonly updatedOn: string;
  readonly [field: string]: unknown;
}

export interface SubjectLookupResult {
  readonly subject: { readonly id: string; readonly kind: 'PERSON' | 'ENTERPRISE'; readonly registeringRegion: RegionCode | null; readonly regions: readonly ({ readonly region: RegionCode } | null)[] };
}

export interface SearchHit {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly highlightedTitle: string;
  readonly snippet: string;
  readonly exact: boolean;
  readonly item: { readonly code: string; readonly name: string } | null;
}

export interface SearchKnowledgeResult {
  readonly search: { readonly totalCount: number; readonly readings: readonly string[]; readonly hits: readonly SearchHit[] };
}

export interface TimeLimit {
  readonly amount: number;
  readonly unit: string;
  readonly note: string | null;
}

export interface FeeView {
  readonly charged: boolean;
  readonly amount: string | number | null;
  readonly basis: string | null;
  /** The amounts the basis sets for other circumstances (补领 40.00), exemptions as 0.00. */
  readonly variants: readonly { readonly circumstance: string; readonly amount: string }[];
}

export interface ItemImplementation {
  readonly region: RegionCode;
  readonly offered: boolean;
  readonly localCode: string | null;
  readonly localName: string | null;
  readonly implementingBody: string | null;
  readonly promisedTimeLimit: TimeLimit | null;
  readonly fee: FeeView | null;
  readonly places: readonly { readonly name: string; readonly address: string; readonly phone: string | null }[];
  readonly hours: string | null;
  readonly onlineUrl: string | null;
  readonly visitsRequired: number | null;
  readonly crossRegion: boolean | null;
  readonly tolerantAcceptance: boolean | null;
  readonly commitmentSystem: boolean | null;
}

export interface ItemGuideResult {
  readonly item: {
    readonly code: string;
    readonly name: string;
    readonly department: string;
    readonly acceptanceConditions: string | null;
    readonly promisedTimeLimit: TimeLimit | null;
    readonly statutoryTimeLimit: TimeLimit | null;
    readonly fee: FeeView | null;
    readonly instantApproval: boolean;
    readonly tolerantAcceptance: boolean;
    readonly commitmentSystem: boolean;
    readonly evidenceKinds: readonly string[];
    readonly materials: readonly { readonly code: string; readonly name: string; readonly necessity: string; readonly replacedBy: string | null; readonly commitmentAllowed: boolean }[];
    readonly implementations: readonly (ItemImplementation | null)[];
  } | null;
}

/** FeeOnDate: one item's entry in a province's fee catalog (null with a NOT_FOUND error where the catalog has none). */
export interface FeeOnDateResult {
  readonly feeCatalog: {
    readonly date: string;
    readonly region: RegionCode;
    readonly item: (FeeView & { readonly itemCode: string; readonly localName: string | null; readonly effectiveFrom: string }) | null;
  };
}

export interface EvidenceRequestView {
  readonly id: string;
  readonly holder: RegionCode;
  readonly kinds: readonly string[];
  readonly issuedAt: string;
  readonly expiresAt: string;
  /** Null once the request has ended (its case withdrawn, submitted or decided, or a record it released refused). */
  readonly token: string | null;
  readonly endedAt: string | null;
  readonly endReason: string | null;
}

export interface ReleasedEvidence {
  readonly token: string;
  readonly kind: string;
  readonly recordId: string | null;
  readonly issuer: RegionCode;
  readonly record: EvidenceRecord | null;
}

export interface EvidenceSource {
  readonly request: string;
  readonly region: RegionCode;
  readonly receipt: string;
  readonly released: readonly ReleasedEvidence[];
}

export interface EvidenceGathering {
  readonly caseId: string;
  readonly requests: readonly EvidenceRequestView[];
  readonly sources: readonly (EvidenceSource | null)[];
}

export interface EvidenceVerification {
  readonly accepted: boolean;
  readonly rejection: { readonly reason: string; readonly message: string } | null;
  readonly evidence: { readonly id: string; readonly issuer: RegionCode; readonly kind: string; readonly status: string } | null;
}

export interface CaseEvidence {
  readonly id: string;
  readonly issuer: RegionCode;
  readonly kind: string;
  /** Null for anyone but the applicant once she has refused the record: its id is hers alone. */
  readonly recordId: string | null;
  /** ERASED: the case was withdrawn, and its records with it (shown to no one). */
  readonly status: 'PENDING_PREVIEW' | 'ACCEPTED' | 'REJECTED' | 'ERASED';
  readonly receivedAt: string;
  /** Until when the holder's signature makes it evidence of anything (a submission refuses it after: EVIDENCE_EXPIRED). */
  readonly expiresAt: string;
  readonly decidedAt: string | null;
  /** Null for anyone but its holder once the applicant refused it. */
  readonly record: EvidenceRecord | null;
}

export interface Requirement {
  readonly code: string;
  readonly name: string;
  readonly necessity: string;
  readonly replacedBy: string | null;
  readonly evidenceAvailable: boolean;
  readonly supplyLaterAllowed: boolean;
  readonly commitmentAllowed: boolean;
  /** The kind of document that stands for this material in every item of a one-thing bundle. */
  readonly documentType: string | null;
}

export interface CaseEvent {
  readonly seq: number;
  readonly at: string;
  readonly status: string;
  readonly actor: ActorView;
  readonly note: string | null;
  readonly reasons?: readonly string[];
}

export interface RuleResult {
  readonly code: string;
  readonly description?: string;
  readonly passed: boolean;
  readonly detail: string | null;
}

export interface Licence {
  readonly licenceId: string;
  readonly licenceName: string;
  readonly issuerName?: string;
  readonly holderName?: string;
  readonly issuedOn?: string;
  readonly validUntil?: string | null;
  readonly licenceStatus: string;
}

/** 数据调取授权: who authorised the case's evidence to be gathered (always the applicant, with her own sign-in), and when. */
export interface CaseAuthorisationView {
  readonly authorisedBy: Pick<ActorView, 'kind' | 'subjectId'>;
  readonly authorisedAt: string;
  /** Until when the province asks under it; after, on a case still gathering, she gives it again. */
  readonly validUntil: string;
}

export interface CaseView {
  readonly id: string;
  readonly region: RegionCode;
  readonly status: string;
  readonly subjectId: string;
  readonly subjectKind: 'PERSON' | 'ENTERPRISE';
  /** Null for a one-thing bundle (一件事): see bundleCode and its cases. */
  readonly item: { readonly code: string; readonly name: string; readonly instantApproval: boolean } | null;
  readonly bundleCode: string | null;
  /** The bundle an item's case belongs to (it is withdrawn or submitted only with it); null otherwise. */
  readonly bundleId: string | null;
  /** The bundle's name, from the hub (null for a single item, or when the hub did not answer). */
  readonly bundle: { readonly code: string; readonly name: string } | null;
  /** A bundle's cases, one per item it handles (none for a single item). */
  readonly cases: readonly BundlePart[];
  /** 联动过户: a bundle's items the province passes on to an enterprise instead of opening a case (none for a single item). */
  readonly passedOn: readonly PassedOnPart[];
  readonly openedAt: string;
  /** 数据调取授权: null until the applicant authorises the case's evidence to be gathered (on her phone, or online), and again once it lapsed (about a month). */
  readonly authorisation: CaseAuthorisationView | null;
  /** Her authorisation that lapsed on a case still gathering (authorisation is then null until she gives it again). */
  readonly lapsedAuthorisation: Pick<CaseAuthorisationView, 'authorisedAt' | 'validUntil'> | null;
  /**
   * The kinds of evidence 向持有省份请求数据 asks the holding provinces for on the case (a bundle's
   * item: its bundle's), as the province works them out for the one reading: what her
   * authorisation card lists. Null while the item standard cannot be read.
   */
  readonly evidenceToRequest: readonly string[] | null;
  readonly submittedAt: string | null;
  readonly deadline: string | null;
  readonly postCheck: string | null;
  readonly requirements: readonly Requirement[];
  readonly evidenceRequests: readonly EvidenceRequestView[];
  readonly evidenceAnswers: readonly { readonly holder: RegionCode; readonly kinds: readonly string[]; readonly recordIds: readonly string[]; readonly notHandedIn: number }[];
  readonly evidence: readonly CaseEvidence[];
  readonly usableEvidence: readonly { readonly id: string }[];
  /** 秒填: each field with the record it came from; the applicant's declared name (申请人填报) comes from none (null source). */
  readonly form: readonly { readonly name: string; readonly label: string; readonly value: string; readonly sourceRegion: RegionCode | null; readonly sourceRecordId: string | null; readonly declared: boolean }[];
  readonly statusHistory: readonly CaseEvent[];
  readonly decision: {
    readonly outcome: string;
    readonly reasons: readonly string[];
    /** 救济途径: for a refused or revoked case, where and by when she may apply for 行政复议 or sue (行政许可法第三十八条); null otherwise. */
    readonly remedy: string | null;
    readonly decidedAt: string;
    readonly decidedBy: ActorView;
    readonly ruleResults: readonly RuleResult[];
    readonly materials: readonly { readonly code: string; readonly name: string; readonly satisfiedBy: string }[];
  } | null;
  readonly commitments: readonly { readonly materialCode: string; readonly materialName?: string | null; readonly type: string; readonly text: string; readonly signedAt: string; readonly suppliedAt: string | null }[];
  readonly licence: Licence | null;
}

export interface CaseResult {
  readonly case: CaseView | null;
}

/** A case as a province's case mutations answer with it (the CaseOutcome fragment): where it stands after the step. */
export interface CaseOutcomeView extends Pick<CaseView, 'id' | 'status' | 'submittedAt' | 'deadline' | 'postCheck' | 'statusHistory' | 'decision' | 'commitments' | 'licence' | 'passedOn'> {
  readonly cases: readonly Pick<BundlePart, 'id' | 'status' | 'item' | 'licence' | 'deadline' | 'postCheck' | 'commitments'>[];
}

export interface QueuedCase {
  readonly id: string;
  readonly status: string;
  readonly subjectId: string;
  readonly item: { readonly code: string; readonly name: string } | null;
  readonly bundleCode: string | null;
  /** The bundle's name, from the hub (null for a single item, or when the hub did not answer). */
  readonly bundle: { readonly code: string; readonly name: string } | null;
  readonly submittedAt: string | null;
  /** 容缺: when its deferred materials are due (awaitingMaterials); null for any other case. */
  readonly deadline: string | null;
  readonly postCheck: string | null;
  /** 受审分离: why the signed-in clerk may not take the decision the case waits for (they accepted it, or approved it); null when they may. */
  readonly decisionBlockedReason: string | null;
  readonly subjectKind: 'PERSON' | 'ENTERPRISE';
  /** The one-thing bundle's case this item's case belongs to; null for a single item. */
  readonly bundleId: string | null;
  readonly openedAt: string;
  readonly decision: {
    readonly outcome: string;
    readonly reasons: readonly string[];
    readonly decidedAt: string;
    readonly ruleResults: readonly RuleResult[];
    /** How each material is satisfied: shared data, handed in, 容缺, a commitment in its place. */
    readonly materials: readonly { readonly code: string; readonly name: string; readonly satisfiedBy: string }[];
  } | null;
  readonly commitments: CaseView['commitments'];
}

export interface ReviewQueueResult {
  readonly reviewQueue: { readonly region: RegionCode; readonly inReview: readonly QueuedCase[]; readonly pendingPostChecks: readonly QueuedCase[]; readonly awaitingMaterials: readonly QueuedCase[] };
}

export interface MyCase {
  readonly id: string;
  readonly region: RegionCode;
  readonly status: string;
  /** Null for a one-thing bundle (一件事). */
  readonly item: { readonly code: string; readonly name: string } | null;
  readonly bundleCode: string | null;
  /** The bundle's name, from the hub (null for a single item, or when the hub did not answer). */
  readonly bundle: { readonly code: string; readonly name: string } | null;
  readonly openedAt: string;
  /** 告知承诺: where the post-check of an approval given on a commitment stands. */
  readonly postCheck: string | null;
  /** A bundle's cases, one per item, each with its own status (an item revoked by its post-check says so). */
  readonly cases: readonly {
    readonly id: string;
    readonly status: string;
    readonly item: { readonly code: string; readonly name: string } | null;
    /** Its post-check: an item revoked by a failed one says so (已撤销（告知承诺核查不实）). */
    readonly postCheck: string | null;
  }[];
  readonly statusHistory: readonly CaseEvent[];
  readonly licence: Licence | null;
  /** A bundle's items passed on to enterprises (联动过户), where each stands; none for a single item's case. */
  readonly passedOn: readonly Pick<PassedOnPart, 'itemCode' | 'item' | 'receiver' | 'status'>[];
}

export interface MySubjectResult {
  readonly me: {
    readonly kind: string;
    readonly subject: {
      readonly id: string;
      readonly kind: string;
      readonly regions: readonly ({ readonly region: RegionCode; readonly records: readonly EvidenceRecord[]; readonly cases: readonly Omit<MyCase, 'passedOn'>[] } | null)[];
    } | null;
  };
}

/** 我的办件 (MyCases): the subject's cases in every province, null where a province did not answer. */
export interface MyCasesResult {
  readonly me: {
    readonly kind: string;
    readonly subject: {
      readonly id: string;
      readonly kind: string;
      readonly regions: readonly ({ readonly region: RegionCode; readonly cases: readonly MyCase[] } | null)[];
    } | null;
  };
}

export interface AccessLogEntry {
  /** Unique across the provinces: JIANGSU-3. */
  readonly id: string;
  readonly at: string;
  /** How many more like events the entry stands for, the last at `lastAt`. */
  readonly repeats: number;
  readonly lastAt: string;
  /** What the case the access was for is about: its item, or its one-thing bundle (null while the hub cannot say). */
  readonly item: { readonly code: string; readonly name: string } | null;
  readonly bundle: { readonly code: string; readonly name: string } | null;
  readonly event: string;
  readonly outcome: string;
  readonly reason: string | null;
  readonly caseId: string | null;
  readonly itemCode: string | null;
  readonly kinds: readonly string[];
  readonly recordIds: readonly string[];
  readonly actor: ActorView;
}

export interface MyAccessLogResult {
  readonly me: { readonly subject: { readonly id: string; readonly regions: readonly ({ readonly region: RegionCode; readonly accessLog: readonly AccessLogEntry[] } | null)[] } | null };
}

export interface ServicePlace {
  readonly id: string;
  readonly region: RegionCode;
  readonly name: string;
  readonly kind: string;
  readonly address: string;
  readonly phone: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly distanceMeters: number;
  readonly open24h: boolean;
  /** Open through lunch; without it a hall closes 12:00–13:30. */
  readonly lunchService: boolean;
  readonly openNow: boolean;
  readonly hours: readonly { readonly weekdays: readonly number[]; readonly opens: string; readonly closes: string }[];
}

export interface NearestPlacesResult {
  readonly nearestServicePlaces: {
    readonly latitude: number;
    readonly longitude: number;
    readonly item: { readonly code: string; readonly name: string };
    readonly places: readonly ServicePlace[];
    readonly unavailableRegions: readonly RegionCode[];
  } | null;
}

export interface QueueTicket {
  readonly id: string;
  readonly region: RegionCode;
  readonly placeName: string;
  readonly number: string;
  readonly status: string;
  /** People ahead while WAITING; null once called, cancelled or expired. */
  readonly position: number | null;
  readonly estimatedWaitMinutes: number;
  /** When a window called it, and which window (where to go): null until called. */
  readonly calledAt: string | null;
  readonly calledWindow: string | null;
  readonly cancelCode: string | null;
}

export interface MeResult {
  readonly me: { readonly kind: string; readonly operator: { readonly region: RegionCode; readonly division: string; readonly window: string; readonly operatorId: string } | null };
}

export interface PolicyMatchEntry {
  readonly item: {
    readonly code: string;
    readonly name: string;
    readonly policy: { readonly publisherRegion: RegionCode; readonly publisher: string; readonly maxAmount: string | null; readonly summary: string; readonly applyBy: string | null } | null;
    /** Each province's implementation (null where one did not answer): a zone policy is applied for in any that offers it. */
    readonly implementations: readonly ({ readonly region: RegionCode; readonly offered: boolean } | null)[];
  };
  readonly standing: 'ELIGIBLE' | 'UNCONFIRMED' | 'NEAR_MISS';
  readonly missedRules: readonly PolicyRuleOutcome[];
  /** Conditions a province that did not answer could still decide; detail names it (浙江未应答，暂无法判断). */
  readonly undecidedRules: readonly PolicyRuleOutcome[];
}

export interface PolicyRuleOutcome {
  readonly code: string;
  readonly description: string;
  readonly evidenceKind: string;
  readonly detail: string | null;
}

export interface PolicyMatchResult {
  readonly policyMatch: {
    readonly subjectId: string;
    readonly eligible: readonly PolicyMatchEntry[];
    readonly unconfirmed: readonly PolicyMatchEntry[];
    readonly nearMisses: readonly PolicyMatchEntry[];
    readonly unavailableRegions: readonly RegionCode[];
    readonly complete: boolean;
  } | null;
}

// ── 一件事一次办 at the window: Bundles, and what a bundle's case reads ─────────────────

/** A one-thing bundle (一件事) as Bundles lists it. */
export interface Bundle {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly items: readonly { readonly code: string; readonly name: string }[];
  readonly evidenceKinds: readonly string[];
}

export interface BundlesResult {
  readonly bundles: readonly Bundle[];
}

/** 联动过户: an item of a bundle passed on to the enterprise that carries it out, once the item it follows is approved. */
export interface PassedOnPart {
  readonly itemCode: string;
  /** Its name from the catalog (null while the hub cannot say). */
  readonly item: { readonly code: string; readonly name: string } | null;
  /** The bundle item whose approval passes it on (不动产转移登记). */
  readonly afterItemCode: string;
  /** The enterprise, e.g. 吴江华衍水务有限公司. */
  readonly receiver: string;
  /** AWAITING, PASSED_ON, CANCELLED or RECALLED. */
  readonly status: string;
  readonly passedOnAt: string | null;
  /** What the applicant is told. */
  readonly notice: string;
}

/** The case of one of a bundle's items (Case: `cases`). */
export interface BundlePart {
  readonly id: string;
  readonly status: string;
  readonly item: { readonly code: string; readonly name: string } | null;
  readonly licence: { readonly licenceId: string; readonly licenceStatus: string } | null;
  /** What its item asks for: the bundle's submission form is drawn from these. */
  readonly requirements: readonly Requirement[];
  /** Where its 容缺 and 告知承诺 stand: the 容缺 deadline, the post-check, its commitments. */
  readonly deadline: string | null;
  readonly postCheck: string | null;
  readonly commitments: CaseView['commitments'];
  /**
   * What the item was decided, with its reasons (a refusal's, 行政许可法第三十八条); null until
   * decided. Absent from a mutation's answer (the CaseOutcome fragment), present in a read (Case).
   */
  readonly decision?: PartDecision | null;
}

/** An item's decision as a bundle's read shows it (Case: `cases { decision }`). */
export interface PartDecision {
  readonly outcome: string;
  readonly reasons: readonly string[];
  /** 救济途径: for a refused or revoked item, where and by when she may apply for 行政复议 or sue; null otherwise. */
  readonly remedy: string | null;
  readonly decidedAt: string;
}

/** 联动过户 as a province offers it, before any case (PassedOnItems): an item it passes on to an enterprise within a bundle. */
export interface PassedOnItemInfo {
  readonly itemCode: string;
  /** Its name from the catalog (null while the hub cannot say). */
  readonly item: { readonly code: string; readonly name: string } | null;
  /** The bundle item whose approval passes it on (不动产转移登记). */
  readonly afterItemCode: string;
  /** The enterprise, e.g. 吴江华衍水务有限公司. */
  readonly receiver: string;
  /** What the applicant is told. */
  readonly notice: string;
}

export interface PassedOnItemsResult {
  readonly feeCatalog: { readonly region: RegionCode; readonly passedOnItems: readonly PassedOnItemInfo[] };
}
