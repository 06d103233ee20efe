import DataLoader from 'dataloader';
import { caseNumberProvince } from '@yrd/shared/identifiers/caseNumber';
import { decodeJwt } from 'jose';
import { GraphQLError } from 'graphql';
import { badUserInput, ERROR_CODES, notFound } from '@yrd/shared/graphql/errorCodes';
import { pageSize } from '@yrd/shared/graphql/pageSize';
import { SCALAR_RESOLVERS } from '@yrd/shared/graphql/scalars';
import type { SubgraphResolvers } from '@yrd/shared/graphql/subgraphResolvers';
import { lookupDivision, provinceNameOf } from '@yrd/shared/identifiers/index';
import { provinceTypeNames } from '@yrd/shared/provinceKit/provinceTypeDefs';
import { checkItemCode } from '@yrd/shared/standard/itemCode';
import { regionBySubgraphName, regionOfDivision, REGIONS, requireRegion, type Region } from '@yrd/shared/regions/regionRegistry';
import { forbidden } from '@yrd/shared/identity/authErrors';
import { CODE_TABLES, type Audience, type ItemType } from '@yrd/shared/standard/codeTables';
import type { SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import {
  allowsCommitment,
  allowsTolerantAcceptance,
  evidenceKindsNeeded,
  evidenceLicencesNeeded,
  licenceOf,
  type ItemBundle,
  type StandardItem,
} from '@yrd/shared/standard/standardItem';
import { ITEM_BUNDLES } from './seed/itemBundles.ts';
import { SYNONYMS } from './seed/knowledgeBase.ts';
import { mergeResolvers, publicServiceResolvers } from './publicServices/publicServiceResolvers.ts';
import { mapPlaceHitResolvers } from '@yrd/shared/graphql/serviceMapTypeDefs';
import type { Clock } from '@yrd/shared/time/clock';
import { holderKind, ownIdentifier, type Caller } from '@yrd/shared/identity/caller';
import type { TrustListPublisher } from '@yrd/shared/trust/publishTrustList';
import type { CatalogStore } from './catalogStore.ts';
import { decodePageCursor, encodePageCursor } from './pageCursor.ts';
import { catalogTypeDefs } from './catalogTypeDefs.ts';
import { enumLabelsResolver } from './enumLabelResolvers.ts';
import { MAX_SEARCH_LENGTH, normalizeSearchText } from './knowledge/searchText.ts';
import { identifySubject, type IdentifiedSubject } from '@yrd/shared/subjects/identifySubject';
import { holderAsOtherKind } from '@yrd/shared/subjects/holderAsOtherKind';
import { regionsHoldingSubject } from '@yrd/shared/regions/holdingRegions';
import { feeView } from '@yrd/shared/standard/feeView';

export const MAX_PAGE_SIZE = 100;
export const MAX_SUBJECTS = 200;

export interface CatalogContext {
  readonly caller: Caller;
  readonly itemsByCode: DataLoader<string, StandardItem | undefined>;
}

export function createCatalogContext(store: CatalogStore, caller: Caller): CatalogContext {
  return {
    caller,
    itemsByCode: new DataLoader(async (codes) => {
      const found = store.itemsByCodes(codes);
      return codes.map((code) => found.get(code));
    }),
  };
}

interface ItemFilterInput {
  text?: string | null;
  audience?: Audience | null;
  type?: ItemType | null;
  crossRegion?: boolean | null;
  instantApproval?: boolean | null;
}


const subjectStub = (region: Region, id: string) => ({ __typename: provinceTypeNames(region).subject, id });

const MAX_REQUESTS = 20;

/**
 * The province a signed evidence request is addressed to. The hub only routes: it reads the
 * audience without verifying; the addressed province verifies everything before it answers.
 */
function sourceTypeFor(request: string, field: string): string {
  let audience: unknown;
  try {
    audience = (decodeJwt(request) as { aud?: unknown }).aud;
  } catch {
    throw badUserInput(field, '调取请求格式错误（应为签名报文）', { reason: 'FORMAT' });
  }
  const region = typeof audience === 'string' ? regionBySubgraphName(audience) : undefined;
  if (!region) throw badUserInput(field, '调取请求的接收省份不是联盟成员', { reason: 'UNKNOWN_AUDIENCE' });
  return provinceTypeNames(region).evidenceSource;
}

/** The standard items of a bundle the store knows. */
async function bundleItems(bundle: ItemBundle, context: CatalogContext): Promise<StandardItem[]> {
  return (await context.itemsByCode.loadMany(bundle.itemCodes)).filter((item): item is StandardItem => item !== undefined && !(item instanceof Error));
}

/**
 * A well-formed division code the hub's table lacks. The table holds only the divisions the
 * federation serves (and some retired ones), while the province prefixes are the whole national
 * list: so an unknown prefix does not exist, but a code under a real province is only not in
 * the table (常熟市 320581 is a valid code) — a clerk must not be told it does not exist.
 */
function divisionNotInTable(code: string): GraphQLError {
  const prefix = code.slice(0, 2);
  const province = provinceNameOf(prefix);
  const message = province
    ? `行政区划代码 ${code} 未收录：本系统的区划代码表只收录本平台服务的区划（及部分已撤销的旧代码），${province}的这一代码不在表中。未收录不代表代码无效，请以民政部公布的行政区划代码为准`
    : `行政区划代码 ${code} 的省级代码 ${prefix} 不存在`;
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.NOT_FOUND, field: 'code', id: code } });
}

export function catalogResolvers(store: CatalogStore, trustList: TrustListPublisher, hallClock: Clock): SubgraphResolvers {
  const core = {
    ...SCALAR_RESOLVERS,
    Query: {
      item: async (_: unknown, args: { code: string }, context: CatalogContext) => {
        checkItemCode(args.code, 'code');
        const item = await context.itemsByCode.load(args.code);
        if (!item) throw notFound('标准事项', args.code, 'code');
        return item;
      },
      items: (_: unknown, args: { filter?: ItemFilterInput | null; first?: number | null; after?: string | null }) => {
        const first = pageSize(args.first, 20, MAX_PAGE_SIZE);
        // Read as the search reads it (control characters and punctuation as spaces): the raw
        // text could hold a NUL, where SQLite would cut the pattern and match far too much.
        const text = args.filter?.text != null ? normalizeSearchText(args.filter.text) : undefined;
        if (text === '') throw badUserInput('filter.text', '搜索词不能为空', { reason: 'EMPTY' });
        if (text && [...text].length > MAX_SEARCH_LENGTH) {
          throw badUserInput('filter.text', `搜索词不能超过 ${MAX_SEARCH_LENGTH} 个字`, { reason: 'TOO_LONG', max: MAX_SEARCH_LENGTH });
        }
        const afterCode = args.after ? decodePageCursor(args.after, 'item', /\d{12}/) : undefined;
        const { items, total } = store.findItems({
          ...(text ? { text } : {}),
          ...(args.filter?.audience ? { audience: args.filter.audience } : {}),
          ...(args.filter?.type ? { type: args.filter.type } : {}),
          ...(args.filter?.crossRegion != null ? { crossRegion: args.filter.crossRegion } : {}),
          ...(args.filter?.instantApproval != null ? { instantApproval: args.filter.instantApproval } : {}),
          ...(afterCode ? { afterCode } : {}),
          limit: first + 1,
        });
        const page = items.slice(0, first);
        const edges = page.map((node) => ({ cursor: encodePageCursor('item', node.code), node }));
        return {
          edges,
          totalCount: total,
          pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        };
      },
      // A holder asking about its own number as the other kind is refused (holderAsOtherKind.ts):
      // the provinces would answer with its own records under the kind it asked for.
      subject: (_: unknown, args: { id: string; kind?: SubjectKind | null }, context: CatalogContext) => {
        const refusal = holderAsOtherKind(context.caller, args.id, args.kind, 'id');
        if (refusal) throw refusal;
        return identifySubject(args.id, 'id', args.kind);
      },
      subjects: (_: unknown, args: { ids: string[]; kind?: SubjectKind | null }, context: CatalogContext) => {
        if (args.ids.length > MAX_SUBJECTS) {
          throw badUserInput('ids', `一次最多查询 ${MAX_SUBJECTS} 个主体，收到 ${args.ids.length} 个`, { reason: 'TOO_MANY', max: MAX_SUBJECTS });
        }
        return args.ids.map((id, index) => {
          const refusal = holderAsOtherKind(context.caller, id, args.kind, `ids[${index}]`);
          if (refusal) throw refusal;
          return identifySubject(id, `ids[${index}]`, args.kind);
        });
      },
      regions: () => REGIONS,
      division: (_: unknown, args: { code: string }) => {
        if (!/^\d{6}$/.test(args.code)) throw badUserInput('code', `行政区划代码应为6位数字，收到“${args.code}”`, { reason: 'FORMAT' });
        const division = lookupDivision(args.code);
        if (!division) throw divisionNotInTable(args.code);
        return {
          code: division.code,
          name: division.name,
          current: division.status === 'CURRENT',
          successor: division.successor ?? null,
          region: regionOfDivision(division.code)?.code ?? null,
        };
      },
      codeTables: () => Object.entries(CODE_TABLES).map(([name, entries]) => ({ name, entries })),
      enumLabels: enumLabelsResolver(catalogTypeDefs()),
      case: (_: unknown, args: { id: string }) => {
        // A case number starts with its filing province and holds the day it was opened: a
        // mistyped number is told what is wrong with it (caseNumber.ts), not routed as if it could exist.
        const region = caseNumberProvince(args.id, 'id');
        // Routed by the number; the province answers every field, id included (an unused number is refused there).
        return { __typename: provinceTypeNames(region).caseFile, caseRef: args.id };
      },
      me: (_: unknown, __: unknown, context: CatalogContext) => {
        const { caller } = context;
        const own = ownIdentifier(caller);
        return {
          kind: caller.kind,
          subject: own ? identifySubject(own, 'me', holderKind(caller)) : null,
          operator: caller.kind === 'OPERATOR' ? caller : null,
        };
      },
      trustList: async () => (await trustList.signed()).list,
      reviewQueue: (_: unknown, __: unknown, context: CatalogContext) => {
        const { caller } = context;
        if (caller.kind !== 'OPERATOR') throw forbidden('OPERATORS_ONLY', '审核队列只对窗口工作人员开放');
        return { __typename: provinceTypeNames(requireRegion(caller.region)).reviewQueue, region: caller.region };
      },
      bundles: () => ITEM_BUNDLES,
      bundle: (_: unknown, args: { code: string }) => {
        const bundle = ITEM_BUNDLES.find((candidate) => candidate.code === args.code);
        if (!bundle) throw notFound('一件事', args.code, 'code');
        return bundle;
      },
      evidenceSources: (_: unknown, args: { requests: string[] }) => {
        if (args.requests.length > MAX_REQUESTS) {
          throw badUserInput('requests', `一次最多提交 ${MAX_REQUESTS} 个调取请求`, { reason: 'TOO_MANY', max: MAX_REQUESTS });
        }
        return args.requests.map((request, index) => ({ __typename: sourceTypeFor(request, `requests[${index}]`), request }));
      },
    },
    StandardItem: {
      // An unknown code is an error, not a bare null: the gateway takes a null no error explains for a broken answer.
      __resolveReference: async (reference: { code: string }, context: CatalogContext) => {
        const item = await context.itemsByCode.load(reference.code);
        if (!item) throw notFound('标准事项', reference.code);
        return item;
      },
      fee: (item: StandardItem) => feeView(item.fee),
      // Every kind a case for the item may gather, the credit records read only to decide whether
      // 容缺/告知承诺 may be used included: a holding province releases a kind only if it is here.
      // A case asks for those only when it uses 容缺/告知承诺 (leniencyKinds.ts, requestedKinds.ts).
      evidenceKinds: (item: StandardItem) => evidenceKindsNeeded(item),
      evidenceLicences: (item: StandardItem) => evidenceLicencesNeeded(item),
      tolerantAcceptance: (item: StandardItem) => allowsTolerantAcceptance(item),
      commitmentSystem: (item: StandardItem) => allowsCommitment(item),
      cancelOn: (item: StandardItem) => item.cancelOn ?? null,
      licence: (item: StandardItem) => ({ validityDays: null, ...licenceOf(item) }),
      approvalRules: (item: StandardItem) =>
        item.approvalRules.map((rule) => ({
          ...rule,
          conditions: rule.conditions.map((condition) => ({ ...condition, value: JSON.stringify(condition.value), orNull: condition.orNull ?? false })),
        })),
      implementations: (item: StandardItem) =>
        REGIONS.map((region) => ({ __typename: provinceTypeNames(region).implementation, standardCode: item.code })),
    },
    ItemBundleView: {
      // A case of a bundle names it by code (Case.bundle); the hub answers the rest.
      __resolveReference: (reference: { code: string }) => {
        const bundle = ITEM_BUNDLES.find((candidate) => candidate.code === reference.code);
        if (!bundle) throw notFound('一件事', reference.code);
        return bundle;
      },
      items: (bundle: ItemBundle, _: unknown, context: CatalogContext) => context.itemsByCode.loadMany(bundle.itemCodes),
      evidenceKinds: async (bundle: ItemBundle, _: unknown, context: CatalogContext) => [...new Set((await bundleItems(bundle, context)).flatMap(evidenceKindsNeeded))],
      evidenceLicences: async (bundle: ItemBundle, _: unknown, context: CatalogContext) => [...new Set((await bundleItems(bundle, context)).flatMap(evidenceLicencesNeeded))],
    },
    Subject: {
      registeringRegion: (subject: IdentifiedSubject) => subject.registeringRegion?.code ?? null,
      regions: (subject: IdentifiedSubject) => regionsHoldingSubject(subject.kind, subject.id).map((region) => subjectStub(region, subject.id)),
      allRegions: (subject: IdentifiedSubject) => REGIONS.map((region) => subjectStub(region, subject.id)),
    },
    RegionalSubject: { __resolveType: (stub: { __typename: string }) => stub.__typename },
    Case: { __resolveType: (stub: { __typename: string }) => stub.__typename },
    EvidenceSource: { __resolveType: (stub: { __typename: string }) => stub.__typename },
    ReviewQueue: { __resolveType: (stub: { __typename: string }) => stub.__typename },
    ItemImplementation: { __resolveType: (stub: { __typename: string }) => stub.__typename },
  };
  return mergeResolvers([core, mapPlaceHitResolvers(hallClock), publicServiceResolvers(store, SYNONYMS)]) as SubgraphResolvers;
}
