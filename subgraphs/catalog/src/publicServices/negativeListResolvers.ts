import { badUserInput, notFound } from '@yrd/shared/graphql/errorCodes';
import { pageSize } from '@yrd/shared/graphql/pageSize';
import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import type { AccessCategory, NegativeListEntry } from '@yrd/shared/publicServices/negativeList';
import { NATIONAL_NEGATIVE_LIST, negativeListEntry } from '@yrd/shared/publicServices/nationalNegativeList';
import { provinceTypeNames } from '@yrd/shared/provinceKit/provinceTypeDefs';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { CatalogContext } from '../catalogResolvers.ts';
import type { CatalogStore } from '../catalogStore.ts';
import { decodePageCursor, encodePageCursor } from '../pageCursor.ts';
import { marketAccess } from './marketAccess.ts';

const MAX_PAGE = 50;

/** 市场准入负面清单: the one national list, paged by code, and the verdict on an activity. */
export function negativeListResolvers(store: CatalogStore, synonyms: readonly Synonym[]) {
  return {
    Query: {
      marketAccess: (_: unknown, args: { activity: string }) => marketAccess(store.knowledge, synonyms, args.activity),
      negativeList: (_: unknown, args: { category?: AccessCategory | null; first?: number | null; after?: string | null }) => {
        const first = pageSize(args.first, 20, MAX_PAGE);
        const after = args.after ? decodePageCursor(args.after, 'entry', /\d{3}/) : '';
        const matching = NATIONAL_NEGATIVE_LIST.filter((entry) => !args.category || entry.category === args.category).sort((a, b) =>
          a.code.localeCompare(b.code),
        );
        const rest = matching.filter((entry) => entry.code > after);
        const entries = rest.slice(0, first);
        const last = entries.at(-1);
        return {
          entries,
          totalCount: matching.length,
          pageInfo: { hasNextPage: rest.length > first, endCursor: last ? encodePageCursor('entry', last.code) : null },
        };
      },
      negativeListEntry: (_: unknown, args: { code: string }) => {
        if (!/^\d{3}$/.test(args.code)) throw badUserInput('code', `负面清单事项编码应为3位数字，收到“${args.code}”`, { reason: 'FORMAT' });
        const entry = negativeListEntry(args.code);
        if (!entry) throw notFound('负面清单事项', args.code, 'code');
        return entry;
      },
    },
    NegativeListEntryView: {
      licensingItems: async (entry: NegativeListEntry, _: unknown, context: CatalogContext) =>
        (await context.itemsByCode.loadMany(entry.licensingItemCodes)).filter((item) => item !== undefined && !(item instanceof Error)),
      provinceGuidance: (entry: NegativeListEntry) =>
        REGIONS.map((region) => ({ __typename: provinceTypeNames(region).accessGuidance, entryCode: entry.code })),
    },
    AccessGuidance: { __resolveType: (stub: { __typename: string }) => stub.__typename },
  };
}
