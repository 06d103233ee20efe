import { GraphQLError } from 'graphql';
import { STORED_AUTHORISATION } from '../evidence/authorisationProof.fixture.ts';
import type { Caller } from '../identity/caller.ts';
import type { RegionDefinition } from '../regions/regionRegistry.ts';
import type { CaseStore } from './caseStore.ts';
import type { BundleStandard, ItemStandard } from './hubClient.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { PassedOnItem } from './passedOn.ts';
import type { ProvinceContext } from './provinceContext.ts';

/**
 * Test support for the case desk's resolvers run against an in-memory CaseStore: a province
 * context with just what the desk reads (its cases, its implementation list, the hub's items),
 * and the GraphQL refusal an attempt ends in.
 */
export interface DeskSetting {
  readonly region: RegionDefinition;
  readonly caller: Caller;
  /** The province's implementation list, as far as the test's items need it. */
  readonly implementations: readonly Partial<LocalImplementation>[];
  /** The items the province passes on to an enterprise (联动过户); none unless the test says. */
  readonly passedOn?: readonly PassedOnItem[];
  /** The hub's answer for an item code. */
  readonly item: (code: string) => Partial<ItemStandard>;
  /** The hub's answer for a bundle code (none unless the test opens bundles). */
  readonly bundle?: (code: string) => BundleStandard | undefined;
}

export function deskWith(store: CaseStore, setting: DeskSetting): ProvinceContext {
  return {
    caller: setting.caller,
    // A write arrives bound to its body; what an authorisation keeps of it is not verified here.
    admission: { boundToBody: true, signedRequest: STORED_AUTHORISATION },
    loaders: { casesById: { load: (id: string) => Promise.resolve(store.caseById(id)) }, forgetCase: () => undefined },
    services: {
      cases: store,
      config: { region: setting.region, implementations: setting.implementations, passedOn: setting.passedOn ?? [] },
      hub: { item: (code: string) => Promise.resolve(setting.item(code)), bundle: (code: string) => Promise.resolve(setting.bundle?.(code)) },
      // Ended requests stay in the store's outbox: no hub here.
      requestEnds: { deliver: () => Promise.resolve(false) },
    },
    // Only the fields above are read by the resolvers under test.
  } as unknown as ProvinceContext;
}

/** The GraphQL error an attempt is refused with; fails the test when it is not refused. */
export async function refusalOf(attempt: Promise<unknown>): Promise<GraphQLError> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
