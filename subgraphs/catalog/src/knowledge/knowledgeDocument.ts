import type { FaqEntry } from '@yrd/shared/publicServices/knowledgeBase';
import type { NegativeListEntry } from '@yrd/shared/publicServices/negativeList';
import type { StandardItem } from '@yrd/shared/standard/standardItem';

/** What a knowledge-base hit is: an item, one of its materials, an FAQ, or a negative-list entry. */
export type KnowledgeKind = 'ITEM' | 'MATERIAL' | 'FAQ' | 'NEGATIVE_LIST_ENTRY';

/** One searchable document of the knowledge base (知识库). */
export interface KnowledgeDocument {
  readonly id: string;
  readonly kind: KnowledgeKind;
  /** Shown and weighted most: the item name, material name, question or entry title. */
  readonly title: string;
  /** Searched and shown as a snippet. */
  readonly body: string;
  /** Keywords people type that are not in the text (weighted like the title, never shown). */
  readonly keywords: string;
  /** The standard item the document is about (none for a negative-list entry). */
  readonly itemCode: string | null;
  readonly entryCode: string | null;
}

/**
 * A name quoted inside a sentence: “…” around it, the quotes the name itself holds turned to the
 * inner ones (‘…’), as Chinese nests quotations — not ““浙江制造”品字标企业奖励”.
 */
export function quotedName(name: string): string {
  return `“${name.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** What an item costs, in words a search for 收费 (要钱吗, 多少钱) finds. */
function feeText(item: StandardItem): string {
  if (!item.fee.charged) return '收费：不收费';
  return `收费：${item.fee.basis ?? '按规定收费'}`;
}

/** The documents of the knowledge base, derived from the item standard, the FAQs and the negative list. */
export function knowledgeDocuments(
  items: readonly StandardItem[],
  faqs: readonly FaqEntry[],
  negativeList: readonly NegativeListEntry[],
): KnowledgeDocument[] {
  const documents: KnowledgeDocument[] = [];
  for (const item of items) {
    documents.push({
      id: `ITEM-${item.code}`,
      kind: 'ITEM',
      title: item.name,
      body: [item.policy?.summary ?? '', item.acceptanceConditions, `实施部门：${item.department}`, feeText(item)].filter(Boolean).join('\n'),
      keywords: item.keywords.join(' '),
      itemCode: item.code,
      entryCode: null,
    });
    for (const material of item.materials) {
      documents.push({
        id: `MATERIAL-${item.code}-${material.code}`,
        kind: 'MATERIAL',
        title: material.name,
        body: [`${quotedName(item.name)}所需材料`, material.note ?? ''].filter(Boolean).join('。'),
        keywords: '',
        itemCode: item.code,
        entryCode: null,
      });
    }
  }
  for (const faq of faqs) {
    documents.push({ id: faq.id, kind: 'FAQ', title: faq.question, body: faq.answer, keywords: '', itemCode: faq.itemCode, entryCode: null });
  }
  for (const entry of negativeList) {
    documents.push({
      id: `NEGATIVE-${entry.code}`,
      kind: 'NEGATIVE_LIST_ENTRY',
      title: entry.title,
      body: entry.description,
      keywords: entry.activities.join(' '),
      itemCode: null,
      entryCode: entry.code,
    });
  }
  return documents;
}
