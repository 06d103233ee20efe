import { pageSize } from '@yrd/shared/graphql/pageSize';
import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import type { KnowledgeDocument, KnowledgeKind } from './knowledgeDocument.ts';
import { trigramsOf, type KnowledgeIndex } from './knowledgeIndex.ts';
import { highlightedSnippet, highlightMatches } from './highlightMatches.ts';
import { decodeSearchCursor, encodeSearchCursor, searchDigest } from './searchCursor.ts';
import { readSearchText, searchTerms } from './searchText.ts';

export const MAX_SEARCH_PAGE = 50;

export interface KnowledgeSearchArgs {
  readonly text: string;
  readonly kinds?: readonly KnowledgeKind[] | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface KnowledgeHitView {
  readonly id: string;
  readonly kind: KnowledgeKind;
  readonly title: string;
  readonly highlightedTitle: string;
  readonly snippet: string;
  readonly score: number;
  readonly exact: boolean;
  readonly itemCode: string | null;
  readonly entryCode: string | null;
}

export interface KnowledgeSearchPage {
  readonly hits: KnowledgeHitView[];
  readonly totalCount: number;
  readonly readings: string[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The body around the first match; the matching keywords when only they matched. */
function snippetOf(document: KnowledgeDocument, terms: readonly string[]): string {
  const snippet = highlightedSnippet(document.body, terms);
  if (snippet.includes('<mark>') || document.keywords === '') return snippet;
  const keywords = highlightedSnippet(document.keywords, terms);
  return keywords.includes('<mark>') ? `关键词：${keywords}` : snippet;
}

/**
 * 知识库搜索: reads the text with the synonyms, ranks the knowledge base by bm25, and returns
 * one page with the matches marked (<mark>) in the title and in a snippet of the body.
 */
export function searchKnowledge(index: KnowledgeIndex, synonyms: readonly Synonym[], args: KnowledgeSearchArgs): KnowledgeSearchPage {
  const first = pageSize(args.first, 10, MAX_SEARCH_PAGE);
  const text = readSearchText(args.text, synonyms, 'text', index.words());
  const kinds = [...new Set(args.kinds ?? [])].sort();
  const digest = searchDigest([text.normalized, kinds]);
  const offset = args.after ? decodeSearchCursor(args.after, digest) : 0;
  const { matches, total, readings } = index.search({ text, kinds, offset, limit: first, correctTypos: true });
  const terms = searchTerms(readings);
  // A loose match shows the pieces of the long terms it contains.
  const looseTerms = [...terms, ...terms.flatMap(trigramsOf)];
  const end = offset + matches.length;
  return {
    totalCount: total,
    readings: readings.map((terms) => terms.join(' ')),
    hits: matches.map(({ document, score, exact }) => ({
      id: document.id,
      kind: document.kind,
      title: document.title,
      highlightedTitle: highlightMatches(document.title, exact ? terms : looseTerms),
      snippet: snippetOf(document, exact ? terms : looseTerms),
      score,
      exact,
      itemCode: document.itemCode,
      entryCode: document.entryCode,
    })),
    pageInfo: { hasNextPage: end < total, endCursor: matches.length > 0 ? encodeSearchCursor(digest, end) : null },
  };
}
