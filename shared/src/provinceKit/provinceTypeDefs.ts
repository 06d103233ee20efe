import { REGIONS, type RegionDefinition } from '../regions/regionRegistry.ts';
import { commonTypeDefs, federationLink } from '../graphql/commonTypeDefs.ts';
import { labelledEnumSdl } from '../graphql/enumSdl.ts';
import { recordTypeDefs } from './recordTypeDefs.ts';

/** Names of the region-named types of a province subgraph. */
export function provinceTypeNames(region: RegionDefinition) {
  return {
    subject: `${region.typePrefix}Subject`,
    implementation: `${region.typePrefix}ItemImplementation`,
    caseFile: `${region.typePrefix}Case`,
    evidenceSource: `${region.typePrefix}EvidenceSource`,
    mutations: `${region.typePrefix}Mutations`,
    mutationField: region.subgraphName,
  } as const;
}

/** Types every province declares identically (value types, @shareable). */
function exchangeTypeDefs(): string {
  return [
    labelledEnumSdl('CaseStatus', { OPEN: '已受理，收集材料中' }),
    labelledEnumSdl('CaseChannel', { WINDOW: '窗口办理', ONLINE: '网上办理' }),
    labelledEnumSdl('CaseActorKind', { OPERATOR: '窗口工作人员', APPLICANT: '申请人本人' }),
    labelledEnumSdl('EvidenceStatus', { PENDING_PREVIEW: '待申请人确认', ACCEPTED: '申请人已确认使用', REJECTED: '申请人拒绝使用' }),
    labelledEnumSdl('EvidenceDecision', { ACCEPT: '确认使用', REJECT: '拒绝使用' }),
    labelledEnumSdl('AuditEvent', {
      EVIDENCE_RELEASED: '提供了材料',
      EVIDENCE_REFUSED: '拒绝提供材料',
      RECORDS_REFUSED: '拒绝查询个人记录',
      EVIDENCE_REJECTED: '拒收未通过校验的材料',
      DIRECT_CALL_REFUSED: '拒绝未经网关的访问',
    }),
    labelledEnumSdl('AuditOutcome', { RELEASED: '已提供', REFUSED: '已拒绝', REJECTED: '已拒收' }),
    `"Who acts on a case: a clerk at a window, or the applicant online."
type CaseActorView @shareable {
  kind: CaseActorKind!
  region: Region
  division: String
  window: String
  operatorId: String
  subjectId: String
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
  id: ID!
  at: DateTime!
  "The province that holds the data and wrote the entry."
  region: Region!
  event: AuditEvent!
  outcome: AuditOutcome!
  reason: String
  actor: AuditActor!
  caseId: ID
  itemCode: ID
  kinds: [EvidenceKind!]!
  recordIds: [ID!]!
}`,
    `"An evidence request a case's province issued to one holding province."
type EvidenceRequestView @shareable {
  id: ID!
  holder: Region!
  kinds: [EvidenceKind!]!
  issuedAt: DateTime!
  expiresAt: DateTime!
  "The signed request (compact JWS); the holding province verifies it before releasing anything."
  token: String!
}`,
    `"A record released by its holding province for one case, signed by that province."
type ReleasedEvidence @shareable {
  "The signed evidence (compact JWS) to hand in to the case's province."
  token: String!
  kind: EvidenceKind!
  recordId: ID!
  issuer: Region!
  issuedAt: DateTime!
  expiresAt: DateTime!
  "The record, for the applicant's preview."
  record: EvidenceRecord!
}`,
    `"Verified evidence held by a case, waiting for or carrying the applicant's decision."
type CaseEvidence @shareable {
  id: ID!
  issuer: Region!
  kind: EvidenceKind!
  recordId: ID!
  status: EvidenceStatus!
  receivedAt: DateTime!
  expiresAt: DateTime!
  decidedAt: DateTime
  decidedBy: CaseActorView
  record: EvidenceRecord!
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
  "Chosen by the window or app; retrying with the same key returns the same case."
  idempotencyKey: String!
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
  "Who read, or tried to read, the subject's records in this province (newest first); only the subject may list it."
  accessLog(first: Int = 50, before: ID): [AccessLogEntry!]!`;
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
  item: StandardItem!
  subjectId: ID!
  subjectKind: SubjectKind!
  status: CaseStatus!
  channel: CaseChannel!
  openedAt: DateTime!
  openedBy: CaseActorView!
  evidenceRequests: [EvidenceRequestView!]!
  "Evidence handed in and verified, with the applicant's decisions."
  evidence: [CaseEvidence!]!
  "The evidence a decision may use: accepted by the applicant and not expired. Rejected evidence is never here."
  usableEvidence: [CaseEvidence!]!`;
  const sourceFields = `  "The signed evidence request."
  request: ID!
  "The holding province answering."
  region: Region!
  "The records released for the request; a refused request is a FORBIDDEN error naming the reason."
  released: [ReleasedEvidence!]!`;
  const otherSources = REGIONS.filter((other) => other.code !== region.code)
    .map(
      // Other provinces' answers: the key only; the other fields (external) satisfy the interface.
      (other) => `type ${provinceTypeNames(other).evidenceSource} implements EvidenceSource @key(fields: "request", resolvable: false) {
  request: ID!
  region: Region! @external
  released: [ReleasedEvidence!]! @external
}`,
    )
    .join('\n\n');

  return [
    federationLink(['@key', '@shareable', '@external']),
    commonTypeDefs(),
    recordTypeDefs(),
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
    `"A case (办件) filed in a province."
interface Case {
${caseFields}
}`,
    `type ${names.caseFile} implements Case @key(fields: "id") {
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
    `"Cases filed in ${region.name}."
type ${names.mutations} {
  "Open a case for a standard item (a window clerk of this province, or the applicant online)."
  openCase(input: OpenCaseInput!): ${names.caseFile}!
  "Ask the holding provinces for the case's evidence: the item's evidence kinds unless kinds are given."
  requestEvidence(caseId: ID!, kinds: [EvidenceKind!]): EvidenceGathering!
  "Hand in evidence released by holding provinces; each piece is verified before the case keeps it."
  collectEvidence(caseId: ID!, tokens: [String!]!): [EvidenceVerification!]!
  "The applicant accepts or rejects one piece of evidence; rejected evidence is never used."
  decideEvidence(caseId: ID!, evidenceId: ID!, decision: EvidenceDecision!): CaseEvidence!
}`,
    `type Mutation {
  "Writes to ${region.name} (the province where the case is filed)."
  ${names.mutationField}: ${names.mutations}!
}`,
  ].join('\n\n');
}
