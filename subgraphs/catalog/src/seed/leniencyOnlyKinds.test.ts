import { describe, expect, it } from 'vitest';
import { decisionKinds, leniencyOnlyKinds } from '@yrd/shared/standard/leniencyKinds';
import { evidenceKindsNeeded } from '@yrd/shared/standard/standardItem';
import { STANDARD_ITEMS } from './standardItems.ts';
import { STORY_ITEMS } from './storyItemCodes.ts';

const itemOf = (code: string) => {
  const item = STANDARD_ITEMS.find((candidate) => candidate.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return item;
};

describe('the catalog’s items: credit records gathered by default only where the decision reads them', () => {
  it('sets them aside for items that read them only for 容缺 or 告知承诺', () => {
    for (const code of [STORY_ITEMS.birthRegistration, STORY_ITEMS.crossProvinceMedicalFiling, STORY_ITEMS.individualBusinessRegistration, STORY_ITEMS.domesticCompanySetup]) {
      expect([code, leniencyOnlyKinds(itemOf(code))]).toEqual([code, ['CREDIT_RECORD']]);
    }
    expect(decisionKinds(itemOf(STORY_ITEMS.birthRegistration))).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE']);
  });

  it('keeps them for every 秒批 item whose approval rules read them', () => {
    const readingCredit = STANDARD_ITEMS.filter((item) => item.approvalRules.some((rule) => rule.evidenceKind === 'CREDIT_RECORD'));
    expect(readingCredit.map((item) => item.code)).toEqual(expect.arrayContaining([STORY_ITEMS.branchRegistration, STORY_ITEMS.enterpriseMigration]));
    for (const item of readingCredit) expect([item.code, leniencyOnlyKinds(item)]).toEqual([item.code, []]);
  });

  it('are still kinds the hub lists for every item (holders release only those), so asking for them by name stays allowed', () => {
    for (const item of STANDARD_ITEMS) for (const kind of leniencyOnlyKinds(item)) expect([item.code, evidenceKindsNeeded(item)]).toEqual([item.code, expect.arrayContaining([kind])]);
  });
});
