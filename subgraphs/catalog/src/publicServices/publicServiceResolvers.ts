import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import type { CatalogStore } from '../catalogStore.ts';
import { creditDisclosureResolvers } from './creditDisclosureResolvers.ts';
import { knowledgeResolvers } from './knowledgeResolvers.ts';
import { negativeListResolvers } from './negativeListResolvers.ts';
import { policyCheckResolvers } from './policyCheckResolvers.ts';
import { provinceRoutingResolvers } from './provinceRouting.ts';
import { serviceMapResolvers } from './serviceMapResolvers.ts';

/** Resolvers by type name: field maps, or a scalar's GraphQLScalarType. */
type ResolverMap = Record<string, object>;

const isFieldMap = (value: object): value is Record<string, unknown> => Object.getPrototypeOf(value) === Object.prototype;

/** Resolver maps merged type by type (two maps may both add fields to Query); a field twice is a mistake. */
function mergeResolvers(maps: readonly ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, resolvers] of Object.entries(map)) {
      const existing = merged[type];
      if (!existing) {
        merged[type] = resolvers;
        continue;
      }
      if (!isFieldMap(existing) || !isFieldMap(resolvers)) throw new Error(`two resolvers for ${type}`);
      for (const field of Object.keys(resolvers)) if (field in existing) throw new Error(`two resolvers for ${type}.${field}`);
      merged[type] = { ...existing, ...resolvers };
    }
  }
  return merged;
}

/** The hub's public services, resolver by resolver (see publicServiceTypeDefs). */
export function publicServiceResolvers(store: CatalogStore, synonyms: readonly Synonym[]): ResolverMap {
  return mergeResolvers([
    knowledgeResolvers(store, synonyms),
    negativeListResolvers(store, synonyms),
    serviceMapResolvers(),
    provinceRoutingResolvers(),
    policyCheckResolvers(store),
    creditDisclosureResolvers(),
  ]);
}

export { mergeResolvers };
