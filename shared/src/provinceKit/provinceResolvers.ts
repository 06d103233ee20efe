import { SCALAR_RESOLVERS } from '../graphql/scalars.ts';
import { mapPlaceHitResolvers } from '../graphql/serviceMapTypeDefs.ts';
import type { SubgraphResolvers } from '../graphql/subgraphResolvers.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { Clock } from '../time/clock.ts';
import { caseDeskResolvers } from './caseDesk.ts';
import { decisionDeskResolvers } from './decisionDesk.ts';
import { caseWithdrawalResolvers } from './caseWithdrawal.ts';
import { reviewQueueResolvers } from './reviewQueueResolvers.ts';
import { caseEntityResolvers } from './caseResolvers.ts';
import { evidenceSourceResolvers } from './evidenceSourceResolvers.ts';
import { implementationCode, type LocalImplementation } from './localImplementation.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { provinceTypeNames } from './provinceTypeDefs.ts';
import { publicServiceResolvers } from './publicServiceResolvers.ts';
import { RECORD_TYPE_NAMES } from './recordTypeDefs.ts';
import { subjectFieldResolvers } from './subjectResolvers.ts';
import { implementationOf } from './implementationOf.ts';
import { feeView } from '../standard/feeView.ts';
import { hallIdsOf } from '../publicServices/hallIds.ts';

function implementationView(config: ProvinceConfig, standardCode: string, local: LocalImplementation | undefined) {
  const region = config.region.code;
  if (!local) {
    return { standardCode, region, offered: false, places: [], crossRegion: false, tolerantAcceptance: false, commitmentSystem: false };
  }
  return {
    standardCode,
    region,
    offered: true,
    localCode: local.localCode,
    localName: local.localName,
    implementationCode: implementationCode(local),
    implementingBody: local.implementingBody,
    promisedTimeLimit: local.promisedTimeLimit,
    fee: feeView(local.fee),
    places: local.places.map((place) => ({ ...place, id: hallIdsOf(config).get(place.name) })),
    hours: local.hours,
    onlineUrl: local.onlineUrl,
    visitsRequired: local.visitsRequired,
    crossRegion: local.crossRegion,
    tolerantAcceptance: local.tolerantAcceptance,
    commitmentSystem: local.commitmentSystem,
  };
}

const byTypename = (value: { __typename: string }) => value.__typename;

/** The resolvers of a province subgraph, for the region named in `config`; opening hours and queue days by `hallClock`. */
export function provinceResolvers(config: ProvinceConfig, hallClock: Clock): SubgraphResolvers {
  const names = provinceTypeNames(config.region);
  const publicServices = publicServiceResolvers(config.region.subgraphName, hallClock);

  return {
    ...SCALAR_RESOLVERS,
    ...mapPlaceHitResolvers(hallClock),
    RegionalSubject: { __resolveType: () => names.subject },
    ItemImplementation: { __resolveType: () => names.implementation },
    Case: { __resolveType: () => names.caseFile },
    EvidenceSource: { __resolveType: byTypename },
    ReviewQueue: { __resolveType: () => names.reviewQueue },
    EvidenceRecord: { __resolveType: (record: { kind: EvidenceKind }) => RECORD_TYPE_NAMES[record.kind] },
    [names.subject]: {
      // Lazy: records are read (in one batch) only once the caller may see them.
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      region: () => config.region.code,
      ...subjectFieldResolvers,
      ...publicServices.subject,
    },
    ServiceMapSearch: publicServices.serviceMapSearch,
    PolicyCheck: publicServices.policyCheck,
    CreditDisclosure: publicServices.creditDisclosure,
    QueueTicket: { __resolveType: () => names.queueTicket },
    FeeCatalog: { __resolveType: () => names.feeCatalog },
    AccessGuidance: { __resolveType: () => names.accessGuidance },
    [names.queueTicket]: publicServices.queueTicket,
    [names.feeCatalog]: publicServices.feeCatalog,
    [names.accessGuidance]: publicServices.accessGuidance,
    [names.implementation]: {
      __resolveReference: (reference: { standardCode: string }) =>
        implementationView(config, reference.standardCode, implementationOf(config, reference.standardCode)),
    },
    [names.caseFile]: caseEntityResolvers,
    [names.evidenceSource]: evidenceSourceResolvers,
    [names.reviewQueue]: reviewQueueResolvers,
    Mutation: { [names.mutationField]: () => ({}) },
    [names.mutations]: { ...caseDeskResolvers, ...decisionDeskResolvers, ...caseWithdrawalResolvers, ...publicServices.mutations },
  } as SubgraphResolvers;
}
