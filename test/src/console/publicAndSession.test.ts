import { join } from 'node:path';
import Database from 'better-sqlite3';
import { decodeJwt } from 'jose';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { POLICY_CODES } from '@yrd/catalog/seed/policyItems';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { CaseFlow } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { consoleSuite } from './consoleSuite.ts';
import { acceptEachPending, chooseItem, chooseMaterial, lookUpApplicant, openCase, requestEvidence, signInAsSelf, signInAtWindow, submitCase } from './windowSteps.ts';

/**
 * The console's public desk without sign-in (a guide compared across provinces, the nearest
 * places from the browser's position, a queue number that asks for a citizen's sign-in), and
 * what it does with bad input and a session the gateway no longer accepts.
 */
const FENHU = { latitude: 31.03, longitude: 120.88 };

const suite = consoleSuite({ geolocation: FENHU });

describe('public services at the console, without sign-in', () => {
  it('finds an item, compares its guide across the four provinces, and lists the nearest places from the browser\'s position', async () => {
    const { page, pageErrors } = await suite.browser.open('public');
    await page.getByLabel('查找事项、材料、常见问题').fill('公积金贷款证明');
    await page.getByTestId('public-search').click();
    await page.locator('[data-testid="public-results"] mark').first().waitFor();
    await page.getByTestId(`guide-${STORY_ITEMS.providentFundLoanCertificate}`).first().click();

    const comparison = page.getByTestId('guide-comparison');
    await comparison.waitFor();
    const headers = await comparison.locator('thead th').allTextContents();
    expect(headers).toEqual(['项目', '上海市', '江苏省', '浙江省', '安徽省']);
    const localCodes = await comparison.locator('tbody tr').filter({ hasText: '本地事项编码' }).locator('td').allTextContents();
    expect(localCodes).toHaveLength(4);
    expect(new Set(localCodes).size).toBe(4); // each province names the item its own way

    await page.getByTestId('use-my-location').click();
    const places = page.getByTestId('place');
    await places.first().waitFor();
    expect(await places.count()).toBe(10);
    expect(await page.getByTestId('location-status').textContent()).toContain('31.0300, 120.8800');
    const regions = new Set(await places.evaluateAll((items) => items.map((item) => item.getAttribute('data-region'))));
    expect(regions.size).toBeGreaterThanOrEqual(2); // across province borders
    expect(await page.locator('svg.places-plot circle.plot-place').count()).toBe(10);

    // A queue number needs a citizen: the page says so …
    const hall = places.filter({ hasText: '江苏省' }).filter({ has: page.getByRole('button', { name: '在线取号' }) }).first();
    await hall.getByRole('button', { name: '在线取号' }).click();
    await hall.getByTestId('queue-sign-in-needed').waitFor();
    expect(await hall.getByTestId('queue-sign-in-needed').textContent()).toContain('在线取号需要以居民身份登录');
    // … and once she has signed in, gives her a number.
    await hall.getByRole('button', { name: '去登录' }).click();
    const seat = page.getByTestId('public-citizen-seat');
    await seat.getByLabel('公民身份号码').fill(CAST.wangLijuan);
    await seat.getByTestId('dev-sign-in').click();
    await seat.getByTestId('signed-in-as').waitFor();
    await hall.getByRole('button', { name: '在线取号' }).click();
    await hall.locator('.ticket-number').waitFor();
    const number = await hall.locator('.ticket-number').textContent();
    expect(number).toMatch(/^A\d{3}$/);
    expect(await hall.getByTestId('queue-ticket').textContent()).toContain('等候中');
    // Pressing again is a retry: the same number, not a second one.
    await hall.getByRole('button', { name: '在线取号' }).click();
    await hall.getByTestId('queue-ticket').waitFor();
    expect(await hall.locator('.ticket-number').textContent()).toBe(number);
    // She cancels it: the province says it is cancelled, and there is nothing more to cancel.
    await hall.getByTestId('cancel-number').click();
    await hall.getByTestId('queue-ticket').filter({ hasText: '已取消' }).waitFor();
    expect(await hall.getByTestId('cancel-number').count()).toBe(0);
    expect(await hall.locator('.ticket-number').textContent()).toBe(number);
    // Pressing again now asks for a new number, not the cancelled one back.
    await hall.getByRole('button', { name: '在线取号' }).click();
    await hall.getByTestId('queue-ticket').filter({ hasText: '等候中' }).waitFor();
    const held = await hall.locator('.ticket-number').textContent();
    expect(held).not.toBe(number);
    expect(pageErrors).toEqual([]);

    // In another tab she asks again at the same hall: not a second number — the one she holds, with the province's words.
    const other = await suite.browser.open('public');
    await other.page.getByLabel('查找事项、材料、常见问题').fill('公积金贷款证明');
    await other.page.getByTestId('public-search').click();
    await other.page.getByTestId(`guide-${STORY_ITEMS.providentFundLoanCertificate}`).first().click();
    await other.page.getByTestId('use-my-location').click();
    const placeId = ((await hall.getByRole('button', { name: '在线取号' }).getAttribute('data-testid')) ?? '').replace(/^take-number-/, '');
    const sameHall = other.page.getByTestId(`ticket-${placeId}`);
    await other.page.getByTestId(`take-number-${placeId}`).click();
    await sameHall.getByRole('button', { name: '去登录' }).click();
    const otherSeat = other.page.getByTestId('public-citizen-seat');
    await otherSeat.getByLabel('公民身份号码').fill(CAST.wangLijuan);
    await otherSeat.getByTestId('dev-sign-in').click();
    await otherSeat.getByTestId('signed-in-as').waitFor();
    await other.page.getByTestId(`take-number-${placeId}`).click();
    await sameHall.getByTestId('queue-ticket').waitFor();
    expect(await sameHall.locator('.ticket-number').textContent()).toBe(held);
    expect(await sameHall.getByRole('alert').textContent()).toContain(`取得 ${held} 号，正在等候`);
    expect(other.pageErrors).toEqual([]);
  });

  it('names a province that is down and still lists the others\' places', async () => {
    const zhejiang = suite.federation.proxies.get('zhejiang');
    if (!zhejiang) throw new Error('no zhejiang proxy');
    const { page } = await suite.browser.open('public');
    await page.getByLabel('查找事项、材料、常见问题').fill('公积金贷款证明');
    await page.getByTestId('public-search').click();
    await page.getByTestId(`guide-${STORY_ITEMS.providentFundLoanCertificate}`).first().click();
    await page.getByTestId('guide-comparison').waitFor();
    zhejiang.down = true;
    try {
      await page.getByLabel('或选择区县').selectOption('FENHU');
      await page.getByTestId('find-by-district').click();
      await page.getByTestId('places-unavailable').waitFor();
      expect(await page.getByTestId('places-unavailable').textContent()).toContain('浙江省暂不可用');
      expect(await page.locator('[data-testid="place"][data-region="ZHEJIANG"]').count()).toBe(0);
      expect(await page.getByTestId('place').count()).toBeGreaterThan(0);
    } finally {
      zhejiang.down = false;
    }
  });
});

describe('a place\'s hours and its queue, in the page', () => {
  it('posts the hours in words with the lunch break; heads a closed place\'s refusal as such; takes the ticket off the screen when she signs out', async () => {
    const { page, pageErrors } = await suite.browser.open('public');
    await page.getByLabel('查找事项、材料、常见问题').fill('公积金贷款证明');
    await page.getByTestId('public-search').click();
    await page.getByTestId(`guide-${STORY_ITEMS.providentFundLoanCertificate}`).first().click();
    await page.getByTestId('guide-comparison').waitFor();
    const answered = page.waitForResponse((response) => (response.request().postDataJSON() as { operationName?: string }).operationName === 'NearestServicePlaces');
    await page.getByTestId('use-my-location').click();
    const found = ((await (await answered).json()) as { data: { nearestServicePlaces: { places: { open24h: boolean; lunchService: boolean }[] } } }).data.nearestServicePlaces.places;
    const places = page.getByTestId('place');
    await places.first().waitFor();
    // Each place's line, in the order the province listed them: days in words, and the lunch break where there is one.
    const lines = await places.locator('small').allTextContents();
    expect(lines).toHaveLength(found.length);
    expect(found.some((place) => !place.open24h && !place.lunchService)).toBe(true);
    for (const [index, place] of found.entries()) {
      const line = lines[index] ?? '';
      expect(line).not.toMatch(/周\d/);
      if (!place.open24h) expect(line).toContain('周一至周五');
      // A hall without lunch-time service shows its weekday in two periods: the break as it is.
      expect(/周一至周五 \d\d:\d\d–12:00、13:30–\d\d:\d\d/.test(line), line).toBe(!place.open24h && !place.lunchService);
    }

    const seat = page.getByTestId('public-citizen-seat');
    await seat.locator('summary').first().click();
    await seat.getByLabel('公民身份号码').fill(CAST.liJun);
    await seat.getByTestId('dev-sign-in').click();
    await seat.getByTestId('signed-in-as').waitFor();
    const halls = places.filter({ has: page.getByRole('button', { name: '在线取号' }) });

    // The halls are all open at the federation's clock (a working morning): a closed one's refusal is
    // replayed here as the province words it, to see how the page heads it.
    await page.route('**/graphql', async (route) => {
      const sent = route.request().postDataJSON() as { operationName?: string };
      if (!sent.operationName?.startsWith('TakeQueueNumber')) return route.continue();
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: '示例社区事务受理服务中心现在不办公（下次开放：11月26日（周四）09:00），请在开放时间内取号', extensions: { code: 'BAD_USER_INPUT', reason: 'PLACE_CLOSED', field: 'placeId', opensAt: '2026-11-26T01:00:00.000Z' } }],
          data: null,
        }),
      });
    });
    const closed = halls.nth(1);
    await closed.getByRole('button', { name: '在线取号' }).click();
    const refusal = closed.getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.locator('.error-code').textContent()).toBe('现在不能取号');
    expect(await refusal.textContent()).toContain('下次开放：11月26日（周四）09:00');
    expect(await closed.getByRole('button', { name: '在线取号' }).isVisible()).toBe(true);
    await page.unroute('**/graphql');

    const hall = halls.first();
    await hall.getByRole('button', { name: '在线取号' }).click();
    const ticket = hall.getByTestId('queue-ticket');
    await ticket.waitFor();
    expect(await ticket.textContent()).toContain('取消码');
    // She signs out: her number and its cancel code leave the screen with her.
    await seat.getByRole('button', { name: '退出登录' }).click();
    await ticket.waitFor({ state: 'detached' });
    expect(await page.getByText('取消码').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('谁查看了我的数据', () => {
  it('names her 本人 only for what she did herself; another resident who tried to read her records is a resident, with a masked number', async () => {
    const herself = await suite.tokens.citizen(CAST.zhaoMin);
    const flow = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu');
    const caseId = await flow.open(STORY_ITEMS.providentFundLoanCertificate, CAST.zhaoMin, herself);
    dataOf(await flow.authorise(caseId, herself));
    await flow.gather(caseId, herself);
    // Someone else, signed in as himself, asks for her records: every province refuses, and writes it into her history.
    await graphql(suite.federation.gatewayUrl, 'query ($id: ID!) { subject(id: $id) { regions { records { recordId } } } }', { id: CAST.zhaoMin }, await suite.tokens.citizen(CAST.liJun));

    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.zhaoMin });
    await page.getByTestId('tab-access').click();
    const own = page.locator(`[data-testid="access-log"] tr[data-case="${caseId}"][data-event="EVIDENCE_RELEASED"]`).first();
    await own.waitFor();
    expect(await own.locator('td[data-label="访问方"]').textContent()).toBe('本人');
    const refused = page.locator('[data-testid="access-log"] tr[data-event="RECORDS_REFUSED"]').first();
    await refused.waitFor();
    expect(await refused.locator('td[data-label="访问方"]').textContent()).toMatch(/^居民（3401\*+1337）$/);
    expect(pageErrors).toEqual([]);
  });
});

describe('bad input and sessions', () => {
  it('catches an invalid identifier in the page with the server\'s own message, before any GraphQL request', async () => {
    const { page, graphqlRequests } = await suite.browser.open('window');
    await signInAtWindow(page);
    const sent = graphqlRequests.length;
    const cases: [string, string][] = [
      ['310118198804123022', 'CHECK_CHARACTER'], // a wrong check character
      ['31011819880412302x', 'FORMAT'], // a lower-case x
      ['3101181988041230', 'LENGTH'],
      ['91330421MA2B3C4D1O', 'FORMAT'], // the letter O in a credit code
    ];
    for (const [identifier, reason] of cases) {
      await page.getByLabel('身份号码 / 信用代码').fill(identifier);
      await page.getByTestId('look-up').click();
      const problem = page.getByTestId('identifier-problem');
      const shown = (await problem.textContent()) ?? '';
      expect(await problem.getAttribute('data-reason'), identifier).toBe(reason);
      // The same check on the server answers with the same words (prefixed there with the field name) and the same reason.
      const server = await graphql(suite.federation.gatewayUrl, 'query ($id: ID!) { subject(id: $id) { id } }', { id: identifier });
      expect(server.errors?.[0]?.message).toBe(`id: ${shown}`);
      expect(server.errors?.[0]?.extensions?.reason, identifier).toBe(reason);
      // A resident number with a lower-case x is told to write X, not described as a credit code.
      if (identifier.endsWith('x')) expect(shown).toBe('公民身份号码第18位校验码应为大写字母 X，请将小写 x 改为大写 X');
    }
    expect(await page.getByLabel('身份号码 / 信用代码').getAttribute('aria-invalid')).toBe('true');
    expect(graphqlRequests.length).toBe(sent);

    // A valid one goes through.
    await lookUpApplicant(page, CAST.guXiaomei);
    expect(graphqlRequests.length).toBe(sent + 1);
    expect(await page.getByTestId('identifier-problem').textContent()).toBe('');
    expect(await page.getByTestId('identifier-problem').getAttribute('data-reason')).toBeNull();
  });

  it('an expired session: the gateway\'s message, a way to sign in again, and the work goes on', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    // A token from the identity provider that expires in a few seconds, pasted at sign-in (long
    // enough for the first steps on a loaded machine; the test then waits until it has expired).
    const header = await suite.tokens.header({ kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' }, '8s');
    const expiresAt = ((decodeJwt(header.authorization.replace('Bearer ', '')).exp as number) ?? 0) * 1000;
    const seat = page.getByTestId('seat-operator');
    await seat.locator('summary', { hasText: '使用已有令牌' }).click();
    await seat.getByLabel('登录令牌（JWT）').fill(header.authorization.replace('Bearer ', ''));
    await seat.getByTestId('paste-sign-in').click();
    await page.getByTestId('window-identity').waitFor();
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);

    await page.waitForTimeout(Math.max(0, expiresAt - Date.now()) + 1_500);
    await page.getByTestId('open-case').click();
    const refused = page.getByTestId('session-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('登录令牌已过期，请重新登录');

    await refused.getByTestId('sign-in-again').click();
    // The same window is filled in again; a development token signs the clerk in.
    expect(await seat.getByLabel('窗口编号').inputValue()).toBe('WJ-CSJ-01');
    await seat.getByTestId('dev-sign-in').click();
    await page.getByTestId('window-identity').waitFor();
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    expect(await openCase(page)).toMatch(/^32\d{14}$/);
    expect(pageErrors).toEqual([]);
  });

  it('a token the gateway refuses outright (bad signature) is reported the same way, never a blank page', async () => {
    const { page } = await suite.browser.open('me');
    const good = await suite.tokens.citizen(CAST.guXiaomei);
    const [head, payload, signature] = good.authorization.replace('Bearer ', '').split('.');
    const forged = `${head}.${payload}.${(signature ?? '').slice(0, -4)}AAAA`;
    const seat = page.getByTestId('seat-citizen');
    await seat.locator('summary', { hasText: '使用已有令牌' }).click();
    await seat.getByLabel('登录令牌（JWT）').fill(forged);
    await seat.getByTestId('paste-sign-in').click();
    await page.getByTestId('session-refused').waitFor();
    expect(await page.getByTestId('session-refused').textContent()).toContain('登录令牌签名无效');
  });
});

describe('我的 with a one-thing bundle', () => {
  it('lists her bundle among her cases by its bundle, with the case of each item', async () => {
    const jiashanClerk = await suite.tokens.jiashanClerk();
    const bundle = new CaseFlow(suite.federation.gatewayUrl, 'zhejiang');
    const opened = await bundle.openBundle('PROPERTY_TRANSFER', CAST.guXiaomei, jiashanClerk);
    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.guXiaomei });
    await page.getByTestId('tab-cases').click();
    const card = page.getByTestId(`my-case-${opened.id}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('不动产转移登记及水电气网联动过户“一件事”');
    const parts = await card.getByTestId(`bundle-cases-${opened.id}`).locator('li').allTextContents();
    expect(parts).toHaveLength(5);
    expect(parts[0]).toContain('不动产转移登记');
    expect(pageErrors).toEqual([]);
  });

  it('查看详情 reads the bundle on demand: the pass-ons (联动过户) with what she is told, and a refused item with its reasons', async () => {
    const REASON = '转让合同记载的出卖人与不动产登记簿记载的权利人不一致，不予办理转移登记';
    const wujiangClerk = await suite.tokens.wujiangClerk();
    const colleague = await suite.tokens.wujiangColleague();
    const applicant = await suite.tokens.citizen(CAST.guXiaomei);
    // At the 吴江 window: the registration is Jiangsu's case, the four utilities are passed on once it is approved.
    // She authorises the bundle on her phone as soon as it is opened (数据调取授权).
    const jiangsu = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu', suite.tokens);
    const bundle = await jiangsu.openBundle('PROPERTY_TRANSFER', CAST.guXiaomei, wujiangClerk);
    await jiangsu.gather(bundle.id, wujiangClerk);
    await jiangsu.decideAll(bundle.id, applicant);
    const submitted = (await jiangsu.submit({ caseId: bundle.id, providedDocuments: ['IDENTITY_DOCUMENT', 'PROPERTY_CERTIFICATE', 'TRANSFER_CONTRACT', 'TAX_CERTIFICATE'] }, wujiangClerk)).caseView;
    expect(submitted?.status).toBe('IN_REVIEW');
    const registration = submitted?.cases[0]?.id ?? '';

    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.guXiaomei });
    await page.getByTestId('tab-cases').click();
    const card = page.getByTestId(`my-case-${bundle.id}`);
    // The list itself shows where each pass-on stands, with its receiver (no need to open the case).
    const listed = card.getByTestId(`my-pass-ons-${bundle.id}`);
    await listed.waitFor();
    expect(await listed.locator('li').count()).toBe(4);
    const listedGas = listed.getByTestId(`my-pass-on-${STORY_ITEMS.gasTransfer}`);
    expect(await listedGas.getAttribute('data-status')).toBe('AWAITING');
    expect(await listedGas.textContent()).toBe('燃气过户待登记办结后推送承办企业：吴江港华燃气有限公司');
    await card.getByTestId(`case-detail-toggle-${bundle.id}`).click();
    const detail = card.getByTestId(`case-detail-${bundle.id}`);
    const passedOn = detail.getByTestId('bundle-passed-on');
    await passedOn.waitFor();
    // When she authorised the window to gather her records for it, on her phone.
    const authorised = detail.getByTestId('case-authorisation');
    expect(await authorised.getAttribute('data-state')).toBe('authorised');
    expect(await authorised.textContent()).toMatch(/^您已于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} 授权为本办件向持有您数据的省份调取所需记录（数据调取授权）$/);
    // Each utility waits for the registration, with its receiver and what she is told.
    expect(await passedOn.locator('li').count()).toBe(4);
    const gas = passedOn.getByTestId(`passed-on-${STORY_ITEMS.gasTransfer}`);
    expect(await gas.getAttribute('data-status')).toBe('AWAITING');
    expect(await gas.textContent()).toContain('燃气过户');
    expect(await gas.textContent()).toContain('待登记办结后推送');
    expect(await gas.getByTestId('receiver').textContent()).toBe('承办企业：吴江港华燃气有限公司');
    expect(await gas.getByTestId('pass-on-notice').textContent()).toContain('燃气公司将预约入户安全检查');

    // A colleague refuses the registration (受审分离): she reads why, on the item, and that the utilities are not passed on.
    dataOf(await jiangsu.review(registration, 'REJECT', REASON, colleague));
    await detail.getByTestId('refresh-bundle').click();
    const refused = detail.locator(`[data-testid="bundle-case-${STORY_ITEMS.realEstateTransfer}"][data-status="REJECTED"]`);
    await refused.waitFor();
    expect(await refused.getByTestId('part-decision').textContent()).toContain('决定：不予批准');
    expect(await refused.getByTestId('part-decision-reasons').textContent()).toContain(REASON);
    await passedOn.locator(`[data-testid="passed-on-${STORY_ITEMS.gasTransfer}"][data-status="CANCELLED"]`).waitFor();
    expect(await gas.textContent()).toContain('已取消');
    expect(await gas.getByTestId('pass-on-cancelled').textContent()).toBe('“不动产转移登记”不予批准，本项未推送，承办企业不会办理');

    // The item's own case opens too, with the whole decision.
    await card.getByTestId(`case-detail-toggle-${registration}`).click();
    const item = card.getByTestId(`case-detail-${registration}`);
    await item.getByTestId('decision-reasons').waitFor();
    expect(await item.getByTestId('decision-outcome').textContent()).toContain('决定：不予批准');
    expect(await item.getByTestId('decision-reasons').textContent()).toContain(REASON);
    // Folded away by the same button.
    await card.getByTestId(`case-detail-toggle-${bundle.id}`).click();
    expect(await detail.isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});

describe('我的办件 after a 容缺 deadline passed', () => {
  it('查看详情 of a 容缺 case ended for a material never brought: the termination in writing, what was missing and where to challenge it', async () => {
    // 赵敏's 生育登记 at the 吴江 window, accepted without her marriage certificate (no province holds her marriage).
    const wujiangClerk = await suite.tokens.wujiangClerk();
    const jiangsu = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu', suite.tokens);
    const caseId = await jiangsu.open(STORY_ITEMS.birthRegistration, CAST.zhaoMin, wujiangClerk);
    await jiangsu.gather(caseId, wujiangClerk);
    await jiangsu.gather(caseId, wujiangClerk, ['CREDIT_RECORD']);
    await jiangsu.decideAll(caseId, await suite.tokens.citizen(CAST.zhaoMin));
    const deferred = (await jiangsu.submit({ caseId, providedMaterials: ['M01'], commitments: [{ materialCode: 'M03', type: 'SUPPLY_LATER' }] }, wujiangClerk)).caseView;
    expect(deferred?.status).toBe('DEFERRED_MATERIALS');
    // Its deadline passes (moved into the past in the province's database): the province ends it when it is next read.
    const db = new Database(join(suite.federation.dataDir, 'jiangsu.sqlite'));
    db.prepare('UPDATE case_file SET deadline = ? WHERE id = ?').run(new Date(Date.now() - 60_000).toISOString(), caseId);
    db.close();

    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.zhaoMin });
    await page.getByTestId('tab-cases').click();
    const card = page.getByTestId(`my-case-${caseId}`);
    // The list says it ended, and what she may do, before she opens it.
    expect(await card.getByTestId('my-case-status').textContent()).toBe('已终止');
    expect(await card.getByTestId('termination').textContent()).toBe(
      '容缺材料未在承诺期限内补齐，本次申请已终止办理；材料齐全后可重新申请。缺少的材料、终止决定和救济途径见“查看详情”。',
    );
    await card.getByTestId(`case-detail-toggle-${caseId}`).click();
    const detail = card.getByTestId(`case-detail-${caseId}`);
    await detail.locator('[data-testid="case-outcome"][data-status="TERMINATED"]').waitFor();
    expect(await detail.getByTestId('decision-outcome').textContent()).toContain('决定：终止办理');
    expect(await detail.getByTestId('decision-reasons').textContent()).toMatch(/容缺材料未在承诺期限（\d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）\d{1,2}(时|时\d{2}分)前）内补齐：结婚证（M03）；本次申请终止办理，材料齐全后可重新申请/);
    expect(await detail.getByTestId('decision-remedy').textContent()).toBe(
      '救济途径：如不服本决定，可以自知道该决定之日起六十日内向苏州市吴江区人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。',
    );
    expect(pageErrors).toEqual([]);
  });
});

describe('政策兑现 at the console: an enterprise applies online for a policy it qualifies for', () => {
  it('lists its policies with the near misses and their reasons, then applies, confirms its data itself and is decided at once', async () => {
    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { creditCode: CAST.jiashanHefeng });
    await page.getByTestId('tab-policies').click();

    const eligible = page.getByTestId('eligible-policies');
    const relief = eligible.getByTestId(`policy-${POLICY_CODES.zhejiangMicroTaxRelief}`);
    await relief.waitFor();
    const eligibleCodes = await eligible.locator('[data-standing]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')));
    expect(eligibleCodes).toEqual(expect.arrayContaining([POLICY_CODES.zhejiangMicroTaxRelief, POLICY_CODES.zoneInnovation, POLICY_CODES.yrdInnovationVoucherAnhui].map((code) => `policy-${code}`)));
    expect(await eligible.locator('[data-standing="NEAR_MISS"]').count()).toBe(0);
    expect(await relief.textContent()).toContain('浙江省财政厅');
    // A near miss says what is missing, and offers no application.
    const yieldLeader = page.getByTestId('near-miss-policies').getByTestId(`policy-${POLICY_CODES.jiashanYieldLeaderAward}`);
    expect(await yieldLeader.getByTestId(`missed-${POLICY_CODES.jiashanYieldLeaderAward}`).locator('li').count()).toBe(1);
    expect(await yieldLeader.getByRole('button', { name: '申请' }).count()).toBe(0);

    await relief.getByTestId(`apply-${POLICY_CODES.zhejiangMicroTaxRelief}`).click();
    const panel = page.getByTestId('policy-case').getByTestId('case-panel');
    await panel.waitFor();
    const caseId = (await panel.getByTestId('case-id').textContent()) ?? '';
    expect(caseId).toMatch(/^33\d{14}$/); // filed in Zhejiang, the publishing province
    expect(await panel.textContent()).toContain('浙江省小微企业房产税和城镇土地使用税减免');
    // Online, the enterprise is both who works the case and who confirms its data: no phone beside it,
    // no clerk's note waiting for it — it authorises the gathering of its records itself (数据调取授权),
    // and only then may ask.
    expect(await page.getByTestId('applicant-phone').count()).toBe(0);
    expect(await panel.getByTestId('evidence-authorisation').count()).toBe(0);
    expect(await panel.getByTestId('request-evidence').count()).toBe(0);
    await authoriseOnline(panel);

    await requestEvidence(page);
    expect(await panel.getByTestId('province-ZHEJIANG').textContent()).toContain('已答复');
    const preview = panel.getByTestId('own-preview');
    await preview.getByTestId('accept-evidence').first().waitFor();
    await acceptEachPending(page, 'own-preview');
    expect(await preview.locator('.preview[data-status="ACCEPTED"]').count()).toBe(2); // its registration and its taxes
    // The case shows both as confirmed (its form is drawn again with them) before the materials are chosen.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="province-ZHEJIANG"] li[data-status="ACCEPTED"]').length === 2);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'APPROVED');

    const outcome = panel.getByTestId('case-outcome');
    expect(await outcome.getByTestId('case-status').textContent()).toBe('已办结（准予）');
    expect(await outcome.locator('.rule-failed').count()).toBe(0);
    // Its four conditions, and that it was not granted already this year (NOT_CLAIMED_THIS_YEAR).
    expect(await outcome.locator('.rule-passed').count()).toBe(5);
    // The province holds the case as opened by the enterprise online, and it lists among its cases.
    const read = await graphql<{ case: { channel: string; openedBy: { kind: string; subjectId: string | null } } }>(
      suite.federation.gatewayUrl,
      'query ($id: ID!) { case(id: $id) { channel openedBy { kind subjectId } } }',
      { id: caseId },
      await suite.tokens.enterprise(CAST.jiashanHefeng),
    );
    expect(read.data?.case).toMatchObject({ channel: 'ONLINE', openedBy: { kind: 'APPLICANT', subjectId: CAST.jiashanHefeng } });
    await page.getByTestId('tab-cases').click();
    await page.getByTestId(`my-case-${caseId}`).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('offers the policy tab to an enterprise only', async () => {
    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.guXiaomei });
    expect(await page.getByTestId('tab-policies').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('我的办件: carrying on online with a case opened at a window', () => {
  it('lets the applicant gather and confirm the evidence of a case not yet submitted, without a clerk', async () => {
    const wujiangClerk = await suite.tokens.wujiangClerk();
    // Opened at the window and not authorised there (数据调取授权): online, she authorises it before she asks.
    const flow = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu');
    const caseId = await flow.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, wujiangClerk);
    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.guXiaomei });
    await page.getByTestId('tab-cases').click();
    await page.getByTestId(`continue-${caseId}`).click();
    const panel = page.getByTestId('my-case-work').getByTestId('case-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('case-id').textContent()).toBe(caseId);
    expect(await panel.getByTestId('authorised-kinds').textContent()).toContain('住房公积金');
    await authoriseOnline(panel);
    await requestEvidence(page);
    expect(await panel.getByTestId('province-SHANGHAI').textContent()).toContain('已答复 · 1 条');
    await panel.getByTestId('own-preview').getByTestId('accept-evidence').click();
    await panel.getByTestId('own-preview').locator('.preview[data-status="ACCEPTED"]').waitFor();
    expect((await flow.get(caseId, wujiangClerk)).evidence.map((piece) => piece.status)).toEqual(['ACCEPTED']);
    expect(pageErrors).toEqual([]);
  });
});


describe('我的办件 paged: 更早的办件', () => {
  it('shows ten of each province’s newest cases, in order across provinces, the older ones below them at 更早的办件, and a province down at first once it answers', async () => {
    // 沈浩然: eleven cases at the 吴江 window, and one at the 嘉善 window filed after his fifth.
    const jiangsu = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu');
    const zhejiang = new CaseFlow(suite.federation.gatewayUrl, 'zhejiang');
    const [wujiangClerk, jiashanClerk] = await Promise.all([suite.tokens.wujiangClerk(), suite.tokens.jiashanClerk()]);
    const filed: string[] = [];
    for (let n = 1; n <= 11; n += 1) {
      filed.unshift(await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.shenHaoran, wujiangClerk));
      if (n === 5) filed.unshift(await zhejiang.open(STORY_ITEMS.providentFundLoanCertificate, CAST.shenHaoran, jiashanClerk));
    }
    const zhejiangCase = filed[6] as string;
    expect(zhejiangCase).toMatch(/^33/);
    const zhejiangProxy = suite.federation.proxies.get('zhejiang');
    if (!zhejiangProxy) throw new Error('no zhejiang proxy');

    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.shenHaoran });
    const cards = page.getByTestId('my-cases').locator('article');
    const shownIds = () => cards.evaluateAll((shown) => shown.map((card) => card.getAttribute('data-case')));
    // Zhejiang does not answer the first page: Jiangsu's ten newest are shown, Zhejiang named above them.
    zhejiangProxy.down = true;
    try {
      await page.getByTestId('tab-cases').click();
      await page.getByTestId('my-cases-older').waitFor();
    } finally {
      zhejiangProxy.down = false;
    }
    expect(await shownIds()).toEqual(filed.slice(0, 11).filter((id) => id !== zhejiangCase));
    expect(await page.getByRole('alert').first().textContent()).toContain('浙江省暂不可用');
    // Opened before the next page, a case's detail stays open when other cases come in.
    const newest = filed[0] as string;
    await page.getByTestId(`case-detail-toggle-${newest}`).click();
    await page.locator(`[data-testid="case-detail-${newest}"][data-state="shown"]`).waitFor();
    // 更早的办件 brings Jiangsu's first case and Zhejiang's first page, each in its place by filing
    // time: Zhejiang's case above Jiangsu's fifth, the open card kept as it was.
    await page.getByTestId('my-cases-older').click();
    await page.getByText('已显示全部办件').waitFor();
    expect(await shownIds()).toEqual(filed);
    expect(await page.getByText('浙江省暂不可用').count()).toBe(0);
    expect(await page.getByTestId('my-cases-older').count()).toBe(0);
    expect(await page.getByTestId(`case-detail-${newest}`).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);

    // Through the gateway as an app pages: Jiangsu's part of the cursor, and Zhejiang's (its one case was shown).
    const pageOf = (variables: Record<string, unknown>) =>
      graphql<{ me: { subject: { regions: ({ region: string; cases: { id: string }[] } | null)[] } } }>(
        suite.federation.gatewayUrl,
        'query ($first: Int, $before: ID) { me { subject { regions: allRegions { region cases(first: $first, before: $before) { id } } } } }',
        variables,
        citizen,
      );
    const citizen = await suite.tokens.citizen(CAST.shenHaoran);
    const older = await pageOf({ first: 10, before: `${filed[10]},${zhejiangCase}` });
    expect(older.errors).toBeUndefined();
    expect(older.data?.me.subject.regions.flatMap((regional) => regional?.cases.map((own) => own.id) ?? [])).toEqual([filed[11]]);
    const refused = await pageOf({ before: 'JIANGSU-3' });
    expect(refused.errors?.map((error) => error.extensions?.reason)).toContain('INVALID_CURSOR');
    expect(refused.errors?.[0]?.message).toContain('请使用上一页最早一个办件的编号');
  });
});

/** 数据调取授权 online: she confirms 授权调取 on the case's panel, which then offers to ask the provinces. */
async function authoriseOnline(panel: Locator) {
  await panel.getByTestId('authorise-evidence').click();
  await panel.getByTestId('request-evidence').waitFor();
  expect(await panel.getByTestId('authorisation-card').count()).toBe(0);
}
