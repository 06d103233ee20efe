import { labelledEnumSdl } from '@yrd/shared/graphql/enumSdl';
import { candidatesField, disclosedRecordsField, profileRecordsField } from '@yrd/shared/provinceKit/aggregateFields';
import { provinceTypeNames } from '@yrd/shared/provinceKit/provinceTypeDefs';
import { evidenceRecordSelection } from '@yrd/shared/provinceKit/recordRepresentation';
import { DISCLOSURE_KINDS, POLICY_PROFILE_KINDS } from '@yrd/shared/publicServices/enterpriseProfile';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { DEFAULT_DISCLOSURE_PAGE, DISCLOSURE_LIST_ENUM } from './creditDisclosurePage.ts';

/** What the hub asks each province for about the places near a point. */
export const MAP_PLACE_SELECTION =
  '{ id region name kind address divisionCode latitude longitude distanceMeters open24h lunchService hours { weekdays opens closes } phone }';

/**
 * The hub's public services (issue: 办事指南, 知识库, 7×24 地图, 在线排号, 收费目录, 负面清单,
 * 政策兑现, 涉企信息公示). Where a service gathers what every province holds (the map, policy
 * matching, disclosure), the hub @requires an argument-free, @inaccessible field of each province
 * and merges the answers; where one province answers (a ticket, a fee catalog), the hub routes by
 * value to a region-named stub.
 */
export function publicServiceTypeDefs(): string {
  const stubs = (interfaceName: string, typeName: (region: (typeof REGIONS)[number]) => string, key: string, keyType: string) =>
    REGIONS.map(
      (region) => `type ${typeName(region)} implements ${interfaceName} @key(fields: "${key}", resolvable: false) {
  ${key}: ${keyType}
}`,
    ).join('\n\n');
  const requireAll = (field: (subgraphName: string) => string, selection: string) =>
    REGIONS.map((region) => `${field(region.subgraphName)} ${selection}`).join(' ');
  const externals = (field: (subgraphName: string) => string, type: string) =>
    REGIONS.map((region) => `  ${field(region.subgraphName)}: ${type} @external`).join('\n');

  const mapRequires = requireAll(candidatesField, MAP_PLACE_SELECTION);
  const profileRequires = requireAll(profileRecordsField, evidenceRecordSelection(POLICY_PROFILE_KINDS));
  const disclosureRequires = requireAll(disclosedRecordsField, evidenceRecordSelection(DISCLOSURE_KINDS));

  return [
    `extend type Query {
  "知识库搜索: items, their materials, FAQs and negative-list entries, in Chinese, colloquial phrases read as the standard's terms; ranked, at most 50 a page."
  search(text: String!, kinds: [KnowledgeKind!], first: Int = 10, after: String): KnowledgeSearchResult!
  "市场准入: whether an activity is prohibited, permitted only with an approval (and by which item), or open to all (非禁即入)."
  marketAccess(activity: String!): MarketAccessAnswer!
  "The national negative list, by code, at most 50 a page."
  negativeList(category: AccessCategory, first: Int = 20, after: String): NegativeListPage!
  "An entry of the national negative list. Unknown codes are a NOT_FOUND error."
  negativeListEntry(code: ID!): NegativeListEntryView
  "7×24 地图: the nearest places (halls, windows, 24-hour terminals) offering an item, across province borders; at most 50."
  nearestServicePlaces(latitude: Float!, longitude: Float!, itemCode: ID!, first: Int = 10): ServiceMapSearch!
  "收费目录: a province's fees as they stood on a date (today when not given); public."
  feeCatalog(region: Region!, date: Date): FeeCatalog!
  "An online queue number by its id (the first two digits name the province)."
  queueTicket(id: ID!): QueueTicket
  "政策兑现: the policies open today that the signed-in enterprise qualifies for in every province, and those it narrowly misses."
  policyMatch: PolicyCheck!
  "涉企信息公示: an enterprise's registration, licences, penalties, listings and inspection results from every province; public fields only, unless the enterprise asks. A person's number is BAD_USER_INPUT (PERSON_NUMBER)."
  creditDisclosure(enterpriseId: ID!): CreditDisclosure!
}`,
    labelledEnumSdl('KnowledgeKind', { ITEM: '事项', MATERIAL: '申请材料', FAQ: '常见问题', NEGATIVE_LIST_ENTRY: '负面清单事项' }),
    labelledEnumSdl('AccessCategory', { PROHIBITED: '禁止准入类', LICENSED: '许可准入类' }),
    labelledEnumSdl('MarketAccessVerdict', {
      PROHIBITED: '禁止准入：任何主体不得进入，也无审批可以取得',
      LICENSED: '许可准入：取得所列许可后方可进入',
      CHECK_ENTRIES: '待核对：可能须取得许可，须核对所列相关清单事项',
      FREE: '清单以外：各类经营主体皆可依法平等进入（非禁即入）',
    }),
    labelledEnumSdl('CreditDisclosureList', DISCLOSURE_LIST_ENUM, '涉企信息公示: the lists of a disclosure.'),
    labelledEnumSdl('PolicyStanding', { ELIGIBLE: '符合全部条件', UNCONFIRMED: '待各省应答后确认', NEAR_MISS: '差少数条件' }),
    `"One hit of a knowledge-base search. Highlighted texts are HTML: matches in <mark>, everything else escaped."
type KnowledgeHit {
  id: ID!
  kind: KnowledgeKind!
  title: String!
  highlightedTitle: String!
  "A window of the text around the first match."
  snippet: String!
  "bm25 relevance (larger is better); comparable within one search only."
  score: Float!
  "Every word occurs as typed; otherwise most of each long word does (ranked after the exact hits)."
  exact: Boolean!
  "The item an ITEM, MATERIAL or FAQ hit is about."
  item: StandardItem
  "The entry a NEGATIVE_LIST_ENTRY hit is."
  negativeListEntry: NegativeListEntryView
}

type KnowledgeSearchResult {
  hits: [KnowledgeHit!]!
  totalCount: Int!
  "How the text was read: itself, then its synonym rewrites (开公司 → 公司设立)."
  readings: [String!]!
  pageInfo: PageInfo!
}

"An entry of the national market-access negative list (一单尽列，单外无单)."
type NegativeListEntryView {
  code: ID!
  category: AccessCategory!
  title: String!
  description: String!
  "Activities the entry covers, in everyday words."
  activities: [String!]!
  authority: String!
  "Standard items that grant the approval a LICENSED entry requires."
  licensingItems: [StandardItem!]!
  "Each province's local guidance on the entry (a province may add guidance, never entries)."
  provinceGuidance: [AccessGuidance]!
}

type NegativeListPage {
  entries: [NegativeListEntryView!]!
  totalCount: Int!
  pageInfo: PageInfo!
}

type MarketAccessAnswer {
  activity: String!
  verdict: MarketAccessVerdict!
  "The verdict in words a clerk can read out."
  explanation: String!
  "The entries that decide the verdict."
  entries: [NegativeListEntryView!]!
  "Entries that may concern the activity but were not matched word for word: worth a look before relying on FREE."
  relatedEntries: [NegativeListEntryView!]!
}

"A province's local guidance on an entry of the national negative list (it may add guidance, never entries)."
interface AccessGuidance {
  entryCode: ID!
}

${stubs('AccessGuidance', (region) => provinceTypeNames(region).accessGuidance, 'entryCode', 'ID!')}

"A province's fee catalog (收费目录) as it stood on a date."
interface FeeCatalog {
  date: Date!
}

${stubs('FeeCatalog', (region) => provinceTypeNames(region).feeCatalog, 'date', 'Date!')}

"An online queue number (在线排号) at a service place."
interface QueueTicket {
  id: ID!
}

${stubs('QueueTicket', (region) => provinceTypeNames(region).queueTicket, 'id', 'ID!')}

"One nearest-places search on the 7×24 service map: every province answers with its nearest places; the hub merges them."
type ServiceMapSearch @key(fields: "key") {
  key: ID!
  latitude: Float!
  longitude: Float!
  item: StandardItem!
${externals(candidatesField, '[MapPlaceHit!]')}
  "The nearest places offering the item, from every province that answered, nearest first."
  places: [MapPlaceHit!]! @requires(fields: "${mapRequires}")
  "Provinces that did not answer: their places are missing from the list."
  unavailableRegions: [Region!]! @requires(fields: "${mapRequires}")
}

"政策兑现 for one enterprise, over its records in every province."
type PolicyCheck @key(fields: "subjectId") {
  subjectId: ID!
${externals(profileRecordsField, '[EvidenceRecord!]')}
  "Open policies whose every condition the enterprise meets for certain, the most generous first."
  eligible: [PolicyMatchView!]! @requires(fields: "${profileRequires}")
  "Open policies it misses no condition of, but some conditions depend on a province that did not answer (undecidedRules): confirmed once it answers. Empty when complete."
  unconfirmed: [PolicyMatchView!]! @requires(fields: "${profileRequires}")
  "Open policies it misses by at most maxMissedRules (1–3) conditions, none of them (nor an undecided one) on where it is registered; with the reasons. Only conditions the answers settle count: the others are in undecidedRules."
  nearMisses(maxMissedRules: Int = 1): [PolicyMatchView!]! @requires(fields: "${profileRequires}")
  "Provinces that did not answer."
  unavailableRegions: [Region!]! @requires(fields: "${profileRequires}")
  "False when a province did not answer: the policies whose conditions it could still decide are in unconfirmed (or are near misses with undecidedRules), never in eligible."
  complete: Boolean! @requires(fields: "${profileRequires}")
}

type PolicyMatchView {
  "The policy's item: apply for it as a case in a province that implements it."
  item: StandardItem!
  standing: PolicyStanding!
  "Every eligibility condition, met or not; passed only when met for certain (an undecided one is not passed, and its detail names the silent provinces)."
  rules: [RuleOutcome!]!
  "The conditions not met, with what is missing."
  missedRules: [RuleOutcome!]!
  "The conditions a province that did not answer could still decide either way, each with the provinces (e.g. 浙江未应答，暂无法判断). Empty when every province answered."
  undecidedRules: [RuleOutcome!]!
}

type RuleOutcome {
  code: String!
  "The condition the rule requires (企业在嘉兴市登记注册), read with passed; for a rule a silent province could still decide, what could not be checked (未能自动核验以下条件（浙江未应答，暂无法判断）：…)."
  description: String!
  evidenceKind: EvidenceKind!
  passed: Boolean!
  detail: String
}

"政策兑现: who publishes a policy and what it pays."
type PolicyView {
  publisherRegion: Region!
  publisher: String!
  "The most it pays; null for a relief without a fixed amount."
  maxAmount: Yuan
  summary: String!
  "Last day to apply."
  applyBy: Date
}

extend type StandardItem {
  "Set for a policy (政策兑现): publisher, amount, deadline. Its eligibility is the approval rules."
  policy: PolicyView
}

"涉企信息公示: one enterprise as every province discloses it, newest first; each list at most first (1–100) entries."
type CreditDisclosure @key(fields: "enterpriseId") {
  enterpriseId: ID!
${externals(disclosedRecordsField, '[EvidenceRecord!]')}
  registrations(first: Int = 20): [BusinessRegistrationRecord!]! @requires(fields: "${disclosureRequires}")
  licences(first: Int = 50): [ElectronicLicenceRecord!]! @requires(fields: "${disclosureRequires}")
  "行政处罚 in their disclosure period."
  penalties(first: Int = 50): [CreditRecord!]! @requires(fields: "${disclosureRequires}")
  "经营异常名录 and 严重失信主体名单 entries."
  listings(first: Int = 50): [CreditRecord!]! @requires(fields: "${disclosureRequires}")
  "抽查检查结果 (双随机、一公开)."
  inspections(first: Int = 50): [CreditRecord!]! @requires(fields: "${disclosureRequires}")
  unavailableRegions: [Region!]! @requires(fields: "${disclosureRequires}")
  "How many entries each list holds in all, of which it shows at most first (共 N 条): the provinces that answered disclose no more."
  totals: CreditDisclosureTotals! @requires(fields: "${disclosureRequires}")
  "One list a page at a time, to its end: first (1–100) entries after the cursor a page gave as endCursor (none for the first page). A cursor of another list or enterprise is BAD_USER_INPUT (CURSOR_MISMATCH)."
  page(list: CreditDisclosureList!, first: Int = ${DEFAULT_DISCLOSURE_PAGE}, after: String): CreditDisclosurePage! @requires(fields: "${disclosureRequires}")
}

"A page of one list of a disclosure, in the list's order (newest first)."
type CreditDisclosurePage {
  list: CreditDisclosureList!
  "How many entries the list holds in all (as totals says)."
  totalCount: Int!
  pageInfo: PageInfo!
  "Registrations, licences or credit records, by the list: BusinessRegistrationRecord, ElectronicLicenceRecord or CreditRecord."
  entries: [EvidenceRecord!]!
}

"The size of each list of a disclosure, before first cuts it."
type CreditDisclosureTotals {
  registrations: Int!
  licences: Int!
  penalties: Int!
  listings: Int!
  inspections: Int!
}`,
  ].join('\n\n');
}
