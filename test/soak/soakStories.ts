import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import type { tokenIssuer } from '../src/harness/userTokens.ts';

/**
 * The case stories the soak repeats — the ones the federation tests drive to a decision — with
 * who files them where, what is handed in at submission and how each ends. Most are filed in
 * Jiangsu (the 吴江 window of story 1), the province the soak restarts.
 */
export type Province = 'shanghai' | 'jiangsu' | 'zhejiang' | 'anhui';

export interface Clerk {
  readonly region: RegionCode;
  readonly division: string;
  readonly window: string;
  readonly operatorId: string;
}

const WUJIANG_CLERK: Clerk = { region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' };
const QINGPU_CLERK: Clerk = { region: 'SHANGHAI', division: '310118', window: 'QP-CSJ-02', operatorId: 'sh-qp-0003' };

export interface CaseStory {
  readonly name: string;
  /** The filing province's namespace (and subgraph). */
  readonly province: Province;
  readonly itemCode: string;
  readonly subjectId: string;
  readonly applicantKind: 'CITIZEN' | 'ENTERPRISE';
  /** The clerk who opens, gathers and submits at a window; none when the applicant files online. */
  readonly clerk: Clerk | null;
  readonly submission: Readonly<Record<string, unknown>>;
  /** How the story ends when every province answers. */
  readonly expected: string;
  /** How often it is picked, relative to the others. */
  readonly weight: number;
}

const branchPapers = { providedMaterials: ['M01', 'M04', 'M05', 'M06', 'M07'] };

export const CASE_STORIES: readonly CaseStory[] = [
  {
    name: '顾晓梅 公积金异地贷款证明 @吴江 (秒批)',
    province: 'jiangsu',
    itemCode: STORY_ITEMS.providentFundLoanCertificate,
    subjectId: CAST.guXiaomei,
    applicantKind: 'CITIZEN',
    clerk: WUJIANG_CLERK,
    submission: { providedMaterials: ['M01'] },
    expected: 'APPROVED',
    weight: 4,
  },
  {
    name: '陈志强 公积金异地贷款证明 @吴江 (未结清贷款)',
    province: 'jiangsu',
    itemCode: STORY_ITEMS.providentFundLoanCertificate,
    subjectId: CAST.chenZhiqiang,
    applicantKind: 'CITIZEN',
    clerk: WUJIANG_CLERK,
    submission: { providedMaterials: ['M01'] },
    expected: 'IN_REVIEW',
    weight: 1,
  },
  {
    name: '李军 公积金异地贷款证明 @吴江 (苏州12个月)',
    province: 'jiangsu',
    itemCode: STORY_ITEMS.providentFundLoanCertificate,
    subjectId: CAST.liJun,
    applicantKind: 'CITIZEN',
    clerk: WUJIANG_CLERK,
    submission: { providedMaterials: ['M01'] },
    expected: 'IN_REVIEW',
    weight: 1,
  },
  {
    name: '赵敏 生育登记 @吴江 (容缺)',
    province: 'jiangsu',
    itemCode: STORY_ITEMS.birthRegistration,
    subjectId: CAST.zhaoMin,
    applicantKind: 'CITIZEN',
    clerk: WUJIANG_CLERK,
    submission: { providedMaterials: ['M01'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] },
    expected: 'DEFERRED_MATERIALS',
    weight: 1,
  },
  {
    name: '嘉善禾丰 分公司登记 @吴江 (秒批)',
    province: 'jiangsu',
    itemCode: STORY_ITEMS.branchRegistration,
    subjectId: CAST.jiashanHefeng,
    applicantKind: 'ENTERPRISE',
    clerk: WUJIANG_CLERK,
    submission: branchPapers,
    expected: 'APPROVED',
    weight: 1,
  },
  {
    name: '昆山启程 分公司登记 @吴江 (安徽未结清处罚)',
    province: 'jiangsu',
    itemCode: STORY_ITEMS.branchRegistration,
    subjectId: CAST.kunshanQicheng,
    applicantKind: 'ENTERPRISE',
    clerk: WUJIANG_CLERK,
    submission: branchPapers,
    expected: 'IN_REVIEW',
    weight: 1,
  },
  {
    name: '李军 公积金异地贷款证明 @青浦 (上海6个月)',
    province: 'shanghai',
    itemCode: STORY_ITEMS.providentFundLoanCertificate,
    subjectId: CAST.liJun,
    applicantKind: 'CITIZEN',
    clerk: QINGPU_CLERK,
    submission: { providedMaterials: ['M01'] },
    expected: 'APPROVED',
    weight: 1,
  },
  {
    // Online: she opens the case and authorises it herself. (Not a policy: one is applied for once at a time, ALREADY_APPLYING to the next client.)
    name: '顾晓梅 公积金异地贷款证明 网上 @江苏 (秒批)',
    province: 'jiangsu',
    itemCode: STORY_ITEMS.providentFundLoanCertificate,
    subjectId: CAST.guXiaomei,
    applicantKind: 'CITIZEN',
    clerk: null,
    submission: { providedMaterials: ['M01'] },
    expected: 'APPROVED',
    weight: 1,
  },
];

/** The key a province stores for a case opened with `key`: who opened it, then the key (caseStore's actorKey). */
export function storedKeyOf(story: CaseStory, key: string): string {
  if (story.clerk) return `operator:${story.clerk.region}:${story.clerk.division}:${story.clerk.window}:${story.clerk.operatorId}:${key}`;
  return `applicant:${story.applicantKind === 'CITIZEN' ? 'PERSON' : 'ENTERPRISE'}:${story.subjectId}:${key}`;
}

export function pickStory(random: () => number): CaseStory {
  const total = CASE_STORIES.reduce((sum, story) => sum + story.weight, 0);
  let point = random() * total;
  for (const story of CASE_STORIES) {
    point -= story.weight;
    if (point < 0) return story;
  }
  return CASE_STORIES[0] as CaseStory;
}

export interface StoryHeaders {
  /** Who opens, gathers and submits: the clerk, or the applicant online. */
  readonly filer: Record<string, string>;
  /** The applicant, who previews and accepts the evidence. */
  readonly applicant: Record<string, string>;
}

/** Bearer tokens for every story's cast, valid for the whole run. */
export async function castHeaders(tokens: Awaited<ReturnType<typeof tokenIssuer>>, validFor: string): Promise<Map<CaseStory, StoryHeaders>> {
  const byStory = new Map<CaseStory, StoryHeaders>();
  for (const story of CASE_STORIES) {
    const applicant = await tokens.header(
      story.applicantKind === 'CITIZEN' ? { kind: 'CITIZEN', residentId: story.subjectId } : { kind: 'ENTERPRISE', creditCode: story.subjectId },
      validFor,
    );
    const filer = story.clerk ? await tokens.header({ kind: 'OPERATOR', ...story.clerk }, validFor) : applicant;
    byStory.set(story, { filer, applicant });
  }
  return byStory;
}
