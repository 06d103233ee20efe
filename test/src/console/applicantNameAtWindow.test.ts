import { describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { CaseFlow, type CaseView } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { consoleSuite } from './consoleSuite.ts';
import { applicantAuthorises, applicantRejectsAll, chooseItem, chooseMaterial, lookUpApplicant, openCase, requestEvidence, signInAtWindow, submitCase } from './windowSteps.ts';

/**
 * The applicant's name at the window console (申请人姓名), in a real browser against the real
 * federation: typed off the identity card with the number, required by the province for an
 * item none of whose shared records can name the applicant — the page shows why it was
 * refused — and the name the licence then gives its holder; or typed at submission, where the
 * applicant refused the record that would have named her.
 */
const suite = consoleSuite();

describe('the applicant’s name when a case is opened', () => {
  it('社会保险个人权益记录单查询 is refused without her name, saying so, and opened with it; its licence names her', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '社会保险个人权益记录', STORY_ITEMS.socialInsuranceStatement);

    // Nothing to read her name from: the province refuses, and the page says what to type.
    await page.getByTestId('open-case').click();
    const refusal = page.locator('.open-messages').getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-reason')).toBe('REQUIRED');
    expect(await refusal.textContent()).toContain('共享材料不含申请人姓名，请填写申请人姓名');
    expect(await page.getByTestId('case-id').count()).toBe(0);

    await page.getByLabel('申请人姓名').fill('顾晓梅');
    const caseId = await openCase(page);
    expect(caseId).toMatch(/^32\d{14}$/);
    // Named already (申请人填报): the submission asks for no name.
    await page.getByTestId('submit-case').waitFor();
    expect(await page.getByTestId('submission-applicant-name').isVisible()).toBe(false);

    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'IN_REVIEW');
    // A colleague decides what this window accepted (受审分离).
    const jiangsu = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu');
    const approved = dataOf(await jiangsu.review(caseId, 'APPROVE', null, await suite.tokens.wujiangColleague())).jiangsu.reviewCase as CaseView;
    expect(approved.licence?.holderName).toBe('顾晓梅');
    expect(pageErrors).toEqual([]);
  });

  it('takes a name only for the applicant found: not before, and not for the next one looked up', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    const name = page.getByLabel('申请人姓名');
    expect(await name.isDisabled()).toBe(true);
    await lookUpApplicant(page, CAST.guXiaomei);
    await name.fill('顾晓梅');
    // Looked up again, she keeps the name typed for her.
    await page.getByTestId('look-up').click();
    await page.getByTestId('subject-lookup').getByText(CAST.guXiaomei).waitFor();
    expect(await name.inputValue()).toBe('顾晓梅');
    // The next applicant's name typed before their number is looked up belongs to no one found: it goes with the last one.
    await name.fill('王丽娟');
    await lookUpApplicant(page, CAST.wangLijuan);
    expect(await name.inputValue()).toBe('');
    expect(await page.getByTestId('open-for').textContent()).toContain(CAST.wangLijuan);
    expect(pageErrors).toEqual([]);
  });

  it('another number typed forgets the name typed for the person before', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    const name = page.getByLabel('申请人姓名');
    await name.fill('顾晓梅');
    await page.getByLabel('身份号码 / 信用代码').fill(CAST.wangLijuan);
    expect(await name.inputValue()).toBe('');
    expect(pageErrors).toEqual([]);
  });
});

describe('a number valid both as a person’s and as a credit code, at the window', () => {
  it('asks the clerk which the applicant is, and opens the case as a person when told so', async () => {
    const both = numberValidAsBoth();
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    // The lookup's field (the case panel, once open, asks for a name at submission too).
    const name = page.locator('input[name="applicantName"]');
    await page.getByLabel('身份号码 / 信用代码').fill(both);
    await page.getByTestId('look-up').click();
    const choice = page.getByTestId('subject-kind-choice');
    await choice.waitFor();
    expect(await choice.textContent()).toContain('也是有效的统一社会信用代码');
    expect(await page.getByTestId('identifier-problem').textContent()).toBe('');
    // No one found yet: no name to type, and nothing to open.
    expect(await name.isDisabled()).toBe(true);

    await page.getByTestId('look-up-as-person').click();
    await page.getByTestId('subject-lookup').getByText(both).waitFor();
    expect(await page.getByTestId('subject-lookup').textContent()).toContain('自然人');
    expect(await page.getByTestId('open-for').textContent()).toContain('自然人');
    await name.fill('镇江测试');
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    const caseId = await openCase(page);
    const opened = dataOf(
      await graphql<{ case: { subjectId: string; subjectKind: string } }>(suite.federation.gatewayUrl, 'query ($id: ID!) { case(id: $id) { subjectId subjectKind } }', { id: caseId }, await suite.tokens.wujiangClerk()),
    ).case;
    expect(opened).toEqual({ subjectId: both, subjectKind: 'PERSON' });

    // The same number as the other kind is another applicant: the name typed for her is not theirs.
    await page.getByTestId('look-up').click();
    await choice.waitFor();
    await page.getByTestId('look-up-as-enterprise').click();
    await page.getByTestId('subject-lookup').getByText('市场主体').waitFor();
    expect(await name.inputValue()).toBe('');
    expect(pageErrors).toEqual([]);
  });
});

describe('the applicant’s name at submission', () => {
  it('is asked for when no record the case may use names her, and the same case goes through with it', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    // Her fund record can name her: the case opens without a name.
    const caseId = await openCase(page);
    await applicantAuthorises(page);
    await requestEvidence(page);
    await applicantRejectsAll(page);

    // She refused the record that names her: the form asks for her name, empty.
    const name = page.getByTestId('submission-applicant-name');
    await name.waitFor();
    expect(await name.isVisible()).toBe(true);
    expect(await name.inputValue()).toBe('');
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await chooseMaterial(page, 'M02', 'PROVIDED');
    // Not typed: the province refuses, saying to type it here, and the case stays as it is.
    await submitCase(page);
    const refusal = page.getByTestId('submit-messages').getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-reason')).toBe('APPLICANT_NAME_MISSING');
    expect(await refusal.textContent()).toContain('请在提交时填写申请人姓名');

    await name.fill('顾晓梅');
    await submitCase(page, 'IN_REVIEW');
    expect(await page.getByTestId('case-id').textContent()).toBe(caseId);
    const jiangsu = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu');
    const approved = dataOf(await jiangsu.review(caseId, 'APPROVE', null, await suite.tokens.wujiangColleague())).jiangsu.reviewCase as CaseView;
    expect(approved.licence?.holderName).toBe('顾晓梅');
    expect(pageErrors).toEqual([]);
  });
});
