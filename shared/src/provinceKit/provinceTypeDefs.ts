import type { RegionDefinition } from '../regions/regionRegistry.ts';
import { commonTypeDefs, federationLink } from '../graphql/commonTypeDefs.ts';
import { recordTypeDefs } from './recordTypeDefs.ts';

/** Names of the region-named entity types of a province subgraph. */
export function provinceTypeNames(region: RegionDefinition) {
  return {
    subject: `${region.typePrefix}Subject`,
    implementation: `${region.typePrefix}ItemImplementation`,
  } as const;
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
  "The records this province holds about the subject, normalised; all kinds when kinds is omitted."
  records(kinds: [EvidenceKind!]): [EvidenceRecord!]!`;
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
  return [
    federationLink(['@key', '@shareable']),
    commonTypeDefs(),
    recordTypeDefs(),
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
  ].join('\n\n');
}
