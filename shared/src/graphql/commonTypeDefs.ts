import { REGIONS } from '../regions/regionRegistry.ts';
import { TIME_LIMIT_UNITS } from '../standard/codeTables.ts';
import { EVIDENCE_KINDS } from '../standard/evidenceKinds.ts';
import { enumSdl, labelledEnumSdl } from './enumSdl.ts';
import { scalarSdl } from './scalars.ts';

/**
 * Types every subgraph declares identically (composition requires enums used as input and
 * output to match exactly across subgraphs), generated from the registry and code tables.
 */
export function commonTypeDefs(): string {
  const regions = Object.fromEntries(REGIONS.map((region) => [region.code, `${region.name}（${region.abbreviation}）`]));
  return [
    scalarSdl(),
    labelledEnumSdl('Region', regions, 'A province of the Yangtze River Delta federation.'),
    enumSdl('EvidenceKind', EVIDENCE_KINDS, 'Kinds of evidence a province can release instead of a paper certificate (无证明).'),
    labelledEnumSdl('SubjectKind', { PERSON: '自然人（公民身份号码或外国人永久居留身份证号码）', ENTERPRISE: '市场主体（统一社会信用代码）' }),
    labelledEnumSdl('CallerKind', {
      ANONYMOUS: '未登录',
      CITIZEN: '自然人（本人）',
      ENTERPRISE: '企业（本企业）',
      OPERATOR: '窗口工作人员',
      SERVICE: '联盟成员系统',
    }),
    enumSdl('TimeLimitUnit', TIME_LIMIT_UNITS),
    `"A time limit: statutory (法定) or promised (承诺)."
type TimeLimit @shareable {
  amount: Int!
  unit: TimeLimitUnit!
  note: String
}`,
    `"An amount the fee basis sets for a circumstance other than the ordinary one (居民身份证丢失补领或损坏换领：40元)."
type FeeVariant @shareable {
  "The circumstance, as the basis words it."
  circumstance: String!
  amount: Yuan!
}`,
    `"Where a page of a paged list ends: pass endCursor as after to read the next page (the cursor is opaque, and bound to its list)."
type PageInfo @shareable {
  hasNextPage: Boolean!
  endCursor: String
}`,
    `"A fee: whether the item is charged, the amount, and its legal basis (收费依据)."
type Fee @shareable {
  charged: Boolean!
  "The ordinary amount; see variants for the others the basis sets."
  amount: Yuan
  basis: String
  "Amounts by circumstance other than the ordinary one (丢失补领或损坏换领, 非住宅类); empty when the basis sets one amount."
  variants: [FeeVariant!]!
}`,
  ].join('\n\n');
}

/** The federation link every subgraph schema starts with. */
export function federationLink(imports: readonly string[]): string {
  const list = imports.map((name) => `"${name}"`).join(', ');
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: [${list}])`;
}
