import { badUserInput } from '@yrd/shared/graphql/errorCodes';
import type { Synonym } from '@yrd/shared/publicServices/knowledgeBase';
import type { EntryLicence, LicensedConduct, NegativeListEntry } from '@yrd/shared/publicServices/negativeList';
import { NATIONAL_NEGATIVE_LIST, negativeListEntry } from '@yrd/shared/publicServices/nationalNegativeList';
import type { KnowledgeIndex } from '../knowledge/knowledgeIndex.ts';
import { readSearchText } from '../knowledge/searchText.ts';
import { aliasMatches, type AliasMatch } from './marketAccessAliases.ts';
import { activityAsRead } from './marketAccessActivity.ts';
import { activityPhrases, compactActivity, readActivity } from './marketAccessMatching.ts';

/**
 * PROHIBITED and LICENSED: entries decide. CHECK_ENTRIES: no entry decides, but some may cover
 * the activity (相关事项): whether a licence is needed depends on what exactly is done, and the
 * answer says so rather than FREE. FREE: nothing on the list is near the activity.
 */
export type MarketAccessVerdict = 'PROHIBITED' | 'LICENSED' | 'CHECK_ENTRIES' | 'FREE';

export interface MarketAccessAnswer {
  readonly activity: string;
  readonly verdict: MarketAccessVerdict;
  readonly explanation: string;
  readonly entries: readonly NegativeListEntry[];
  readonly relatedEntries: readonly NegativeListEntry[];
}

/** Words by which a question says what it does with the goods (生产农药, 卖农药, 开化工厂, 开危化品仓库). */
const CONDUCT_WORDS: readonly (readonly [LicensedConduct, RegExp])[] = [
  ['PRODUCE', /生产|制造|加工|代工|制作|厂/u],
  ['TRADE', /卖|销售|批发|零售|经营|经销|代理|贸易|店|铺|门市|商行|仓库|仓储|储存/u],
  ['USE', /使用/u],
];

/**
 * The approvals of an entry an activity needs: those of what it does (卖农药: 农药经营许可; 生产化肥:
 * 肥料登记 and 工业产品生产许可证), of the goods it names when the entry covers several. When the
 * question does not say (or says nothing these tell apart), all of them.
 */
export function licencesFor(entry: NegativeListEntry, question: string): readonly EntryLicence[] {
  const licences = entry.licences ?? [];
  const conduct = new Set(CONDUCT_WORDS.filter(([, words]) => words.test(question)).map(([kind]) => kind));
  const named = licences.flatMap((licence) => licence.subjects ?? []).filter((subject) => question.includes(subject));
  const fitting = licences.filter(
    (licence) =>
      (conduct.size === 0 || licence.conduct.some((kind) => conduct.has(kind))) &&
      (named.length === 0 || !licence.subjects || licence.subjects.some((subject) => named.includes(subject))),
  );
  return fitting.length > 0 ? fitting : licences;
}

/** The entry as answered for an activity: its standard items only those of the approvals the activity needs. */
function entryFor(entry: NegativeListEntry, question: string): NegativeListEntry {
  if (!entry.licences) return entry;
  const codes = licencesFor(entry, question).flatMap((licence) => (licence.itemCode ? [licence.itemCode] : []));
  return { ...entry, licensingItemCodes: [...new Set(codes)] };
}

/** The approvals in words: 农药经营许可（县级以上地方农业农村部门；本平台暂无其办事指南）. */
function licencesInWords(entries: readonly NegativeListEntry[], question: string): string {
  const named = entries.flatMap((entry) => licencesFor(entry, question));
  if (named.length === 0) return '';
  const words = named.map(
    (licence) =>
      `${licence.condition ? `${licence.condition}，` : ''}${licence.name}（${licence.authority}；${licence.itemCode ? '办事指南见所列事项' : '本平台暂无其办事指南，请向发证部门咨询'}）`,
  );
  return `须取得的许可：${words.join('；')}。`;
}

/** Entries considered for one activity: the national list is short, so all matches fit. */
const MAX_ENTRIES = 50;

/** The phrases of the national list, read once. */
const PHRASES = activityPhrases(NATIONAL_NEGATIVE_LIST);

/**
 * 市场准入: reads the activity against the national negative list. An entry decides the verdict
 * only when the asked activity is that entry's activity — the question holds one of its phrases,
 * or names the business it runs (see readActivity); an entry whose words merely contain what
 * was asked (卖烟 in 卖烟花爆竹) is offered as related, never decides. A question that names no
 * activity (开, 公司, 开公司, 理财) is refused as too vague, with examples: any verdict on it
 * would be a guess. The activity is read in simplified characters (開奶茶店 is 开奶茶店), and
 * through the entries' aliases when their own phrases do not decide (开烟花厂 is 211's 烟花爆竹生产,
 * 开采稀土 205's 矿产资源开采; see marketAccessAliases). When entries are related but none decides
 * (开诊所: 237 licenses 医疗机构 but files 诊所), the verdict is CHECK_ENTRIES: they are named to be
 * checked, and FREE is never said. Only an activity no entry is near is FREE: open to all
 * (一单尽列，单外无单；非禁即入), which says nothing of the registrations and other rules that still apply.
 */
export function marketAccess(index: KnowledgeIndex, synonyms: readonly Synonym[], asked: string): MarketAccessAnswer {
  const text = readSearchText(asked, synonyms, 'activity');
  // Answered with the text as read, never the raw bytes (a NUL or other control character).
  const activity = activityAsRead(asked);
  const reading = readActivity(text.readings, PHRASES, NATIONAL_NEGATIVE_LIST);
  const question = compactActivity(text.readings[0]?.join(' ') ?? '');
  if (reading.kind === 'VAGUE') {
    throw badUserInput(
      'activity',
      `“${activity}”没有说明要从事的具体经营活动，无法对照市场准入负面清单判断。请写明行业或业务，例如${reading.examples.map((example) => `“${example}”`).join('、')}`,
      { reason: 'TOO_VAGUE', examples: reading.examples },
    );
  }
  const { matches } = index.search({ text, kinds: ['NEGATIVE_LIST_ENTRY'], offset: 0, limit: MAX_ENTRIES });
  // Entries whose words hold what was asked (or a synonym's reading of it) are worth a look; a
  // loose match (most trigrams of a synonym's reading: 食品经营许可 ~ 危险化学品经营许可) is not.
  const found = matches
    .filter((match) => match.exact)
    .flatMap((match) => (match.document.entryCode ? (negativeListEntry(match.document.entryCode) ?? []) : []));
  // The aliases are read only when the list's own phrases decide nothing: a phrase found says
  // more (开宠物医院 is 202's, whatever 医院 names).
  const aliases: readonly AliasMatch[] =
    reading.deciding.length > 0 ? [] : aliasMatches(question, NATIONAL_NEGATIVE_LIST);
  const decidingEntries = [...reading.deciding, ...aliases.filter((match) => match.decides).map((match) => match.entry)];
  const prohibited = decidingEntries.filter((entry) => entry.category === 'PROHIBITED');
  const licensed = decidingEntries.filter((entry) => entry.category === 'LICENSED');
  const deciding = prohibited.length > 0 ? prohibited : licensed;
  const toCheck = aliases.filter((match) => !match.decides).map((match) => match.entry);
  const related = [
    ...new Set([...(prohibited.length > 0 ? licensed : []), ...toCheck, ...reading.covered, ...found, ...reading.mentioning]),
  ].filter((entry) => !deciding.includes(entry));
  const codes = (entries: readonly NegativeListEntry[]) => entries.map((entry) => entry.code).join('、');
  // How an alias read the activity (“烟花厂”属于211“民用爆炸物品、烟花爆竹生产经营”), said with a verdict it gave.
  const readAs = (matches: readonly AliasMatch[]) =>
    matches.length === 0 ? '' : `（${matches.map((match) => `“${match.word}”属于${match.entry.code}“${match.alias.means}”`).join('；')}）`;
  const decidedBy = readAs(aliases.filter((match) => match.decides && deciding.includes(match.entry)));
  if (prohibited.length > 0) {
    return {
      activity,
      verdict: 'PROHIBITED',
      explanation: `“${activity}”${decidedBy}属于市场准入负面清单禁止准入类（${codes(prohibited)}），任何经营主体不得进入，也没有审批可以取得。`,
      entries: prohibited,
      relatedEntries: related,
    };
  }
  if (licensed.length > 0) {
    return {
      activity,
      verdict: 'LICENSED',
      explanation: `“${activity}”${decidedBy}属于市场准入负面清单许可准入类（${codes(licensed)}），须先取得所列许可，再依法进入：${licensed.map((entry) => entry.title).join('；')}。${licencesInWords(licensed, question)}`,
      entries: licensed.map((entry) => entryFor(entry, question)),
      relatedEntries: related,
    };
  }
  if (related.length > 0) {
    const toCheckBy = aliases.map((match) => `“${match.word}”属于${match.entry.code}“${match.alias.means}”`);
    return {
      activity,
      verdict: 'CHECK_ENTRIES',
      explanation: `“${activity}”可能需要取得市场准入许可，须核对市场准入负面清单的下列事项（${codes(related)}）${toCheckBy.length > 0 ? `：${toCheckBy.join('；')}` : ''}。能否进入、须取得什么许可，要看具体从事的活动：属于其中某项的，按该事项取得许可后方可进入；经核对都不属于的，清单以外各类经营主体皆可依法平等进入（非禁即入），经营主体登记等其他依法应办的手续仍须办理。`,
      entries: [],
      relatedEntries: related,
    };
  }
  return {
    activity,
    verdict: 'FREE',
    explanation: `市场准入负面清单没有“${activity}”这项活动：清单以外的行业、领域、业务，各类经营主体皆可依法平等进入（非禁即入），无需取得市场准入许可。非禁即入只说明清单不设准入门槛，经营主体登记等其他依法应办的手续仍须办理。`,
    entries: [],
    relatedEntries: related,
  };
}
