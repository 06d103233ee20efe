import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import { negativeListEntry } from '@yrd/shared/publicServices/nationalNegativeList';
import type { CatalogContext } from '../catalogResolvers.ts';
import type { CatalogStore } from '../catalogStore.ts';
import type { KnowledgeKind } from '../knowledge/knowledgeDocument.ts';
import { searchKnowledge, type KnowledgeHitView } from '../knowledge/searchKnowledge.ts';

/** 知识库搜索 through the hub's full-text index. */
export function knowledgeResolvers(store: CatalogStore, synonyms: readonly Synonym[]) {
  return {
    Query: {
      search: (_: unknown, args: { text: string; kinds?: KnowledgeKind[] | null; first?: number | null; after?: string | null }) =>
        searchKnowledge(store.knowledge, synonyms, args),
    },
    KnowledgeHit: {
      item: (hit: KnowledgeHitView, _: unknown, context: CatalogContext) => (hit.itemCode ? context.itemsByCode.load(hit.itemCode) : null),
      negativeListEntry: (hit: KnowledgeHitView) => (hit.entryCode ? (negativeListEntry(hit.entryCode) ?? null) : null),
    },
  };
}
