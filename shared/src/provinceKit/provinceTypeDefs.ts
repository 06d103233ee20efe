import { commonTypeDefs, federationLink } from '../graphql/commonTypeDefs.ts';
import { labelledEnumSdl } from '../graphql/enumSdl.ts';
import { serviceMapTypeDefs } from '../graphql/serviceMapTypeDefs.ts';
import { REGIONS, type RegionDefinition } from '../regions/regionRegistry.ts';
import { candidatesField, disclosedRecordsField, profileRecordsField } from './aggregateFields.ts';
import { recordTypeDefs } from './recordTypeDefs.ts';
import { REQUEST_END_LABELS } from '../evidence/requestEnd.ts';

/** Names of the region-named types of a province subgraph. */
/** The fields a pass-on (联动过户) has whether offered (PassedOnItemInfo) or recorded on a bundle (PassedOnItem). */
const PASSED_ON_FIELDS = `  "Basic code of the standard item passed on."
  itemCode: ID!
  "The standard item passed on, with its name from the hub."
  item: StandardItem
  "Basic code of the bundle item whose approval passes it on (不动产转移登记 070101001000)."
  afterItemCode: ID!
  "The enterprise that carries it out, e.g. 吴江华衍水务有限公司."
  receiver: String!`;
const PASSED_ON_NOTICE = `  "What the applicant is told, e.g. 不动产登记办结后，登记结果推送至吴江华衍水务有限公司办理用水过户，无需另行申请."
  notice: String!`;

export function provinceTypeNames(region: RegionDefinition) {
  return {
    subject: `${region.typePrefix}Subject`,
    implementation: `${region.typePrefix}ItemImplementation`,
    caseFile: `${region.typePrefix}Case`,
    evidenceSource: `${region.typePrefix}EvidenceSource`,
    reviewQueue: `${region.typePrefix}ReviewQueue`,
    queueTicket: `${region.typePrefix}QueueTicket`,
    feeCatalog: `${region.typePrefix}FeeCatalog`,
    accessGuidance: `${region.typePrefix}AccessGuidance`,
    mutations: `${region.typePrefix}Mutations`,
    mutationField: region.subgraphName,
  } as const;
}

/** Types every province declares identically (value types, @shareable). */
function exchangeTypeDefs(): string {
  return [
    labelledEnumSdl('CaseStatus', {
      OPEN: '已受理，收集材料中',
      AWAITING_EVIDENCE: '已提交，等待持有数据的省份答复',
      DEFERRED_MATERIALS: '容缺受理，待补齐材料',
      IN_REVIEW: '人工审核中',
      APPROVED: '已办结（准予）',
      PARTLY_APPROVED: '已办结（部分准予：“一件事”中部分事项准予，其余不予批准、终止或撤销）',
      REJECTED: '不予批准',
      TERMINATED: '已终止（容缺材料逾期未补齐）',
      REVOKED: '已撤销（告知承诺核查不实）',
      WITHDRAWN: '已撤回（申请人撤回申请）',
    }),
    labelledEnumSdl('PostCheckStatus', { PENDING: '告知承诺待核查', PASSED: '核查通过', FAILED: '核查不实' }),
    labelledEnumSdl('CommitmentType', { SUPPLY_LATER: '容缺后补承诺', IN_LIEU_OF_PROOF: '告知承诺（以承诺代替证明）' }),
    labelledEnumSdl('MaterialSatisfaction', {
      EVIDENCE: '由数据共享替代（无证明）',
      PROVIDED: '已提交',
      SUPPLY_LATER: '容缺，承诺后补',
      COMMITMENT: '以告知承诺代替',
      NOT_NEEDED: '非必要，未提交',
    }),
    labelledEnumSdl('DecisionOutcome', { APPROVED: '准予', IN_REVIEW: '转人工审核', REJECTED: '不予批准', TERMINATED: '终止办理（容缺材料逾期未补齐）' }),
    labelledEnumSdl('ReviewDecision', { APPROVE: '准予', REJECT: '不予批准' }),
    labelledEnumSdl('CaseChannel', { WINDOW: '窗口办理', ONLINE: '网上办理' }),
    labelledEnumSdl('CaseActorKind', { OPERATOR: '窗口工作人员', APPLICANT: '申请人本人', SYSTEM: '系统（秒批、期限）' }),
    labelledEnumSdl('EvidenceStatus', {
      PENDING_PREVIEW: '待申请人确认',
      ACCEPTED: '申请人已确认使用',
      REJECTED: '申请人拒绝使用',
      ERASED: '已删除（办件已撤回）',
    }),
    labelledEnumSdl('EvidenceRequestEndReason', REQUEST_END_LABELS),
    labelledEnumSdl(
      'PassOnStatus',
      { AWAITING: '待登记办结后推送', PASSED_ON: '已推送', CANCELLED: '已取消', RECALLED: '已撤回（已通知承办企业）' },
      '联动过户: where an item a bundle passes on to an enterprise stands — waiting for the bundle item it follows (不动产转移登记) to be approved, passed on once it was, cancelled (that item refused or ended, or the bundle withdrawn before it was passed on), or recalled (that item revoked after it was passed on: the receiver is told to undo it).',
    ),
    labelledEnumSdl('EvidenceDecision', { ACCEPT: '确认使用', REJECT: '拒绝使用' }),
    labelledEnumSdl('AuditEvent', {
      // An answer to an evidence request, whatever it released (the outcome says what: 已提供, or 查询无记录).
      EVIDENCE_RELEASED: '答复了材料调取',
      EVIDENCE_REFUSED: '拒绝提供材料',
      RECORDS_REFUSED: '拒绝查询个人记录',
      EVIDENCE_REJECTED: '拒收未通过校验的材料',
      DIRECT_CALL_REFUSED: '拒绝未经网关的访问',
      CASE_EVIDENCE_VIEWED: '查看了办件中的材料',
      CASE_REFUSED: '拒绝查看或办理办件',
    }),
    labelledEnumSdl('AuditOutcome', {
      RELEASED: '已提供',
      NO_RECORDS: '查询无记录',
      REFUSED: '已拒绝',
      REJECTED: '已拒收',
      VIEWED: '已查看',
    }),
    `"Who acts on a case: a clerk at a window, or the applicant online."
type CaseActorView @shareable {
  kind: CaseActorKind!
  region: Region
  division: String
  window: String
  operatorId: String
  subjectId: String
}`,
    `"Who took a queue number (实名取号): a person or an enterprise, by its number (masked as QueueTicket.holder says)."
type QueueHolder @shareable {
  kind: SubjectKind!
  id: ID!
}`,
    `"Who asked, as an audit entry records it."
type AuditActor @shareable {
  kind: CallerKind!
  region: Region
  division: String
  window: String
  operatorId: String
  "A citizen's or enterprise's identifier, masked unless it is the reader's own."
  subjectId: String
  member: String
}`,
    `"One entry of a province's audit log about the reader's data: who read (or tried to read) it, when, for which case."
type AccessLogEntry @shareable {
  "Unique across the federation: the province and its entry number (JIANGSU-3); pass it as accessLog's before to read older entries."
  id: ID!
  "When it happened (the first time, where the entry stands for several like events)."
  at: DateTime!
  "How many more times the same happened after at, counted in this entry rather than listed again: a request answered again (its data sent again), like refusals within a minute, a clerk's further reads of a case's evidence within the hour. 0 when once."
  repeats: Int!
  "When it last happened (at, when once)."
  lastAt: DateTime!
  "The province that holds the data and wrote the entry."
  region: Region!
  event: AuditEvent!
  "RELEASED only where records were sent; an answer holding none of them is NO_RECORDS (for a credit record, that none exists is itself what the case uses)."
  outcome: AuditOutcome!
  reason: String
  actor: AuditActor!
  caseId: ID
  "The item (or one-thing bundle) of the case the access was for."
  itemCode: ID
  "The item the access was for, with its name from the hub; null for a bundle, or no case."
  item: StandardItem
  "The one-thing bundle the access was for; null for a single item, or no case."
  bundle: ItemBundleView
  "Kinds of evidence concerned (for a clerk's read of a case's evidence, the kinds shown)."
  kinds: [EvidenceKind!]!
  "Records released or shown."
  recordIds: [ID!]!
}`,
    `"An evidence request a case's province issued to one holding province."
type EvidenceRequestView @shareable {
  id: ID!
  holder: Region!
  kinds: [EvidenceKind!]!
  issuedAt: DateTime!
  expiresAt: DateTime!
  "The signed request (compact JWS); the holding province verifies it before releasing anything. Null once the request has ended (endedAt): no province answers it."
  token: String
  "When the request ended: its case could no longer use it (withdrawn, submitted, decided), or the applicant refused a record it released. Null while it is live."
  endedAt: DateTime
  "Why it ended; null while it is live."
  endReason: EvidenceRequestEndReason
}`,
    `"A record released by its holding province for one case, signed by that province."
type ReleasedEvidence @shareable {
  "The signed evidence, encrypted to the case's province (compact JWE around a compact JWS): hand it in there as it is; only that province can read it."
  token: String!
  kind: EvidenceKind!
  "The holder's record id; null to anyone but the applicant: nothing she has not accepted reaches the clerk, its id included."
  recordId: ID
  issuer: Region!
  "Authority that holds the record, e.g. 上海市公积金管理中心."
  holdingAuthority: String!
  "Last change of the record in the holding province."
  updatedOn: Date!
  issuedAt: DateTime!
  expiresAt: DateTime!
  "The record, for the applicant's preview (another person's identity number masked); null to anyone else — a clerk sees it in the case once she has accepted it."
  record: EvidenceRecord
}`,
    `"Verified evidence held by a case, waiting for or carrying the applicant's decision."
type CaseEvidence @shareable {
  id: ID!
  issuer: Region!
  kind: EvidenceKind!
  "Authority that holds the record, e.g. 上海市公积金管理中心."
  holdingAuthority: String!
  "Last change of the record in the holding province."
  updatedOn: Date!
  "The holder's record id; null for anyone but the applicant until she has accepted the record (PENDING_PREVIEW, REJECTED): its id is hers alone, as its contents are."
  recordId: ID
  status: EvidenceStatus!
  receivedAt: DateTime!
  expiresAt: DateTime!
  decidedAt: DateTime
  decidedBy: CaseActorView
  "The record; null for anyone but its holder until the applicant has accepted it — waiting for her preview (PENDING_PREVIEW), or refused (REJECTED: the record is hers again); the entry stays. Other people's identity numbers in it (a spouse's, a legal representative's) are masked. Null for everyone once the case is withdrawn (ERASED)."
  record: EvidenceRecord
}`,
    `"One change of a case's status, with who made it and why."
type CaseEventView @shareable {
  seq: Int!
  at: DateTime!
  status: CaseStatus!
  actor: CaseActorView!
  note: String
  reasons: [String!]!
}`,
    `"联动过户: an item of a one-thing bundle that the province does not handle itself but passes on to the enterprise that carries it out (a water, power, gas or cable company), once the bundle item it follows is approved here. It has no case, evidence or decision of its own in the province, and does not make the bundle's status: the receiver handles it, and the applicant does not apply to it again."
type PassedOnItem @shareable {
${PASSED_ON_FIELDS}
  status: PassOnStatus!
  "When it was passed on: the moment the item it follows was approved. Null until then, and when cancelled."
  passedOnAt: DateTime
  "When it was recalled from its receiver (RECALLED): the item it followed was revoked after it was passed on. Null unless it was."
  recalledAt: DateTime
${PASSED_ON_NOTICE}
}`,
    `"联动过户, as a province offers it before any case: an item it does not handle itself but passes on, within a one-thing bundle, to the enterprise that carries it out (a water, power, gas or cable company), once the bundle item it follows is approved here. What a window tells the applicant when the bundle is chosen."
type PassedOnItemInfo @shareable {
${PASSED_ON_FIELDS}
${PASSED_ON_NOTICE}
}`,
    `"The outcome of one approval rule."
type RuleResultView @shareable {
  code: String!
  description: String!
  evidenceKind: EvidenceKind!
  passed: Boolean!
  detail: String
}`,
    `"How one material of the item was satisfied."
type MaterialStatusView @shareable {
  code: String!
  name: String!
  satisfiedBy: MaterialSatisfaction!
}`,
    `"A decision: by the rules (秒批), by a clerk, or by the province ending a 容缺 case whose deferred materials did not arrive in time (no rules run, no materials weighed: its reasons name what was missing)."
type CaseDecisionView @shareable {
  outcome: DecisionOutcome!
  ruleResults: [RuleResultView!]!
  "Why a person has to look at the case, or why it was rejected or terminated."
  reasons: [String!]!
  materials: [MaterialStatusView!]!
  decidedBy: CaseActorView!
  decidedAt: DateTime!
  "救济途径 (《行政许可法》第三十八条第二款): for a case refused (REJECTED), whose approval was revoked (REVOKED) or that was terminated because its 容缺 materials did not arrive in time (TERMINATED), where and by when the applicant may apply for 行政复议 (sixty days, before the 复议机关 of the item's implementing body: its division's people's government, or for a vertically managed body such as a 税务局 the next body up) or bring 行政诉讼 (six months). Null for any other case, and for a one-thing bundle itself (each of its items' cases carries its own)."
  remedy: String
}`,
    `"数据调取授权: the applicant's authorisation for the filing province to ask the holding provinces for her records for a case of an item — given with her own sign-in (authoriseEvidence), on her phone at a window or online; honoured by the holders for 30 days."
type CaseAuthorisationView @shareable {
  "Who authorised it: always the applicant (a person, or an enterprise signed in as itself)."
  authorisedBy: CaseActorView!
  authorisedAt: DateTime!
  "Until when the filing province asks the holding provinces under it: a day before they stop honouring it (30 days after it was given). After, on a case still gathering evidence, she gives it again."
  validUntil: DateTime!
}`,
    `"撤销: an approval revoked after it was given — a 告知承诺 post-check that found the commitment untrue."
type CaseRevocationView @shareable {
  revokedBy: CaseActorView!
  revokedAt: DateTime!
  "The findings the clerk noted on revoking it."
  reason: String
}`,
    `"秒填: a field of the application form pre-filled from records a province already holds — or the applicant's name as they declared it (申请人填报), where no record names them."
type FormFieldView @shareable {
  name: String!
  label: String!
  value: String!
  "The province whose record filled the field; null for a declared one."
  sourceRegion: Region
  "The record that filled the field; null for a declared one."
  sourceRecordId: ID
  "Declared (申请人填报) when the case was opened or submitted, or by the approving clerk — not read from a record."
  declared: Boolean!
}`,
    `"What the item asks for, and how this case can satisfy it here."
type RequirementView @shareable {
  code: String!
  name: String!
  necessity: String!
  "无证明: the evidence kind that replaces the paper, if any."
  replacedBy: EvidenceKind
  "Usable evidence of that kind is in the case."
  evidenceAvailable: Boolean!
  "容缺: may be supplied after acceptance, here."
  supplyLaterAllowed: Boolean!
  "告知承诺: a commitment may replace it, here."
  commitmentAllowed: Boolean!
  documentType: String
}`,
    `"A commitment the applicant signed."
type CommitmentView @shareable {
  materialCode: String!
  "The material as the item named it when the commitment was signed; null for one signed before names were kept."
  materialName: String
  type: CommitmentType!
  text: String!
  signedBy: CaseActorView!
  signedAt: DateTime!
  suppliedAt: DateTime
}`,
    `"A holding province's signed answer to one request: which records it released."
type EvidenceAnswerView @shareable {
  requestId: ID!
  holder: Region!
  kinds: [EvidenceKind!]!
  "The records it released — to the applicant all of them; to anyone else only those she has accepted (those waiting for her, refused by her, or never handed in are hers to tell)."
  recordIds: [ID!]!
  "How many of the records it released the case never took in (refused on hand-in, or not handed in yet): gather them again."
  notHandedIn: Int!
  receivedAt: DateTime!
}`,
    `"Why handed-in evidence was not accepted."
type EvidenceRejection @shareable {
  reason: String!
  message: String!
}`,
    `"The outcome of verifying one handed-in piece of evidence."
type EvidenceVerification @shareable {
  accepted: Boolean!
  evidence: CaseEvidence
  answer: EvidenceAnswerView
  rejection: EvidenceRejection
}`,
    `"Evidence requested for a case: the signed requests, and the answer of every province asked (null where a province failed or refused; the error says which and why)."
type EvidenceGathering @shareable {
  caseId: ID!
  requests: [EvidenceRequestView!]!
  sources: [EvidenceSource]!
}`,
    `input OpenCaseInput {
  "Basic code of the standard item."
  itemCode: ID!
  "Resident identity number or unified social credit code of the applicant."
  subjectId: ID!
  "Whether subjectId names a person (PERSON) or an enterprise (ENTERPRISE). Needed only for a number valid both as a person's number and as a unified social credit code (about 1 in 340 people born in a prefecture such as 镇江 3211): without it such a number is refused (AMBIGUOUS_SUBJECT on input.subjectId). Online, the applicant's own kind is taken, and another is refused (SUBJECT_KIND_MISMATCH). Retrying with the same key as another kind is refused (IDEMPOTENCY_KEY_REUSED)."
  subjectKind: SubjectKind
  "Chosen by the window or app; retrying with the same key returns the same case."
  idempotencyKey: String!
  "The applicant's name as on the identity document (an enterprise's registered name), 1–50 letters of any script, with the middle dot (·), spaces and brackets. Required where none of the shared evidence can name the applicant (REQUIRED on input.applicantName), as the licence names its holder; otherwise optional: a record naming the applicant wins, and a different declared name is noted in the decision's reasons. The same idempotency key with another name is refused (IDEMPOTENCY_KEY_REUSED)."
  applicantName: String
}`,
    `"A fee as the catalog lists it on a date."
type FeeEntry @shareable {
  itemCode: ID!
  localName: String
  charged: Boolean!
  "The ordinary amount; see variants for the others the basis sets."
  amount: Yuan
  basis: String!
  "Amounts by circumstance other than the ordinary one (丢失补领或损坏换领, 非住宅类); empty when the basis sets one amount."
  variants: [FeeVariant!]!
  "The version in force on the date asked about took effect on this day."
  effectiveFrom: Date!
}`,
    `"A page of a fee catalog's entries, by item code."
type FeeEntryPage @shareable {
  entries: [FeeEntry!]!
  "Entries in the whole catalog on its date, every page together."
  totalCount: Int!
  pageInfo: PageInfo!
}`,
    `input OpenBundleInput {
  "Code of the one-thing bundle (一件事), e.g. PROPERTY_TRANSFER."
  bundleCode: ID!
  subjectId: ID!
  "Whether subjectId names a person (PERSON) or an enterprise (ENTERPRISE). Needed only for a number valid both as a person's number and as a unified social credit code (about 1 in 340 people born in a prefecture such as 镇江 3211): without it such a number is refused (AMBIGUOUS_SUBJECT on input.subjectId). Online, the applicant's own kind is taken, and another is refused (SUBJECT_KIND_MISMATCH). Retrying with the same key as another kind is refused (IDEMPOTENCY_KEY_REUSED)."
  subjectKind: SubjectKind
  idempotencyKey: String!
  "The applicant's name as on the identity document (an enterprise's registered name), 1–50 letters of any script, with the middle dot (·), spaces and brackets. Required where none of the bundle's shared evidence can name the applicant (REQUIRED on input.applicantName), as the licence names its holder; otherwise optional: a record naming the applicant wins, and a different declared name is noted in the decision's reasons. The same idempotency key with another name is refused (IDEMPOTENCY_KEY_REUSED)."
  applicantName: String
}`,
    `input CommitmentInput {
  materialCode: String!
  type: CommitmentType!
}`,
    `input SubmitCaseInput {
  caseId: ID!
  "Retrying with the same key returns the case as that submission left it; two submissions decide once."
  idempotencyKey: String!
  "Codes of the item's materials handed in on paper or uploaded (M01, …). For a bundle, each with its item, as an item's codes are its own: 100101001000:M03."
  providedMaterials: [String!]
  "Document types handed in once for all items of a bundle (IDENTITY_DOCUMENT, PROPERTY_CERTIFICATE, TRANSFER_CONTRACT, …)."
  providedDocuments: [String!]
  "Commitments the applicant signs: to supply a material later (容缺) or in place of a proof (告知承诺). For a bundle, each material with its item (100101001000:M03)."
  commitments: [CommitmentInput!]
  "The applicant's name as on the identity document the clerk holds (an enterprise's registered name), as for openCase: typed at submission where no record the case may use names the applicant (else refused, APPLICANT_NAME_MISSING) — the applicant refused the record that does, or its province had none. From this submission on it is the case's declared name (for a bundle, its items' too), in place of one declared at opening; a record naming the applicant still wins. Part of what the submission sent: the same idempotency key with another name is refused (IDEMPOTENCY_KEY_REUSED)."
  applicantName: String
}`,

  ].join('\n\n');
}

/**
 * The province subgraph schema, written once: every province serves the same interfaces
 * through its own region-named entity types, which the hub routes to by value.
 */
export function provinceTypeDefs(region: RegionDefinition): string {
  const names = provinceTypeNames(region);
  const subjectFields = `  "Resident identity number or unified social credit code."
  id: ID!
  region: Region!
  "The records this province holds about the subject, normalised; only the subject themselves may read them."
  records(kinds: [EvidenceKind!]): [EvidenceRecord!]!
  "Who read, or tried to read, the subject's records and cases in this province (newest first); only the subject may list it. before: the id of the oldest entry shown (JIANGSU-3), for the entries older than it; to page several provinces at once, each one's oldest id shown, comma-separated (SHANGHAI-120,JIANGSU-33) — a province the cursor does not name then answers with none (its entries were all shown)."
  accessLog(first: Int = 50, before: ID): [AccessLogEntry!]!
  "我的办件: the subject's own cases filed in this province (bundles and single cases; a bundle's items come with it), newest first; only the subject may list them. first: how many (10 unless asked, at most 50). before: the number of the oldest case shown (3220261126000017), for the cases filed before it; to page several provinces at once, each one's oldest number shown, comma-separated (3120261127000003,3220261126000017) — a province the cursor does not name then answers with none (its cases were all shown)."
  cases(first: Int = 10, before: ID): [Case!]!
  "涉企信息公示: an enterprise's penalties, listings, inspection results, registration and licences held here, open to anyone (public fields only, unless it is the enterprise asking)."
  publicDisclosure: [EvidenceRecord!]!`;
  const implementationFields = `  "Basic code of the standard item."
  standardCode: ID!
  region: Region!
  "Whether this province implements the standard item at all."
  offered: Boolean!
  localCode: String
  localName: String
  "实施编码: implementing body's credit code + basic code + situation."
  implementationCode: String
  implementingBody: String
  promisedTimeLimit: TimeLimit
  fee: Fee
  places: [ServicePlace!]!
  hours: String
  onlineUrl: String
  visitsRequired: Int
  "Handled cross-region (长三角通办) in this province."
  crossRegion: Boolean!
  "容缺受理 offered in this province."
  tolerantAcceptance: Boolean!
  "告知承诺 offered in this province."
  commitmentSystem: Boolean!`;
  const caseFields = `  "Case number: filing province (2 digits), date (8), daily sequence (6)."
  id: ID!
  region: Region!
  "The standard item; null for a one-thing bundle (一件事), whose items are its cases'."
  item: StandardItem
  "The one-thing bundle this case is, by code (see Query.bundles); null for a single item."
  bundleCode: ID
  "The one-thing bundle this case is, with its name and items (from the hub); null for a single item."
  bundle: ItemBundleView
  subjectId: ID!
  subjectKind: SubjectKind!
  status: CaseStatus!
  channel: CaseChannel!
  openedAt: DateTime!
  openedBy: CaseActorView!
  "数据调取授权: the applicant's authorisation to ask the holding provinces for her records for this case (a bundle's items carry the bundle's); null until she gives it (authoriseEvidence) and, on a case still gathering evidence, once it passed its validUntil (she gives it again: lapsedAuthorisation says when it lapsed), and meanwhile no province is asked. Opening a case, or asking for its evidence, does not authorise it. Every evidence request carries her authoriseEvidence, as the gateway signed it, for the holding province to verify. A case past gathering shows the one it had."
  authorisation: CaseAuthorisationView
  "Her authorisation that lapsed on a case still gathering evidence (authorisation is then null until she gives it again); null otherwise."
  lapsedAuthorisation: CaseAuthorisationView
  "The kinds of evidence requestEvidence without kinds asks the holding provinces for on this case — a bundle's item: on its bundle, for all its items — as the one reading would ask: what the item's (the bundle's items') decisions read, once each, less the credit records read only to decide whether 容缺 or 告知承诺 may be used (asked for by name when she uses them) and, for anyone but the applicant, less what she refused on the case. What her authorisation card lists (数据调取授权). Null, with an error, while the item standard cannot be read (the hub is unavailable)."
  evidenceToRequest: [EvidenceKind!]
  evidenceRequests: [EvidenceRequestView!]!
  "Evidence handed in and verified, with the applicant's decisions."
  evidence: [CaseEvidence!]!
  "The evidence a decision may use: accepted by the applicant and not expired. Rejected evidence is never here."
  usableEvidence: [CaseEvidence!]!
  "The holding provinces' signed answers received so far."
  evidenceAnswers: [EvidenceAnswerView!]!
  "What the item asks for and how each material can be satisfied here."
  requirements: [RequirementView!]!
  "秒填: the application form pre-filled from the evidence (the applicant checks it instead of typing it)."
  form: [FormFieldView!]!
  statusHistory: [CaseEventView!]!
  submittedAt: DateTime
  decision: CaseDecisionView
  "撤销: for a REVOKED case, who revoked its approval, when and why (a failed 告知承诺 post-check's findings). The decision stays the approval as it was given, its remedy against the revocation. Null for any other case."
  revocation: CaseRevocationView
  "容缺: when the deferred materials are due."
  deadline: DateTime
  commitments: [CommitmentView!]!
  "告知承诺: the post-check of an approval given on a commitment."
  postCheck: PostCheckStatus
  "受审分离: why the signed-in clerk may not take the decision this case waits for — they accepted it — opened it, or submitted it at a window — (its review) or approved it (its post-check); null when no such bar applies."
  decisionBlockedReason: String
  "The electronic licence the case ended with."
  licence: ElectronicLicenceRecord
  "A one-thing bundle (一件事): one application, linked sub-cases, one status."
  isBundle: Boolean!
  bundleId: ID
  "The sub-cases of a bundle."
  cases: [Case!]!
  "联动过户: the bundle's items this province passes on to the enterprises that carry them out instead of opening a case for them, in the bundle's order, each with where it stands (its moves are in the bundle's statusHistory too). Empty for a single item, and for a bundle whose items are all handled here."
  passedOn: [PassedOnItem!]!
`;
  const sourceFields = `  "The signed evidence request."
  request: ID!
  "The holding province answering."
  region: Region!
  "The records released for the request; a refused request is a FORBIDDEN error naming the reason."
  released: [ReleasedEvidence!]!
  "The holder's signed answer to the request as a whole (which records, possibly none), encrypted to the filing province (a compact JWE around the JWS: the client reads neither the records nor their ids): hand it in with the evidence."
  receipt: String!`;
  const queueFields = `  region: Region!
  "Cases waiting for a clerk's decision (oldest first)."
  inReview(first: Int = 50, after: ID): [Case!]!
  "Approvals given on a commitment, waiting for their post-check."
  pendingPostChecks(first: Int = 50, after: ID): [Case!]!
  "容缺受理 cases waiting for the materials their applicants promised to hand in (oldest first), each with its deadline and commitments: where a clerk finds the case when the applicant comes back with the material but not its number. A case past its deadline is terminated before the list is read, never listed."
  awaitingMaterials(first: Int = 50, after: ID): [Case!]!`;
  const ticketFields = `  "Carries the province (first two digits) and the day."
  id: ID!
  region: Region!
  placeId: ID!
  placeName: String!
  itemCode: ID!
  "A001, A002, … per place and day."
  number: String!
  "EXPIRED once its place has closed on its day without calling it (过号): a new number is taken the next day."
  status: TicketStatus!
  "People still waiting ahead while it is WAITING; null once it is called, cancelled or expired (it has no place in the queue)."
  position: Int
  estimatedWaitMinutes: Int!
  takenAt: DateTime!
  "When a window called the number (null until it is called)."
  calledAt: DateTime
  "The window (窗口) that called the number, where its holder is to go, by the name the window signs in with (WJ-CSJ-01); null until it is called. No clerk is named."
  calledWindow: String
  "Only when the number is taken: lets an anonymous holder cancel it."
  cancelCode: String
  "Who took the number (实名取号): to the holder, her own number whole; to a clerk of the division the place is in (the windows that call its numbers), a person's number masked, to check the identity card of whoever comes with the number; null to anyone else."
  holder: QueueHolder`;
  const feeCatalogFields = `  date: Date!
  region: Region!
  "The fee of one item on the date (a NOT_FOUND error when the catalog has no record that early)."
  item(code: ID!): FeeEntry
  "Every item the province lists, at most 100 a page; after is the last itemCode of the page before (kept for published clients: entryPage has totalCount and cursors)."
  entries(first: Int = 50, after: ID): [FeeEntry!]!
  "Every item the province lists on the date, by item code, at most 100 a page; the next page with after: its pageInfo.endCursor (a cursor of another list is BAD_USER_INPUT, INVALID_CURSOR; of another province's catalog, CURSOR_MISMATCH)."
  entryPage(first: Int = 50, after: String): FeeEntryPage!
  "联动过户: the items the province passes on, within a one-thing bundle, to the enterprises that carry them out instead of handling them (public). None of them is in its fee catalog: the province charges nothing for them (what an enterprise charges is its own). As the province passes them on now, whatever the date asked about."
  passedOnItems: [PassedOnItemInfo!]!`;
  const otherSources = REGIONS.filter((other) => other.code !== region.code)
    .map(
      // Other provinces' answers: the key only; the other fields (external) satisfy the interface.
      (other) => `type ${provinceTypeNames(other).evidenceSource} implements EvidenceSource @key(fields: "request", resolvable: false) {
  request: ID!
  region: Region! @external
  released: [ReleasedEvidence!]! @external
  receipt: String! @external
}`,
    )
    .join('\n\n');

  return [
    federationLink(['@key', '@shareable', '@external', '@inaccessible']),
    commonTypeDefs(),
    recordTypeDefs(),
    serviceMapTypeDefs(),
    exchangeTypeDefs(),
    `"A subject (person or enterprise) as one province knows it."
interface RegionalSubject {
${subjectFields}
}`,
    `type ${names.subject} implements RegionalSubject @key(fields: "id") {
${subjectFields}
}`,
    `"A service hall or window where an item is handled."
type ServicePlace @shareable {
  "Its id on the 7×24 map (32-HALL-00003), as takeQueueNumber(placeId:) takes it."
  id: ID!
  name: String!
  address: String!
  divisionCode: String!
  phone: String!
}`,
    `"A province's implementation (实施清单 entry) of a standard item."
interface ItemImplementation {
${implementationFields}
}`,
    `type ${names.implementation} implements ItemImplementation @key(fields: "standardCode") {
${implementationFields}
}`,
    `type StandardItem @key(fields: "code", resolvable: false) {
  code: ID!
}`,
    `type ItemBundleView @key(fields: "code", resolvable: false) {
  code: ID!
}`,
    `"A case (办件) filed in a province."
interface Case {
${caseFields}
}`,
    `type ${names.caseFile} implements Case @key(fields: "id") @key(fields: "caseRef") {
  "The hub's routing key for case(id:): the case number (internal)."
  caseRef: ID! @inaccessible
${caseFields}
}`,
    `"A holding province's answer to one evidence request (the request is the key)."
interface EvidenceSource {
${sourceFields}
}`,
    `type ${names.evidenceSource} implements EvidenceSource @key(fields: "request") {
${sourceFields}
}`,
    otherSources,
    `# ${region.name}'s records of an enterprise for policy matching (政策兑现), for the hub only; the enterprise alone may ask.
type PolicyCheck @key(fields: "subjectId") {
  subjectId: ID!
  ${profileRecordsField(region.subgraphName)}: [EvidenceRecord!] @inaccessible
}`,
    `# ${region.name}'s disclosed records of an enterprise (涉企信息公示), for the hub's aggregate (described there).
type CreditDisclosure @key(fields: "enterpriseId") {
  enterpriseId: ID!
  ${disclosedRecordsField(region.subgraphName)}: [EvidenceRecord!] @inaccessible
}`,
    `# ${region.name}'s nearest places offering an item, for one map search (the key carries the point, the item and how many).
type ServiceMapSearch @key(fields: "key") {
  key: ID!
  ${candidatesField(region.subgraphName)}: [MapPlaceHit!] @inaccessible
}`,
    `"An online queue number (在线排号) at a service place."
interface QueueTicket {
${ticketFields}
}`,
    `type ${names.queueTicket} implements QueueTicket @key(fields: "id") {
${ticketFields}
}`,
    `"A province's fee catalog (收费目录) as it stood on a date."
interface FeeCatalog {
${feeCatalogFields}
}`,
    `type ${names.feeCatalog} implements FeeCatalog @key(fields: "date") {
${feeCatalogFields}
}`,
    `"A province's local guidance on an entry of the national negative list (it may add guidance, never entries)."
interface AccessGuidance {
  entryCode: ID!
  region: Region!
  "Null when the province gives no local guidance for the entry."
  localGuidance: String
}`,
    `type ${names.accessGuidance} implements AccessGuidance @key(fields: "entryCode") {
  entryCode: ID!
  region: Region!
  localGuidance: String
}`,
    `"A province's queue of cases for its window staff."
interface ReviewQueue {
${queueFields}
}`,
    `type ${names.reviewQueue} implements ReviewQueue @key(fields: "region") {
${queueFields}
}`,
    `"Cases filed in ${region.name}."
type ${names.mutations} {
  "Open a case for a standard item (a window clerk of this province, or the applicant online)."
  openCase(input: OpenCaseInput!): ${names.caseFile}!
  "数据调取授权: the applicant authorises the province to ask the holding provinces for her records for this case — on her phone at the window, or online before her own 调取, signed in as herself (an enterprise as itself) — naming the case and its item (itemCode: the item's code, a bundle's code for a one-thing bundle; another: BAD_USER_INPUT, reason NOT_THE_CASE_ITEM). This request of hers, as the gateway signed it, travels with every evidence request for the case, and the holding provinces verify it themselves: they release only for that case and item, within 30 days of it. Only she can (a clerk: FORBIDDEN, reason NOT_THE_SUBJECT); a bundle is authorised whole (an item alone: BAD_USER_INPUT, reason PART_OF_BUNDLE); a case already submitted or withdrawn cannot be (CONFLICT; one she authorised answers with the case as it is). Authorising it again while it gathers (a retry, or anew once it lapsed) records her latest word."
  authoriseEvidence(caseId: ID!, itemCode: ID!): ${names.caseFile}!
  "Ask the holding provinces for the case's evidence: the item's evidence kinds unless kinds are given. Only under the applicant's authorisation (Case.authorisation, authoriseEvidence): before it, or once it lapsed, anyone's request is refused — the applicant's own too (FORBIDDEN, reason AUTHORISATION_REQUIRED) — and no province is asked."
  requestEvidence(caseId: ID!, kinds: [EvidenceKind!]): EvidenceGathering!
  "Hand in evidence released by holding provinces; each piece is verified before the case keeps it."
  collectEvidence(caseId: ID!, tokens: [String!]!): [EvidenceVerification!]!
  "The applicant accepts or rejects one piece of evidence after previewing it; only the applicant may accept it, a clerk may only record a refusal. Rejected evidence is never used."
  decideEvidence(caseId: ID!, evidenceId: ID!, decision: EvidenceDecision!): CaseEvidence!
  "Open a one-thing bundle (一件事): one application, a linked sub-case per item this province handles. An item it passes on to an enterprise (联动过户: the utility transfers, where a utility carries them out) gets no case: it is in the bundle's passedOn, waiting for the item it follows. Any other item not handled here refuses the bundle (BAD_USER_INPUT, reason ITEM_NOT_HANDLED)."
  openBundle(input: OpenBundleInput!): ${names.caseFile}!
  "Submit a case (or a whole bundle): 秒批 by the rules, or to a clerk, or 容缺 acceptance; waits while a holding province has not answered."
  submitCase(input: SubmitCaseInput!): ${names.caseFile}!
  "容缺: a clerk of the filing province confirms a deferred material was handed in; once all are, the case is decided. The applicant cannot confirm it. Confirming it again (a retry) answers with the case as it stands, and decides it if that could not be done before."
  supplyMaterial(caseId: ID!, materialCode: String!): ${names.caseFile}!
  "Withdraw (撤回) a case not yet decided or accepted for decision (OPEN or AWAITING_EVIDENCE; else CONFLICT, reason NOT_WITHDRAWABLE): the applicant herself, or a clerk of this province at her request (then reason is required). A bundle is withdrawn whole, with its items (an item alone: CONFLICT, reason PART_OF_BUNDLE), and its pass-ons are cancelled. The evidence gathered for it is erased and no longer used or shown. Withdrawing it again (a retry) answers with the case as withdrawn."
  withdrawCase(caseId: ID!, reason: String): ${names.caseFile}!
  "A clerk's decision on a case in review; rejecting needs a reason. Not by the clerk who accepted the case — opened it, or submitted it at a window (受审分离: FORBIDDEN, reason SEPARATION_OF_DUTIES). The same clerk sending the same decision again (a retry) gets the case as decided."
  reviewCase(
    caseId: ID!
    decision: ReviewDecision!
    reason: String
    "Where no record of the case names the applicant (a case submitted before names were declared), the name an approval's licence gives its holder; refused as REQUIRED without it."
    applicantName: String
  ): ${names.caseFile}!
  "A clerk's post-check of an approval given on a commitment; a failed check revokes it and writes a credit record. Not by the clerk who approved it (受审分离: FORBIDDEN, reason SEPARATION_OF_DUTIES). The same clerk sending the same check again (a retry) gets the case as checked."
  completePostCheck(caseId: ID!, passed: Boolean!, note: String!): ${names.caseFile}!
  "Take a queue number for an item at a place of this province; a retry with the same key returns the same ticket."
  takeQueueNumber(placeId: ID!, itemCode: ID!, idempotencyKey: String!): ${names.queueTicket}!
  "Cancel a waiting number: its holder, or anyone with the cancel code it came with. Cancelling it again (a retry) answers with the cancelled number; a called number cannot be cancelled."
  cancelQueueNumber(ticketId: ID!, cancelCode: String): ${names.queueTicket}!
  "A window of this province calls the next waiting number at a place of its own division (null when nobody waits while the place is open; at a place not open — after its closing, before its opening, a day off, a lunch break — with nobody to call: BAD_USER_INPUT, reason PLACE_CLOSED, with opensAt); a retry with the same key returns the number that call called."
  callNextNumber(placeId: ID!, idempotencyKey: String!): ${names.queueTicket}
}`,
    `type Mutation {
  "Writes to ${region.name} (the province where the case is filed)."
  ${names.mutationField}: ${names.mutations}!
}`,
  ].join('\n\n');
}
