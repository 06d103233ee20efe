import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import type { NegativeListEntry } from '@yrd/shared/publicServices/negativeList';
import { negativeListEntry } from '@yrd/shared/publicServices/nationalNegativeList';
import type { KnowledgeIndex } from '../knowledge/knowledgeIndex.ts';
import { readSearchText } from '../knowledge/searchText.ts';
import { activityAsRead } from './marketAccessActivity.ts';

export type MarketAccessVerdict = 'PROHIBITED' | 'LICENSED' | 'FREE';

export interface MarketAccessAnswer {
  readonly activity: string;
  readonly verdict: MarketAccessVerdict;
  readonly explanation: string;
  readonly entries: readonly NegativeListEntry[];
  readonly relatedEntries: readonly NegativeListEntry[];
}

/** Entries considered for one activity: the national list is short, so all matches fit. */
const MAX_ENTRIES = 50;

/**
 * 市场准入: reads the activity against the national negative list. Entries whose text (or
 * everyday activity words) contain the activity as written — or as a synonym reads it — decide
 * the verdict; entries that only loosely resemble it are offered as related, never decide.
 * An activity no entry covers is open to all (一单尽列，单外无单；非禁即入).
 */
export function marketAccess(index: KnowledgeIndex, synonyms: readonly Synonym[], asked: string): MarketAccessAnswer {
  const text = readSearchText(asked, synonyms, 'activity');
  // Answered with the text as read, never the raw bytes (a NUL or other control character).
  const activity = activityAsRead(asked);
  const { matches } = index.search({ text, kinds: ['NEGATIVE_LIST_ENTRY'], offset: 0, limit: MAX_ENTRIES });
  const entryOf = (code: string | null) => (code ? negativeListEntry(code) : undefined);
  const exact = matches.filter((match) => match.exact).flatMap((match) => entryOf(match.document.entryCode) ?? []);
  const related = matches.filter((match) => !match.exact).flatMap((match) => entryOf(match.document.entryCode) ?? []);
  const prohibited = exact.filter((entry) => entry.category === 'PROHIBITED');
  const licensed = exact.filter((entry) => entry.category === 'LICENSED');
  if (prohibited.length > 0) {
    return {
      activity,
      verdict: 'PROHIBITED',
      explanation: `“${activity}”属于市场准入负面清单禁止准入类（${prohibited.map((entry) => entry.code).join('、')}），任何经营主体不得进入，也没有审批可以取得。`,
      entries: prohibited,
      relatedEntries: [...licensed, ...related],
    };
  }
  if (licensed.length > 0) {
    return {
      activity,
      verdict: 'LICENSED',
      explanation: `“${activity}”属于市场准入负面清单许可准入类（${licensed.map((entry) => entry.code).join('、')}），须先取得所列许可，再依法进入：${licensed.map((entry) => entry.title).join('；')}。`,
      entries: licensed,
      relatedEntries: related,
    };
  }
  return {
    activity,
    verdict: 'FREE',
    explanation:
      related.length > 0
        ? `市场准入负面清单未列“${activity}”，各类经营主体可依法平等进入（非禁即入）；请核对下列可能相关的清单事项是否涉及。`
        : `市场准入负面清单未列“${activity}”，各类经营主体可依法平等进入（非禁即入）。`,
    entries: [],
    relatedEntries: related,
  };
}
