import { cacheControlTypeDefs } from '@yrd/shared/graphql/cacheControlTypeDefs';
import { commonTypeDefs, federationLink } from '@yrd/shared/graphql/commonTypeDefs';
import { enumSdl, labelledEnumSdl } from '@yrd/shared/graphql/enumSdl';
import { serviceMapTypeDefs } from '@yrd/shared/graphql/serviceMapTypeDefs';
import { recordTypeDefs } from '@yrd/shared/provinceKit/recordTypeDefs';
import { publicServiceTypeDefs } from './publicServices/publicServiceTypeDefs.ts';
import { provinceTypeNames } from '@yrd/shared/provinceKit/provinceTypeDefs';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import {
  AUDIENCES,
  CASE_TYPES,
  CHANNELS,
  EXERCISE_LEVELS,
  ITEM_STATUSES,
  ITEM_TYPES,
  MATERIAL_FORMATS,
  MATERIAL_NECESSITIES,
  MATERIAL_TYPES,
  POWER_SOURCES,
} from '@yrd/shared/standard/codeTables';

/**
 * How long the gateway may reuse the hub's routing of a subject for one caller. The routing is
 * worked out from the number alone (holdingRegions.ts: every province for a person, the
 * registering one for an enterprise), so it changes only with a new release of the hub; the
 * scope is PRIVATE because whether a caller may ask at all is hers (a holder asking about her
 * own number as the other kind is refused — and a refusal, an error, is never cached).
 */
export const ROUTING_MAX_AGE_SECONDS = 300;

/**
 * The hub's schema: the item standard, the directory of regions and code tables, and the
 * routing of a subject or an item to typed per-province stubs. The hub declares each
 * region's entity types with only their key (resolvable: false): the gateway then fetches
 * exactly the provinces the hub names, in parallel.
 */
export function catalogTypeDefs(): string {
  const subjectStubs = REGIONS.map(
    (region) => `type ${provinceTypeNames(region).subject} implements RegionalSubject @key(fields: "id", resolvable: false) {
  id: ID!
}`,
  ).join('\n\n');
  // The stub carries a routing key only, and the hub's Case interface no other field: `id` and
  // everything else are the province's, so any selection of a case — even of its id alone —
  // reaches the province, which answers whether it exists. (Not `id @external` on the stub:
  // Hive Gateway's planner cannot plan an interface field external in the only subgraph
  // that returns the interface.)
  const caseStubs = REGIONS.map(
    (region) => `type ${provinceTypeNames(region).caseFile} implements Case @key(fields: "caseRef", resolvable: false) {
  caseRef: ID! @inaccessible
}`,
  ).join('\n\n');
  const queueStubs = REGIONS.map(
    (region) => `type ${provinceTypeNames(region).reviewQueue} implements ReviewQueue @key(fields: "region", resolvable: false) {
  region: Region!
}`,
  ).join('\n\n');
  const sourceStubs = REGIONS.map(
    (region) => `type ${provinceTypeNames(region).evidenceSource} implements EvidenceSource @key(fields: "request", resolvable: false) {
  request: ID!
}`,
  ).join('\n\n');
  const implementationStubs = REGIONS.map(
    (region) => `type ${provinceTypeNames(region).implementation} implements ItemImplementation @key(fields: "standardCode", resolvable: false) {
  standardCode: ID!
}`,
  ).join('\n\n');

  return [
    federationLink(['@key', '@shareable', '@external', '@requires', '@inaccessible']),
    commonTypeDefs(),
    cacheControlTypeDefs(),
    recordTypeDefs(),
    serviceMapTypeDefs(),
    enumSdl('ItemType', ITEM_TYPES),
    enumSdl('ExerciseLevel', EXERCISE_LEVELS),
    enumSdl('Audience', AUDIENCES),
    enumSdl('CaseType', CASE_TYPES),
    enumSdl('Channel', CHANNELS),
    enumSdl('MaterialNecessity', MATERIAL_NECESSITIES),
    enumSdl('MaterialType', MATERIAL_TYPES),
    enumSdl('MaterialFormat', MATERIAL_FORMATS),
    enumSdl('PowerSource', POWER_SOURCES),
    enumSdl('ItemStatus', ITEM_STATUSES),
    // Labelled in Chinese as every enum of the schema is (enumLabels serves them to apps); what each means is in the enum's description.
    labelledEnumSdl(
      'RuleQuantifier',
      { ANY: '至少一条记录满足全部条件', NONE: '没有任何记录满足全部条件', ALL: '有记录，且每条记录均满足全部条件' },
      'How a rule reads the records of its kind: ANY — at least one record meets every condition; NONE — no record does; ALL — there is a record, and every one does.',
    ),
    labelledEnumSdl('ConditionOperator', {
      EQ: '等于',
      NE: '不等于',
      GT: '大于',
      GTE: '不小于',
      LT: '小于',
      LTE: '不大于',
      IN: '属于其中之一',
      CONTAINS: '包含',
      STARTS_WITH: '以其开头',
    }),
    `

type Query {
  "A standard item by its 12-digit basic code. Unknown codes are a NOT_FOUND error."
  item(code: ID!): StandardItem
  "Standard items, filtered and paged by cursor (at most 100 a page)."
  items(filter: ItemFilter, first: Int = 20, after: String): StandardItemConnection!
  "The subject of a resident identity number or unified social credit code, routed to the provinces holding its records."
  subject(id: ID!, kind: SubjectKind): Subject! @cacheControl(maxAge: ${ROUTING_MAX_AGE_SECONDS}, scope: PRIVATE)
  "Several subjects at once (at most 200); the provinces are asked once each for all of them."
  subjects(ids: [ID!]!, kind: SubjectKind): [Subject!]! @cacheControl(maxAge: ${ROUTING_MAX_AGE_SECONDS}, scope: PRIVATE)
  "The provinces of the federation."
  regions: [RegionInfo!]!
  "A GB/T 2260 division code, current or retired."
  division(code: ID!): Division
  "The national code tables behind the schema's enums."
  codeTables: [CodeTable!]!
  "The Chinese labels of the schema's coded values (CaseStatus, EvidenceKind, AuditEvent, …), for clients that cannot introspect (production): the enums named, or all."
  enumLabels(names: [String!]): [LabelledEnum!]!
  "A case by its number, routed to the province that filed it (the first two digits). Every field of the case, its id included, is the province's answer: a number no case has is refused there (NOT_FOUND to its clerks, the same refusal as someone else's case to anyone else). Selecting only __typename does not reach the province, and so does not check that the number exists."
  case(id: ID!): Case
  "The caller, as the gateway established it: a citizen or enterprise reaches their own records and access history through subject."
  me: Me!
  "The members of the federation and their public keys, as the hub signs them (also served signed at /trust-list)."
  trustList: TrustListView!
  "A window clerk's own province's queue: cases waiting for a person, and commitments waiting for their post-check."
  reviewQueue: ReviewQueue!
  "The one-thing bundles (一件事一次办)."
  bundles: [ItemBundleView!]!
  "A one-thing bundle by its code. Unknown codes are a NOT_FOUND error."
  bundle(code: ID!): ItemBundleView
  "Present signed evidence requests (e.g. again, after a province was down) to the provinces they are addressed to (at most 20)."
  evidenceSources(requests: [String!]!): [EvidenceSource]!
}

"A holding province's answer to one evidence request (the request is the key)."
interface EvidenceSource {
  request: ID!
}

${sourceStubs}

"A province's queue of cases for its window staff."
interface ReviewQueue {
  region: Region!
}

${queueStubs}

type Me {
  kind: CallerKind!
  "A citizen's or enterprise's own subject, routed to the provinces holding its records."
  subject: Subject
  operator: OperatorIdentity
}

type OperatorIdentity {
  region: Region!
  division: String!
  window: String!
  operatorId: String!
}

type TrustListView {
  issuer: String!
  issuedAt: DateTime!
  expiresAt: DateTime!
  members: [TrustedMemberView!]!
}

type TrustedMemberView {
  member: String!
  role: String!
  region: Region
  keys: [TrustedKeyView!]!
}

type TrustedKeyView {
  kid: ID!
  createdAt: DateTime!
  retiredAt: DateTime
  verifyUntil: DateTime
}

"A case (办件) filed in a province."
interface Case {
  caseRef: ID! @inaccessible
}

${caseStubs}

input ItemFilter {
  "Chinese substring of the item name or of a colloquial keyword (1–50 characters)."
  text: String
  audience: Audience
  type: ItemType
  crossRegion: Boolean
  instantApproval: Boolean
}

type StandardItemConnection {
  edges: [StandardItemEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type StandardItemEdge {
  cursor: String!
  node: StandardItem!
}

"A standard item (标准事项) of the YRD catalog, with the national catalog's fields."
type StandardItem @key(fields: "code") {
  "Basic code: item type (2) + main item (4) + sub-item (3) + situation (3)."
  code: ID!
  name: String!
  keywords: [String!]!
  type: ItemType!
  status: ItemStatus!
  version: String!
  department: String!
  legalBasis: String!
  powerSource: PowerSource!
  exerciseLevels: [ExerciseLevel!]!
  audiences: [Audience!]!
  caseType: CaseType!
  statutoryTimeLimit: TimeLimit!
  promisedTimeLimit: TimeLimit!
  acceptanceConditions: String!
  process: [String!]!
  fee: Fee!
  visitsRequired: Int!
  channels: [Channel!]!
  materials: [StandardMaterial!]!
  "Evidence kinds a case for this item gathers from the holding provinces instead of paper (无证明)."
  evidenceKinds: [EvidenceKind!]!
  "The items whose electronic licences (E_LICENCE) a case for this item gathers: the licenceOf of its materials. A holding province releases no other licence for it."
  evidenceLicences: [ID!]!
  "秒批: decided automatically when every approval rule passes."
  instantApproval: Boolean!
  approvalRules: [ApprovalRule!]!
  "容缺受理: some material may be supplied after acceptance."
  tolerantAcceptance: Boolean!
  "告知承诺: some proof may be replaced by a written commitment."
  commitmentSystem: Boolean!
  "Part of the YRD cross-region (一网通办) list."
  crossRegion: Boolean!
  "属地管辖: the item is about a place (不动产登记, 水电气网过户) and is handled where the place is, for any applicant, including one from another province on an item the province does not handle cross-region (《不动产登记暂行条例》第七条)."
  territorial: Boolean!
  effectiveFrom: Date!
  cancelOn: Date
  licence: LicenceDefinitionView!
  "Each province's implementation of the item, side by side (null where a province failed to answer)."
  implementations: [ItemImplementation]!
}

type StandardMaterial {
  code: String!
  name: String!
  necessity: MaterialNecessity!
  type: MaterialType!
  format: MaterialFormat!
  copies: Int!
  "无证明: the evidence kind a holding province releases instead of this paper."
  replacedBy: EvidenceKind
  "For a material replaced by an electronic licence (E_LICENCE): the item whose licence stands for it (the licence's itemCode). Only a valid licence of that item covers the material."
  licenceOf: ID
  "告知承诺: a written commitment may replace this proof."
  commitmentAllowed: Boolean!
  "容缺: how long after acceptance this material may be supplied, where the standard states it; otherwise the province's promised time limit (at least one working day)."
  supplyWithin: TimeLimit
  "The kind of document, where one document serves several items of a bundle (IDENTITY_DOCUMENT, PROPERTY_CERTIFICATE, …)."
  documentType: String
  note: String
}

"The electronic licence (电子证照, GB/T 36904) a case for the item ends with."
type LicenceDefinitionView {
  "Defining authority's unified social credit code + 3-digit sequence."
  typeCode: String!
  name: String!
  validityDays: Int
}

"一件事一次办: items applied for together, with one application."
type ItemBundleView @key(fields: "code") {
  code: ID!
  name: String!
  description: String!
  items: [StandardItem!]!
  "Every evidence kind any of its items needs."
  evidenceKinds: [EvidenceKind!]!
  "Every item whose electronic licences any of its items needs (see StandardItem.evidenceLicences)."
  evidenceLicences: [ID!]!
}

"An instant-approval rule: a predicate over normalised evidence."
type ApprovalRule {
  code: String!
  description: String!
  evidenceKind: EvidenceKind!
  quantifier: RuleQuantifier!
  conditions: [RuleCondition!]!
}

type RuleCondition {
  field: String!
  operator: ConditionOperator!
  "The compared value, JSON-encoded (a string, number, boolean, null or list; or an object with daysFromDecisionDay n, a date n days from the day the rule is decided on)."
  value: String!
  "Also met where the field is null (an open end: a listing with no publicUntil is public until removed)."
  orNull: Boolean!
}

"A subject as the hub routes it: which provinces hold its records. Worked out from the number alone: the gateway may reuse it for the same caller for a few minutes (@cacheControl)."
type Subject {
  id: ID!
  kind: SubjectKind!
  "For an enterprise: the province whose authority registered it (from the credit code)."
  registeringRegion: Region
  "The provinces holding the subject's records: all of them for a person, the registering one for an enterprise. Null where a province failed to answer."
  regions: [RegionalSubject]! @cacheControl(maxAge: ${ROUTING_MAX_AGE_SECONDS}, scope: PRIVATE)
  "Every province, whatever the subject: for records any authority may hold, such as credit records."
  allRegions: [RegionalSubject]! @cacheControl(maxAge: ${ROUTING_MAX_AGE_SECONDS}, scope: PRIVATE)
}

interface RegionalSubject {
  id: ID!
}

${subjectStubs}

interface ItemImplementation {
  standardCode: ID!
}

${implementationStubs}

type RegionInfo {
  code: Region!
  name: String!
  abbreviation: String!
  divisionCode: String!
  divisionPrefix: String!
}

type Division {
  code: ID!
  name: String!
  current: Boolean!
  "For a retired code: the code that replaced it."
  successor: String
  region: Region
}

type CodeTable {
  name: String!
  entries: [CodeTableEntry!]!
}

"An enum of the schema with the Chinese label of each of its values."
type LabelledEnum {
  name: String!
  values: [EnumValueLabel!]!
}

type EnumValueLabel {
  value: String!
  label: String!
}

type CodeTableEntry {
  value: String!
  code: String!
  label: String!
}`,
    publicServiceTypeDefs(),
  ].join('\n\n');
}
