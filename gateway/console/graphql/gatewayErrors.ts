import type { GraphQLErrorShape } from './resultTypes.ts';

/**
 * Reading the gateway's errors: the message is written for a clerk and is shown as it is;
 * the code (and for a province that could not be reached, the region) decides what else the
 * page offers.
 */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** The provinces an answer names as unavailable (`extensions.code === 'SUBGRAPH_UNAVAILABLE'` with `extensions.region`). */
export function unavailableRegions(errors: readonly GraphQLErrorShape[]): Map<string, GraphQLErrorShape> {
  const regions = new Map<string, GraphQLErrorShape>();
  for (const error of errors) {
    const region = error.extensions?.region;
    if (error.extensions?.code === SUBGRAPH_UNAVAILABLE && typeof region === 'string' && !regions.has(region)) regions.set(region, error);
  }
  return regions;
}

/** The errors that concern one province's part of an answer: a refusal (FORBIDDEN …) naming it. */
export function errorsForRegion(errors: readonly GraphQLErrorShape[], region: string): GraphQLErrorShape[] {
  return errors.filter((error) => error.extensions?.region === region);
}

/** The errors other than provinces being unavailable (those the page shows as a note of its own). */
export function otherErrors(errors: readonly GraphQLErrorShape[]): GraphQLErrorShape[] {
  return errors.filter((error) => error.extensions?.code !== SUBGRAPH_UNAVAILABLE);
}
