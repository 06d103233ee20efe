/**
 * The per-province fields the hub `@requires` to compute an aggregate (the 7×24 map, policy
 * matching, credit disclosure): a province declares and resolves them, the hub requires and
 * reads them — by these names alone, so that neither side can drift from the other.
 */
export const candidatesField = (subgraphName: string): string => `${subgraphName}Candidates`;
export const profileRecordsField = (subgraphName: string): string => `${subgraphName}ProfileRecords`;
export const disclosedRecordsField = (subgraphName: string): string => `${subgraphName}DisclosedRecords`;
