import { describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { POLICY_CODES } from '@yrd/catalog/seed/policyItems';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { consoleSuite } from './consoleSuite.ts';
import { chooseItem, lookUpApplicant, openCase, signInAsSelf, signInAtWindow } from './windowSteps.ts';

/**
 * What a tester found at the window and on 我的, as the page shows it: a case reopened by its
 * number and kept in the address across a reload; the clerk's sign-in fields kept off the
 * applicant's forms; which tab is open; spaced codes; a zone policy applied for where the
 * enterprise is registered.
 */
const suite = consoleSuite();

describe('按办件编号打开 at the window', () => {
  it('keeps the open case in the address, returns to it after a reload, and opens it by its number in a new tab', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    // The 办件 tab is the open one, and says so.
    expect(await page.getByTestId('tab-case').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('tab-queue').getAttribute('aria-selected')).toBe('false');

    // An enterprise's card: its kind, its code and its province, spaced.
    await lookUpApplicant(page, CAST.jiashanHefeng);
    expect(await page.getByTestId('subject-lookup').locator('.subject-card').innerText()).toContain(`市场主体 ${CAST.jiashanHefeng} · 登记省份：浙江省`);

    await lookUpApplicant(page, CAST.wangLijuan);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    const caseId = await openCase(page);
    expect(new URL(page.url()).hash).toBe(`#/window/${caseId}`);

    // The applicant's own sign-in on the phone asks nothing of a window.
    const phone = page.getByTestId('applicant-phone');
    await phone.getByTestId('dev-sign-in').waitFor();
    for (const label of ['省份', '窗口行政区划代码', '窗口编号', '工作人员编号']) expect(await phone.getByLabel(label).isVisible(), label).toBe(false);

    // F5: the same case, read again.
    await page.reload();
    await page.getByTestId('window-identity').waitFor();
    expect(await page.getByTestId('case-id').textContent()).toBe(caseId);

    // A new tab (its own sign-in): the clerk types the number.
    const other = await suite.browser.open('window');
    await signInAtWindow(other.page);
    const before = other.graphqlRequests.length;
    await other.page.getByLabel('办件编号').fill('9920261127000001');
    await other.page.getByTestId('open-by-number-button').click();
    expect(await other.page.getByTestId('case-number-problem').textContent()).toContain('前两位 99 不是长三角的省份代码');
    await other.page.getByLabel('办件编号').fill('32202611');
    await other.page.getByTestId('open-by-number-button').click();
    expect(await other.page.getByTestId('case-number-problem').textContent()).toContain('办件编号应为 16 位数字');
    expect(other.graphqlRequests.length).toBe(before);
    await other.page.getByLabel('办件编号').fill(caseId);
    await other.page.getByTestId('open-by-number-button').click();
    await other.page.getByTestId('case-panel').getByTestId('case-id').getByText(caseId).waitFor();
    expect(new URL(other.page.url()).hash).toBe(`#/window/${caseId}`);
    expect(await other.page.getByTestId('case-panel').textContent()).toContain('个人申请出具异地贷款缴存使用证明');

    // The queue tab, selected.
    await other.page.getByTestId('tab-queue').click();
    expect(await other.page.getByTestId('tab-queue').getAttribute('aria-selected')).toBe('true');
    expect(await other.page.getByTestId('tab-case').getAttribute('aria-selected')).toBe('false');
    expect(pageErrors).toEqual([]);
    expect(other.pageErrors).toEqual([]);
    await other.page.close();
  });
});

describe('我的: the applicant signs in as herself', () => {
  it('asks nothing of a window, and shows which tab is open', async () => {
    const { page, pageErrors } = await suite.browser.open('me');
    const seat = page.getByTestId('seat-citizen');
    await seat.getByTestId('dev-sign-in').waitFor();
    for (const label of ['省份', '窗口行政区划代码', '窗口编号', '工作人员编号']) expect(await seat.getByLabel(label).isVisible(), label).toBe(false);
    await signInAsSelf(page, { residentId: CAST.wangLijuan });
    expect(await page.getByTestId('tab-records').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('tab-access').click();
    expect(await page.getByTestId('tab-access').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('tab-records').getAttribute('aria-selected')).toBe('false');
    expect(pageErrors).toEqual([]);
  });

  it('a zone policy implemented by several provinces is applied for where the enterprise is registered', async () => {
    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { creditCode: CAST.jiashanHefeng });
    await page.getByTestId('tab-policies').click();
    const voucher = page.getByTestId('eligible-policies').getByTestId(`policy-${POLICY_CODES.zoneInnovation}`);
    await voucher.waitFor();
    const place = voucher.getByTestId(`apply-region-${POLICY_CODES.zoneInnovation}`);
    expect(await place.textContent()).toBe('将在浙江省办理（企业登记地）');
    await voucher.getByTestId(`apply-${POLICY_CODES.zoneInnovation}`).click();
    const caseId = (await page.getByTestId('policy-case').getByTestId('case-id').textContent()) ?? '';
    expect(caseId).toMatch(/^33\d{14}$/); // filed in Zhejiang, where 嘉善禾丰 is registered — not in 青浦
    expect(pageErrors).toEqual([]);
  });
});
