import { describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { POLICY_CODES } from '@yrd/catalog/seed/policyItems';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { consoleSuite } from './consoleSuite.ts';
import { applicantShownAuthorisation, chooseBundle, chooseItem, lookUpApplicant, openCase, signInAsSelf, signInAtWindow } from './windowSteps.ts';

/**
 * What a tester found at the window and on 我的, as the page shows it: a case reopened by its
 * number and kept in the address across a reload, a mistyped number answered in the server's
 * words; the clerk's sign-in fields kept off the applicant's forms; which tab is open; spaced
 * codes; a bundle chosen with each item's fee or pass-on (联动过户); a zone policy applied for
 * where the enterprise is registered; the authorisation card of a bundle's item.
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
    // A mistyped number is answered in the page, in the words the server would use (caseNumber.ts), before any request.
    await other.page.getByLabel('办件编号').fill('9920261127000001');
    await other.page.getByTestId('open-by-number-button').click();
    expect(await other.page.getByTestId('case-number-problem').textContent()).toContain('前两位省份代码 99 不是长三角的省份');
    await other.page.getByLabel('办件编号').fill('32202611');
    await other.page.getByTestId('open-by-number-button').click();
    expect(await other.page.getByTestId('case-number-problem').textContent()).toContain('办件编号应为16位数字（省份2位、日期8位、序号6位）');
    // 全角 digits from a Chinese input method: said so, where — not "should be 16 digits" to a number of 16.
    await other.page.getByLabel('办件编号').fill('３２20261127000001');
    await other.page.getByTestId('open-by-number-button').click();
    expect(await other.page.getByTestId('case-number-problem').textContent()).toBe('办件编号第1位“３”等 2 个字符是全角字符，请切换到半角输入后重新填写');
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

describe('收费 with the amounts its basis sets for other circumstances', () => {
  const REAL_ESTATE = '070101001000'; // 不动产转移登记: 80元; 非住宅类 550元, 另增证书 10元, 小微企业 免收
  const IDENTITY_CARD = '070201001000'; // 居民身份证异地换领、补领: 20元; 丢失补领或损坏换领 40元, 低保 免收
  const REAL_ESTATE_VARIANTS = ['非住宅类：550.00 元', '另增证书（每本加收）：10.00 元', '小微企业（含个体工商户）申请：免收'];
  const IDENTITY_CARD_VARIANTS = ['丢失补领或损坏换领：40.00 元', '城市低保居民、农村特殊困难居民申领或换领：免收'];

  it('at the window: the chosen item’s fee in the window’s province, each other circumstance under it', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    const chosenFee = page.locator('[data-testid="chosen"] [data-testid="chosen-fee"][data-state="shown"]');
    await chooseItem(page, '不动产转移登记', REAL_ESTATE);
    await chosenFee.waitFor();
    expect(await chosenFee.innerText()).toContain('收费（江苏省）：80.00 元');
    expect(await chosenFee.getByTestId('fee-variant').allTextContents()).toEqual(REAL_ESTATE_VARIANTS);

    // Another item replaces the fee shown with its own.
    await chooseItem(page, '居民身份证异地换领', IDENTITY_CARD);
    await page.locator('[data-testid="chosen"] [data-testid="fee-variant"]').getByText('丢失补领或损坏换领').waitFor();
    expect(await chosenFee.innerText()).toContain('20.00 元（居民身份证工本费');
    expect(await chosenFee.innerText()).toContain('江苏省对符合条件的困难群众免收');
    expect(await chosenFee.getByTestId('fee-variant').allTextContents()).toEqual(IDENTITY_CARD_VARIANTS);

    // An item charged nothing: no circumstances.
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await page.locator('[data-testid="chosen"] [data-testid="chosen-fee"]').getByText('不收费').waitFor();
    expect(await page.locator('[data-testid="chosen"] [data-testid="fee-variants"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);

    // At a 嘉善 window the fee is Zhejiang's (its own basis), with the same circumstances.
    const jiashan = await suite.browser.open('window');
    await signInAtWindow(jiashan.page, { region: 'ZHEJIANG', division: '330421', window: 'JS-YJS-01', operatorId: 'zj-js-0007' });
    await chooseItem(jiashan.page, '居民身份证异地换领', IDENTITY_CARD);
    const zhejiangFee = jiashan.page.locator('[data-testid="chosen"] [data-testid="chosen-fee"][data-state="shown"]');
    await zhejiangFee.waitFor();
    expect(await zhejiangFee.innerText()).toContain('收费（浙江省）：20.00 元');
    expect(await zhejiangFee.innerText()).toContain('浙里办在线缴费');
    expect(await zhejiangFee.getByTestId('fee-variant').allTextContents()).toEqual(IDENTITY_CARD_VARIANTS);
    expect(jiashan.pageErrors).toEqual([]);
    await jiashan.page.close();
  });

  it('at the 吴江 window: a one-thing bundle chosen shows the fee of the item Jiangsu handles, and the four it passes on (联动过户) with their receivers and notices', async () => {
    const UTILITIES = [
      [STORY_ITEMS.waterTransfer, '供水过户', '吴江华衍水务有限公司'],
      [STORY_ITEMS.electricityTransfer, '供电过户', '国网江苏省电力有限公司苏州供电分公司'],
      [STORY_ITEMS.gasTransfer, '燃气过户', '吴江港华燃气有限公司'],
      [STORY_ITEMS.cableBroadbandTransfer, '有线电视/宽带过户', '江苏省广电有线信息网络股份有限公司吴江分公司'],
    ] as const;
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await chooseBundle(page, 'PROPERTY_TRANSFER');
    const chosen = page.getByTestId('chosen');
    const items = chosen.locator('[data-testid="chosen-bundle-items"][data-state="shown"]');
    await items.waitFor();
    // Not 含 5 个事项: four of the five are the utilities', passed on.
    expect(await chosen.getByTestId('bundle-item-count').textContent()).toBe('（含 1 个办理事项、4 项联动过户）');

    // The item Jiangsu handles, with its fee here, as a single item shows it.
    const registration = items.getByTestId(`chosen-bundle-item-${REAL_ESTATE}`);
    expect(await registration.getAttribute('data-handling')).toBe('HERE');
    await registration.locator('[data-testid="chosen-fee"][data-state="shown"]').waitFor();
    expect(await registration.innerText()).toContain('不动产转移登记');
    expect(await registration.innerText()).toContain('收费（江苏省）：80.00 元');
    expect(await registration.getByTestId('fee-variant').allTextContents()).toEqual(REAL_ESTATE_VARIANTS);

    // Each utility: passed on to its enterprise, no fee of Jiangsu's, what the applicant is told.
    for (const [code, name, receiver] of UTILITIES) {
      const line = items.getByTestId(`chosen-bundle-item-${code}`);
      expect(await line.getAttribute('data-handling'), name).toBe('PASSED_ON');
      expect(await line.innerText()).toContain(name);
      expect(await line.getByTestId('receiver').textContent()).toBe(`承办企业：${receiver}`);
      expect(await line.getByTestId('pass-on-fee').textContent()).toContain('不在江苏省收费目录');
      expect(await line.getByTestId('pass-on-notice').textContent()).toContain(`推送至`);
      expect(await line.getByTestId('chosen-fee').count()).toBe(0);
    }
    expect(await items.getByTestId(`chosen-bundle-item-${STORY_ITEMS.gasTransfer}`).getByTestId('pass-on-notice').textContent()).toContain('燃气公司将预约入户安全检查');
    expect(pageErrors).toEqual([]);
  });

  it('in the guide: the standard’s and each province’s fee with its other circumstances', async () => {
    const { page, pageErrors } = await suite.browser.open('public');
    await page.getByLabel('查找事项、材料、常见问题').fill('不动产转移登记');
    await page.getByTestId('public-search').click();
    await page.getByTestId(`guide-${REAL_ESTATE}`).first().click();
    const comparison = page.getByTestId('guide-comparison');
    await comparison.waitFor();
    const feeCells = comparison.locator('tbody tr').filter({ hasText: '收费' }).locator('td');
    expect(await feeCells.count()).toBe(4);
    for (let column = 0; column < 4; column++) {
      const cell = feeCells.nth(column);
      expect(await cell.innerText()).toMatch(/^80\.00 元（/);
      expect(await cell.getByTestId('fee-variant').allTextContents(), `column ${column}`).toEqual(REAL_ESTATE_VARIANTS);
    }
    expect(await page.getByTestId('guide-standard-fee').getByTestId('fee-variant').allTextContents()).toEqual(REAL_ESTATE_VARIANTS);
    expect(pageErrors).toEqual([]);
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
    // Her household's division by name, with its code (not the bare code).
    const division = page.locator('dd[data-field="divisionCode"]').first();
    await division.waitFor();
    expect(await division.textContent()).toMatch(/^\S+(省|市|区|县)\S*（\d{6}）$/);
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

describe('数据调取授权 on a one-thing bundle’s item', () => {
  it('lists what the whole bundle gathers, not the item’s part of it, and authorises the bundle', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page, { region: 'ZHEJIANG', division: '330421', window: 'JS-YJS-01', operatorId: 'zj-js-0007' });
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseBundle(page, 'PROPERTY_TRANSFER');
    const bundleId = await openCase(page);
    const bundleKinds = await (await applicantShownAuthorisation(page)).getByTestId('authorised-kinds').locator('li').allTextContents();
    expect(bundleKinds).toContain('婚姻登记信息');

    // The water transfer's case within it, opened by its number: its own materials gather nothing.
    const clerk = await suite.tokens.jiashanClerk();
    const BUNDLE = 'query Bundle($id: ID!) { case(id: $id) { authorisation { authorisedAt } cases { id item { code } requirements { replacedBy } } } }';
    type BundleRead = { case: { authorisation: { authorisedAt: string } | null; cases: { id: string; item: { code: string }; requirements: { replacedBy: string | null }[] }[] } };
    const bundle = dataOf(await graphql<BundleRead>(suite.federation.gatewayUrl, BUNDLE, { id: bundleId }, clerk)).case;
    const water = bundle.cases.find((part) => part.item.code === STORY_ITEMS.waterTransfer);
    expect(water?.requirements.filter((requirement) => requirement.replacedBy)).toEqual([]);
    await page.getByLabel('办件编号').fill(water?.id ?? '');
    await page.getByTestId('open-by-number-button').click();
    await page.getByTestId('case-panel').getByTestId('case-id').getByText(water?.id ?? '').waitFor();

    const phone = await applicantShownAuthorisation(page);
    expect(await phone.getByTestId('authorisation-bundle').textContent()).toBe(`本事项属于“一件事”办件 ${bundleId}：授权对整件办件有效。`);
    await phone.getByTestId('authorised-kinds').waitFor();
    expect(await phone.getByTestId('authorisation-scope').locator('p').first().textContent()).toContain('调取办理整件“一件事”所需的记录：');
    expect(await phone.getByTestId('authorised-kinds').locator('li').allTextContents()).toEqual(bundleKinds);

    await phone.getByTestId('authorise-evidence').click();
    await page.locator('[data-testid="evidence-authorisation"][data-state="authorised"]').waitFor();
    expect(dataOf(await graphql<BundleRead>(suite.federation.gatewayUrl, BUNDLE, { id: bundleId }, clerk)).case.authorisation).not.toBeNull();
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
