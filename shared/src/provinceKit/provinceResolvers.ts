import { SCALAR_RESOLVERS } from '../graphql/scalars.ts';
import type { SubgraphResolvers } from '../graphql/subgraphResolvers.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { implementationCode, type LocalImplementation } from './localImplementation.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { ProvinceLoaders } from './provinceLoaders.ts';
import { provinceTypeNames } from './provinceTypeDefs.ts';
import { RECORD_TYPE_NAMES } from './recordTypeDefs.ts';

export interface ProvinceContext {
  readonly loaders: ProvinceLoaders;
}

interface SubjectEntity {
  readonly id: string;
  readonly records: readonly HeldRecord[];
}

/** A record as GraphQL serves it: provenance and normalised content side by side. */
function recordView(record: HeldRecord): Record<string, unknown> {
  return {
    ...record.content,
    recordId: record.recordId,
    kind: record.kind,
    subjectId: record.subjectId,
    region: record.region,
    holdingAuthority: record.holdingAuthority,
    updatedOn: record.updatedOn,
  };
}

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
    fee: local.fee,
    places: local.places,
    hours: local.hours,
    onlineUrl: local.onlineUrl,
    visitsRequired: local.visitsRequired,
    crossRegion: local.crossRegion,
    tolerantAcceptance: local.tolerantAcceptance,
    commitmentSystem: local.commitmentSystem,
  };
}

/** The resolvers of a province subgraph, for the region named in `config`. */
export function provinceResolvers(config: ProvinceConfig): SubgraphResolvers {
  const names = provinceTypeNames(config.region);
  // The implementation list is configuration held in memory: no I/O to batch.
  const implementations = new Map(config.implementations.map((local) => [local.standardCode, local]));

  return {
    ...SCALAR_RESOLVERS,
    RegionalSubject: { __resolveType: () => names.subject },
    ItemImplementation: { __resolveType: () => names.implementation },
    EvidenceRecord: { __resolveType: (record: { kind: EvidenceKind }) => RECORD_TYPE_NAMES[record.kind] },
    [names.subject]: {
      __resolveReference: async (reference: { id: string }, context: ProvinceContext): Promise<SubjectEntity> => ({
        id: reference.id,
        records: await context.loaders.recordsBySubject.load(reference.id),
      }),
      region: () => config.region.code,
      records: (subject: SubjectEntity, args: { kinds?: EvidenceKind[] | null }) => {
        const wanted = args.kinds ? new Set(args.kinds) : undefined;
        return subject.records.filter((record) => !wanted || wanted.has(record.kind)).map(recordView);
      },
    },
    [names.implementation]: {
      __resolveReference: (reference: { standardCode: string }) =>
        implementationView(config, reference.standardCode, implementations.get(reference.standardCode)),
    },
  } as SubgraphResolvers;
}
