import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { validateElectronicLicenceId } from '@yrd/shared/identifiers/index';
import { auditEntries } from '../harness/auditTrail.ts';
import { CaseFlow } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { consoleSuite } from './consoleSuite.ts';
import {
  applicantAcceptsAll,
  applicantAuthorises,
  caseGathered,
  caseOpened,
  chooseBundle,
  chooseBundleMaterial,
  chooseItem,
  chooseMaterial,
  leniencyEvidenceAwaitingApplicant,
  lookUpApplicant,
  openCase,
  requestEvidence,
  showBundles,
  showReviewQueue,
  signInAsSelf,
  signInAtWindow,
  submitCase,
  WUJIANG_COLLEAGUE,
} from './windowSteps.ts';

/**
 * The window console in a real browser (Chromium), against the real federation: the applicant's
 * authorisation on her phone (数据调取授权) before anything is asked of a province; story 1 at the
 * 吴江 window — 顾晓梅's provident-fund certificate decided at once on Shanghai's data, with a
 * licence — then her own access history; story 3 — 容缺 with its deadline, 告知承诺 refused to
 * an applicant with a false commitment; a province down while the evidence is gathered, with
 * retry; the review queue with a 告知承诺 post-check, each decision left to a colleague where
 * the clerk accepted the case or approved it (受审分离); a one-thing bundle (一件事一次办)
 * at the 嘉善 window, from choosing it to the decision on each of its items; and one there
 * with an item's paper committed instead (告知承诺), approved pending its post-check, and one
 * with an item's paper to follow (容缺), that item waiting for it until the clerk takes it in.
 */
const suite = consoleSuite();

/** A colleague signs in on a console of their own and opens the review queue (受审分离: they decide what another clerk accepted). */
async function colleagueAtQueue(window: Parameters<typeof signInAtWindow>[1]) {
  const colleague = await suite.browser.open('window');
  await signInAtWindow(colleague.page, window);
  await showReviewQueue(colleague.page);
  return colleague;
}

/** The 嘉善 windows (Zhejiang), where the bundles are handled: the colleague decides what the first accepted (受审分离). */
const JIASHAN_WINDOW = { region: 'ZHEJIANG', division: '330421', window: 'JS-YJS-01', operatorId: 'zj-js-0007' };
const JIASHAN_COLLEAGUE = { ...JIASHAN_WINDOW, window: 'JS-YJS-02', operatorId: 'zj-js-0008' };

const NOT_YOURS_TO_REVIEW = '受审分离：本件由您受理，须由其他工作人员审批';
const NOT_YOURS_TO_CHECK = '受审分离：本件由您审批，告知承诺的事后核查须由其他工作人员进行';

describe('a lost answer at the window', () => {
  it('pressed again after the answer to 开始办件 was lost, opens the same case, not a second one', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.wangLijuan);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    // The province opens the case, but its answer never reaches the page.
    let lostCaseId: string | undefined;
    await page.route('**/graphql', async (route) => {
      const sent = route.request().postDataJSON() as { operationName?: string };
      if (lostCaseId !== undefined || sent.operationName !== 'OpenCaseJiangsu') return route.continue();
      const answer = (await (await route.fetch()).json()) as { data?: { jiangsu?: { openCase?: { id: string } } } };
      lostCaseId = answer.data?.jiangsu?.openCase?.id ?? '';
      return route.abort('connectionreset');
    });
    await page.getByTestId('open-case').click();
    await page.getByText('无法连接网关').waitFor();
    expect(lostCaseId).toMatch(/^32\d{14}$/);
    await page.unroute('**/graphql');
    // 开始办件 again: the same key, so the province answers with the case it opened.
    expect(await openCase(page)).toBe(lostCaseId);
    expect(pageErrors).toEqual([]);
  });
});

describe('撤回 at the window: a case opened for nothing', () => {
  it('is withdrawn only with the applicant\'s stated request, ends WITHDRAWN, and her gathered records go with it', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.wangLijuan);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    const caseId = await openCase(page);
    await applicantAuthorises(page);
    await requestEvidence(page);

    // The clerk acts on her word: without it the page refuses, before any request.
    await page.getByTestId('withdrawal').locator('summary').click();
    await page.getByTestId('withdraw-case').click();
    await page.getByTestId('withdraw-reason-required').waitFor();
    expect(await page.locator('[data-testid="case-outcome"][data-status="WITHDRAWN"]').count()).toBe(0);

    await page.getByTestId('withdraw-reason').fill('申请人当面申请撤回，改日再办');
    await page.getByTestId('withdraw-case').click();
    await page.locator('[data-testid="case-outcome"][data-status="WITHDRAWN"]').waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('已撤回');
    expect(await page.getByTestId('status-history').textContent()).toContain('应申请人要求撤回：申请人当面申请撤回，改日再办');
    // Her record gathered for it reads as erased, in words (not the code ERASED).
    const erased = page.locator('[data-testid="province-JIANGSU"] li[data-status="ERASED"]');
    await erased.first().waitFor();
    expect(await erased.first().textContent()).toContain('已删除（办件已撤回）');
    expect(await page.locator('[data-testid="province-JIANGSU"]').textContent()).not.toContain('ERASED');
    // Nothing is left to do on it: no submission, no second withdrawal.
    expect(await page.getByTestId('submit-case').count()).toBe(0);
    expect(await page.getByTestId('withdrawal').count()).toBe(0);
    // Its records were erased with it: the province shows the clerk none.
    const read = await graphql<{ case: { status: string; evidence: { record: unknown }[]; usableEvidence: unknown[] } }>(
      suite.federation.gatewayUrl,
      'query ($id: ID!) { case(id: $id) { status evidence { record { __typename } } usableEvidence { id } } }',
      { id: caseId },
      await suite.tokens.wujiangClerk(),
    );
    const withdrawn = dataOf(read).case;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.evidence.length).toBeGreaterThan(0);
    expect(withdrawn.evidence.every((piece) => piece.record === null)).toBe(true);
    expect(withdrawn.usableEvidence).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('数据调取授权 at the window: nothing is asked before the applicant authorises it on her phone', () => {
  /** Operations of the given name the page has sent so far. */
  const sent = (requests: readonly { postDataJSON(): unknown }[], name: string) => requests.filter((request) => (request.postDataJSON() as { operationName?: string }).operationName === name).length;

  it('the desk waits and offers no request; her phone shows what she authorises; after 授权调取 the desk asks the provinces and she accepts what they released', async () => {
    const { page, graphqlRequests, pageErrors } = await suite.browser.open('window');
    const caseId = await caseOpened(page, CAST.wangLijuan, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);

    // The desk: a note saying whom it waits for, and no way to ask the provinces.
    const standing = page.getByTestId('evidence-authorisation');
    expect(await standing.getAttribute('data-state')).toBe('waiting');
    expect(await standing.textContent()).toContain('等待申请人授权：请申请人在本人手机上登录并确认“授权调取”，确认后即可向持有省份请求数据');
    expect(await page.getByTestId('request-evidence').count()).toBe(0);

    // Her phone, once she signs in as herself: which case, which province asks, for what.
    const phone = page.getByTestId('applicant-phone');
    await phone.getByTestId('dev-sign-in').click();
    const card = phone.getByTestId('authorisation-card');
    await card.waitFor();
    const offered = (await card.textContent()) ?? '';
    expect(offered).toContain(`办件 ${caseId} · 个人申请出具异地贷款缴存使用证明`);
    expect(offered).toContain('江苏省将凭您的授权，向持有您数据的省份调取办理本事项所需的记录');
    expect(await card.getByTestId('authorised-kinds').locator('li').allTextContents()).toEqual(['住房公积金缴存记录']);
    expect(sent(graphqlRequests, 'RequestEvidenceJiangsu')).toBe(0);

    await card.getByTestId('authorise-evidence').click();
    // Both read the case again: the desk says who authorised it and when, and offers the request; the card is gone.
    await page.locator('[data-testid="evidence-authorisation"][data-state="authorised"]').waitFor();
    expect(await standing.textContent()).toMatch(new RegExp(`^申请人本人（${CAST.wangLijuan}）已于 \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} 授权调取数据（有效至 \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}）$`));
    await page.getByTestId('request-evidence').waitFor();
    await card.waitFor({ state: 'detached' });
    expect(sent(graphqlRequests, 'AuthoriseEvidenceJiangsu')).toBe(1);

    // Gathering works as before: every province answers, Jiangsu with her fund record, which she accepts on her phone.
    await requestEvidence(page);
    for (const region of ['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']) expect(await page.getByTestId(`province-${region}`).getAttribute('data-state')).toBe('collected');
    expect(await page.getByTestId('province-JIANGSU').textContent()).toContain('已答复 · 1 条');
    await applicantAcceptsAll(page);
    await page.getByTestId('province-JIANGSU').getByText('申请人已确认使用').waitFor();

    // The province holds the authorisation as hers, given with her own sign-in.
    const held = dataOf(
      await graphql<{ case: { authorisation: { authorisedBy: { kind: string; subjectId: string | null } } | null } }>(
        suite.federation.gatewayUrl,
        'query ($id: ID!) { case(id: $id) { authorisation { authorisedBy { kind subjectId } } } }',
        { id: caseId },
        await suite.tokens.wujiangClerk(),
      ),
    ).case.authorisation;
    expect(held?.authorisedBy).toEqual({ kind: 'APPLICANT', subjectId: CAST.wangLijuan });
    expect(pageErrors).toEqual([]);
  });

  it('authorised on a phone of her own rather than the one beside the desk: the clerk reads the case again and may ask', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    const caseId = await caseOpened(page, CAST.wangLijuan, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await page.locator('[data-testid="evidence-authorisation"][data-state="waiting"]').waitFor();

    dataOf(await new CaseFlow(suite.federation.gatewayUrl, 'jiangsu').authorise(caseId, await suite.tokens.citizen(CAST.wangLijuan)));
    await page.getByTestId('read-authorisation-again').click();
    await page.locator('[data-testid="evidence-authorisation"][data-state="authorised"]').waitFor();
    await requestEvidence(page);
    expect(await page.getByTestId('province-JIANGSU').textContent()).toContain('已答复 · 1 条');
    expect(pageErrors).toEqual([]);
  });
});

describe('story 1 at the console: the 吴江 window, Shanghai data, instant approval', () => {
  let caseId = '';

  it('opens the case, gathers Shanghai\'s record, lets her accept it on her phone, and shows the approval with its licence', async () => {
    const { page, graphqlRequests, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    expect(await page.getByTestId('window-identity').textContent()).toContain('窗口 WJ-CSJ-01');
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    caseId = await openCase(page);
    expect(caseId).toMatch(/^32\d{14}$/);

    await applicantAuthorises(page);
    await requestEvidence(page);
    expect(await page.getByTestId('province-SHANGHAI').textContent()).toContain('已答复 · 1 条');
    for (const region of ['JIANGSU', 'ZHEJIANG', 'ANHUI']) expect(await page.getByTestId(`province-${region}`).textContent()).toContain('无记录');
    // Her record reaches the desk only once she has accepted it: until then the card names the piece, and says so.
    const shanghaiCard = page.getByTestId('province-SHANGHAI');
    expect(await shanghaiCard.getByTestId('record-withheld').textContent()).toContain('待申请人确认后可见');
    expect(await shanghaiCard.getByTestId('record').count()).toBe(0);
    expect(await shanghaiCard.textContent()).not.toContain('SAMPLE-PF-0001');

    await applicantAcceptsAll(page);
    await page.getByTestId('province-SHANGHAI').getByText('申请人已确认使用').waitFor();
    expect(await shanghaiCard.getByTestId('record-withheld').count()).toBe(0);
    expect(await shanghaiCard.getByTestId('record').locator('[data-field="accountNumber"]').textContent()).toBe('110234567801');
    // Her preview shows the record's coded values by the schema's labels (EnumLabels, read once for the page), not as codes.
    const previewed = page.getByTestId('applicant-phone').getByTestId('record');
    expect(await previewed.locator('[data-field="accountStatus"]').textContent()).toBe('正常缴存');
    expect(await previewed.textContent()).not.toContain('ACTIVE');
    const labelReads = graphqlRequests.filter((request) => (request.postDataJSON() as { operationName?: string }).operationName === 'EnumLabels');
    expect(labelReads).toHaveLength(1);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'APPROVED');

    const outcome = page.getByTestId('case-outcome');
    expect(await outcome.getByTestId('case-status').textContent()).toBe('已办结（准予）');
    expect(await outcome.getByTestId('decision').textContent()).toContain('决定：准予');
    expect(await outcome.locator('.rule-failed').count()).toBe(0);
    expect(await outcome.locator('.rule-passed').count()).toBe(3);
    // Each rule by its Chinese description (the condition it requires), its code beside it.
    const loanRule = outcome.locator('.rule-passed[data-rule="PF_NO_OUTSTANDING_LOAN"]');
    expect(await loanRule.textContent()).toContain('✓ 缴存职工无未结清的住房公积金个人住房贷款');
    expect(await loanRule.textContent()).toContain('（规则 PF_NO_OUTSTANDING_LOAN）');
    expect(await outcome.getByTestId('decision-outcome').textContent()).toContain('决定：准予');
    const licence = outcome.getByTestId('licence');
    expect(await licence.textContent()).toContain('异地贷款职工住房公积金缴存使用证明');
    expect(await licence.textContent()).toContain('顾晓梅');
    const licenceId = (await licence.getByTestId('licence-id').textContent()) ?? '';
    const parsed = validateElectronicLicenceId(licenceId);
    expect(parsed.ok, licenceId).toBe(true);
    if (parsed.ok) expect(parsed.value.serial).toBe(caseId);
    expect(pageErrors).toEqual([]);
    expect(auditEntries(suite.federation.dataDir, 'shanghai')).toContainEqual(expect.objectContaining({ event: 'EVIDENCE_RELEASED', caseId, recordIds: ['SAMPLE-PF-0001'] }));
    // The acceptance was hers, made with her own token: the province records the applicant deciding.
    await page.getByTestId('applicant-phone').getByText('申请人已确认使用').waitFor();
    const clerk = await suite.tokens.wujiangClerk();
    const decided = dataOf(
      await graphql<{ case: { evidence: { status: string; decidedBy: { kind: string; subjectId: string | null } | null }[] } }>(
        suite.federation.gatewayUrl,
        'query ($id: ID!) { case(id: $id) { evidence { status decidedBy { kind subjectId } } } }',
        { id: caseId },
        clerk,
      ),
    ).case.evidence;
    expect(decided).toEqual([{ status: 'ACCEPTED', decidedBy: { kind: 'APPLICANT', subjectId: CAST.guXiaomei } }]);
  });

  it('shows her, signed in as herself, that Jiangsu\'s 吴江 window read her Shanghai record for that case', async () => {
    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.guXiaomei });
    await page.getByTestId('tab-access').click();
    const row = page.locator(`[data-testid="access-log"] tr[data-case="${caseId}"][data-event="EVIDENCE_RELEASED"][data-holder="SHANGHAI"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('上海市');
    expect(text).toContain('江苏省 · 区划 320509 · 窗口 WJ-CSJ-01 · 工作人员 js-wj-0001');
    expect(text).toContain('住房公积金缴存记录');
    expect(text).toContain('SAMPLE-PF-0001');

    await page.getByTestId('tab-cases').click();
    const mine = page.getByTestId(`my-case-${caseId}`);
    await mine.waitFor();
    expect(await mine.getByTestId('status-history').textContent()).toMatch(/已受理.*已办结/s);
    expect(pageErrors).toEqual([]);
  });
});

describe('story 3 at the console: something is missing', () => {
  it('容缺: no province holds 赵敏\'s marriage record; accepted on her commitment with a deadline, decided once she supplies it', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.zhaoMin);
    await chooseItem(page, '生育登记', STORY_ITEMS.birthRegistration);
    const caseId = await openCase(page);
    await applicantAuthorises(page);
    await requestEvidence(page);
    // Every province answered, signed, and none holds a marriage.
    for (const region of ['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']) expect(await page.getByTestId(`province-${region}`).getAttribute('data-state')).toBe('collected');
    // Her credit records decide only whether she may use 容缺: not asked for with the rest.
    expect(await page.getByTestId('evidence-board').textContent()).not.toContain('信用记录');
    await applicantAcceptsAll(page);
    await chooseMaterial(page, 'M01', 'PROVIDED');

    // Without a commitment, the province refuses, says why, and nothing changes.
    await page.getByTestId('submit-case').click();
    const refusal = page.getByTestId('submit-messages').getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/结婚证.*容缺/);
    expect(await page.getByTestId('case-panel').locator('.case-header').textContent()).toContain('已受理');

    await chooseMaterial(page, 'M03', 'SUPPLY_LATER');
    // 容缺 marked: the page asks every province for her credit records first (none holds any), then submits.
    await submitCase(page, 'DEFERRED_MATERIALS');
    for (const region of ['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']) expect(await page.getByTestId(`province-${region}`).textContent()).toContain('信用记录');
    expect(await page.getByTestId('deadline').textContent()).toContain('容缺材料补齐期限');
    expect(await page.getByTestId('commitment-M03').textContent()).toContain('逾期未补齐的，本次申请终止');
    // The acceptance says the deadline as a clerk does — that day's 24时 in China — and names the material.
    expect(await page.getByTestId('status-history').textContent()).toMatch(/容缺受理：须于 \d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）24时前补齐：结婚证（M03）/);

    // She comes back with the certificate but not the number: the queue lists the case, its deadline and what is owed, and opens it.
    await page.getByTestId('tab-queue').click();
    const awaiting = page.getByTestId(`awaiting-${caseId}`);
    await awaiting.waitFor();
    expect(await awaiting.getByTestId('awaiting-deadline').textContent()).toMatch(/^补齐期限：\d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）24时前$/);
    expect(await awaiting.getByTestId('awaiting-owed').textContent()).toBe('待补齐：结婚证（M03）');
    await awaiting.getByTestId('view-case').click();
    await page.getByTestId('supply-M03').waitFor();
    await page.getByTestId('supply-M03').click();
    await page.locator('[data-testid="case-outcome"][data-status="IN_REVIEW"]').waitFor();
    expect(await page.getByTestId('status-history').textContent()).toMatch(/已受理.*容缺受理.*人工审核中/s);
    // What happened, in the history: the window took the material in, and the case went to a person.
    expect(await page.getByTestId('status-history').textContent()).toContain('窗口 WJ-CSJ-01 补齐容缺材料：结婚证（M03），转人工审核');
    expect(pageErrors).toEqual([]);
  });

  it('告知承诺: refused to 周建国, listed for an earlier false commitment — the page shows the province\'s reason', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page, { region: 'ZHEJIANG', division: '330782', window: 'YW-WZM-01', operatorId: 'zj-yw-0002' });
    await lookUpApplicant(page, CAST.zhouJianguo);
    await chooseItem(page, '个体工商户设立', STORY_ITEMS.individualBusinessRegistration);
    // Its evidence (credit records) names nobody: the clerk types the name off the identity card.
    await page.getByLabel('申请人姓名').fill('周建国');
    await openCase(page);
    // Its decision reads no shared data: nothing is gathered until he commits — once he has authorised it on his phone.
    await applicantAuthorises(page);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await chooseMaterial(page, 'M02', 'PROVIDED');
    await chooseMaterial(page, 'M03', 'IN_LIEU_OF_PROOF');
    await page.getByTestId('submit-case').click();
    // 告知承诺 marked: his credit records are asked for first; Zhejiang holds one, for him to decide on before anything is submitted.
    await leniencyEvidenceAwaitingApplicant(page);
    expect(await page.getByTestId('case-panel').locator('.case-header').textContent()).toContain('已受理');
    await applicantAcceptsAll(page);
    await page.getByTestId('submit-case').click();
    const refusal = page.getByTestId('submit-messages').getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    // Headed by what refused it (not 输入有误), naming the record that bars her (by its document number, as the province now writes it).
    expect(await refusal.locator('.error-code').textContent()).toBe('不能适用告知承诺');
    expect(await refusal.locator('.error-message').textContent()).toMatch(/^申请人有虚假承诺或严重失信记录（有 1 条记录不符合：/);
    expect(await refusal.textContent()).toContain('COMMITMENT_EXCLUDED');
    expect(await page.getByTestId('case-panel').locator('.case-header').textContent()).toContain('已受理');
    expect(pageErrors).toEqual([]);
  });

  it('a province down while the evidence is gathered: shown as such, the case waits naming it, retry brings its answer and the case completes', async () => {
    const anhui = suite.federation.proxies.get('anhui');
    if (!anhui) throw new Error('no anhui proxy');
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.wangLijuan);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    await applicantAuthorises(page);

    anhui.down = true;
    try {
      await requestEvidence(page);
      const card = page.getByTestId('province-ANHUI');
      expect(await card.getAttribute('data-state')).toBe('unavailable');
      expect(await card.textContent()).toContain('暂不可用');
      expect(await card.getByTestId('error').getAttribute('data-code')).toBe('SUBGRAPH_UNAVAILABLE');
      for (const region of ['SHANGHAI', 'JIANGSU', 'ZHEJIANG']) expect(await page.getByTestId(`province-${region}`).getAttribute('data-state')).toBe('collected');

      await applicantAcceptsAll(page);
      await chooseMaterial(page, 'M01', 'PROVIDED');
      await submitCase(page, 'AWAITING_EVIDENCE');
      expect(await page.getByTestId('awaiting-evidence').textContent()).toContain('安徽省尚未答复（住房公积金缴存记录）');

      // Still down: the retry says so again.
      await card.getByTestId('retry-ANHUI').click();
      await page.locator('[data-testid="province-ANHUI"][data-state="unavailable"]').waitFor();
    } finally {
      anhui.down = false;
    }
    // Back: the request is presented again (its breaker may still be cooling down: try again, as a clerk would).
    for (let attempt = 0; attempt < 10; attempt++) {
      await page.getByTestId('retry-ANHUI').click();
      await page.waitForFunction(() => !['asking', 'verifying'].includes(document.querySelector('[data-testid="province-ANHUI"]')?.getAttribute('data-state') ?? ''));
      if ((await page.getByTestId('province-ANHUI').getAttribute('data-state')) === 'collected') break;
      await page.waitForTimeout(1_000);
    }
    expect(await page.getByTestId('province-ANHUI').textContent()).toContain('已答复 · 无记录');
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'APPROVED');
    expect(await page.getByTestId('status-history').textContent()).toMatch(/已受理.*等待省份答复.*已办结/s);
    expect(await page.getByTestId('licence').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe('the review queue at the console', () => {
  it('a rule that fails sends the case to a person with the reason, decided by a colleague of the accepting clerk; rejecting needs a reason, checked before any request', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    const caseId = await caseGathered(page, CAST.chenZhiqiang, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'IN_REVIEW');
    expect(await page.getByTestId('decision-reasons').textContent()).toContain('上海市公积金管理中心 公积金账户（尾号4321）：未结清贷款 58万元，须不高于 0.00元');
    expect(await page.locator('[data-testid="case-outcome"] .rule-failed').getAttribute('data-rule')).toBe('PF_NO_OUTSTANDING_LOAN');
    expect(await page.locator('[data-testid="case-outcome"] .rule-failed').textContent()).toContain('✗ 不符合条件：缴存职工无未结清的住房公积金个人住房贷款（规则 PF_NO_OUTSTANDING_LOAN）');

    // 受审分离: in the queue of the clerk who accepted it, the case waits for someone else, its buttons disabled.
    await showReviewQueue(page);
    const own = page.getByTestId(`queued-${caseId}`);
    await own.waitFor();
    expect(await own.getByTestId('decision-blocked').textContent()).toBe(NOT_YOURS_TO_REVIEW);
    expect(await own.getByTestId('approve').isDisabled()).toBe(true);
    expect(await own.getByTestId('reject').isDisabled()).toBe(true);

    const colleague = await colleagueAtQueue(WUJIANG_COLLEAGUE);
    const queued = colleague.page.getByTestId(`queued-${caseId}`);
    await queued.waitFor();
    expect(await queued.textContent()).toContain('公积金账户（尾号4321）：未结清贷款 58万元');
    expect(await queued.getByTestId('decision-blocked').count()).toBe(0);
    const before = colleague.graphqlRequests.length;
    // What she decides on is on the card: the materials and how each is satisfied, the rules.
    expect(await queued.getByTestId('queued-materials').textContent()).toContain('M01');
    expect(await queued.locator('[data-testid="queued-rules"] .rule-failed').getAttribute('data-rule')).toBe('PF_NO_OUTSTANDING_LOAN');
    await queued.getByTestId('reject').click();
    // Said on the card pressed, not at the top of the queue.
    await queued.getByTestId('reason-required').waitFor();
    expect(colleague.graphqlRequests.length).toBe(before);

    await queued.getByLabel('理由（不予批准时必填）').fill('存在未结清的住房公积金贷款，不予出具');
    await queued.getByTestId('reject').click();
    await colleague.page.getByText(`办件 ${caseId} 已不予批准`).waitFor();
    await queued.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
    expect(colleague.pageErrors).toEqual([]);
    await colleague.page.close();
  });

  it('告知承诺 post-check: a branch approved on its commitment waits in the queue; a failed check needs a note and revokes it', async () => {
    const { page, graphqlRequests, pageErrors } = await suite.browser.open('window');
    const caseId = await caseGathered(page, CAST.qingpuLvdao, '分公司设立', STORY_ITEMS.branchRegistration);
    for (const code of ['M01', 'M04', 'M05', 'M06']) await chooseMaterial(page, code, 'PROVIDED');
    await chooseMaterial(page, 'M07', 'IN_LIEU_OF_PROOF');
    await submitCase(page, 'APPROVED');
    expect(await page.getByTestId('case-outcome').textContent()).toContain('告知承诺待核查');

    await page.getByTestId('tab-queue').click();
    const pending = page.getByTestId(`post-check-${caseId}`);
    await pending.waitFor();
    const before = graphqlRequests.length;
    await pending.getByRole('button', { name: '核查不实（撤销）' }).click();
    await pending.getByTestId('note-required').waitFor();
    expect(graphqlRequests.length).toBe(before);

    // What was promised, in place of which paper.
    expect(await pending.getByTestId('promised').textContent()).toContain('以承诺代替');
    expect(await pending.getByTestId('promised').locator('li').getAttribute('data-material')).toContain('M07');
    await pending.getByLabel('核查情况').fill('现场核查：承诺的经营场所不存在');
    await pending.getByRole('button', { name: '核查不实（撤销）' }).click();
    // Revoking writes a credit record: asked first, nothing sent until confirmed.
    const confirm = pending.getByTestId('confirm-revoke');
    expect(await confirm.textContent()).toContain('信用记录');
    expect(graphqlRequests.length).toBe(before);
    await confirm.getByTestId('confirm-revoke-button').click();
    await page.getByText(`办件 ${caseId} 核查不实，已撤销`).waitFor();
    await pending.waitFor({ state: 'detached' });
    // Back at the case: it is read again, and says the approval no longer holds.
    await page.getByTestId('tab-case').click();
    await page.locator('[data-testid="case-outcome"][data-status="REVOKED"]').waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('已撤销');
    expect(await page.getByTestId('decision-outcome').textContent()).toContain('原决定：准予 → 已撤销（告知承诺核查不实）');
    expect(pageErrors).toEqual([]);
  });

  it('告知承诺 approved by a person: the approver\'s post-check buttons are disabled (受审分离), the accepting clerk makes the check', async () => {
    // 昆山启程 has an unsettled penalty in Anhui: it may commit, but the rules send it to a person.
    const { page, pageErrors } = await suite.browser.open('window');
    const caseId = await caseGathered(page, CAST.kunshanQicheng, '分公司设立', STORY_ITEMS.branchRegistration);
    for (const code of ['M01', 'M04', 'M05', 'M06']) await chooseMaterial(page, code, 'PROVIDED');
    await chooseMaterial(page, 'M07', 'IN_LIEU_OF_PROOF');
    await submitCase(page, 'IN_REVIEW');

    const colleague = await colleagueAtQueue(WUJIANG_COLLEAGUE);
    await colleague.page.getByTestId(`queued-${caseId}`).getByTestId('approve').click();
    await colleague.page.getByText(`办件 ${caseId} 已准予`).waitFor();
    const barred = colleague.page.getByTestId(`post-check-${caseId}`);
    await barred.waitFor();
    expect(await barred.getByTestId('decision-blocked').textContent()).toBe(NOT_YOURS_TO_CHECK);
    expect(await barred.getByRole('button', { name: '核查通过' }).isDisabled()).toBe(true);
    expect(await barred.getByRole('button', { name: '核查不实（撤销）' }).isDisabled()).toBe(true);

    await showReviewQueue(page);
    const pending = page.getByTestId(`post-check-${caseId}`);
    await pending.waitFor();
    expect(await pending.getByTestId('decision-blocked').count()).toBe(0);
    await pending.getByLabel('核查情况').fill('现场核查：经营场所与承诺一致');
    await pending.getByRole('button', { name: '核查通过' }).click();
    await page.getByText(`办件 ${caseId} 核查通过`).waitFor();
    await pending.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
    expect(colleague.pageErrors).toEqual([]);
    await colleague.page.close();
  });
});

describe('a one-thing bundle (一件事一次办) at the console: 顾晓梅 transfers a property at the 嘉善 window', () => {
  const ITEMS = [
    [STORY_ITEMS.realEstateTransfer, '不动产转移登记'],
    [STORY_ITEMS.waterTransfer, '供水过户'],
    [STORY_ITEMS.electricityTransfer, '供电过户'],
    [STORY_ITEMS.gasTransfer, '燃气过户'],
    [STORY_ITEMS.cableBroadbandTransfer, '有线电视/宽带过户'],
  ] as const;
  const PAPERS = ['IDENTITY_DOCUMENT', 'PROPERTY_CERTIFICATE', 'TRANSFER_CONTRACT', 'TAX_CERTIFICATE'];

  it('opens the bundle in Zhejiang, gathers its evidence once, has her accept it, takes each paper once, and shows each item case through to its decision', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page, JIASHAN_WINDOW);
    expect(await page.getByTestId('window-identity').textContent()).toContain('浙江省 · 区划 330421 · 窗口 JS-YJS-01');
    await lookUpApplicant(page, CAST.guXiaomei);

    // The window offers the bundle with what it files together; chosen after an item, it replaces the item.
    await chooseItem(page, '不动产转移登记', STORY_ITEMS.realEstateTransfer);
    await showBundles(page);
    const offered = page.getByTestId('bundle-PROPERTY_TRANSFER');
    expect(await offered.textContent()).toContain('不动产转移登记及水电气网联动过户“一件事”');
    expect(await offered.textContent()).toContain('材料只交一次');
    expect(await offered.locator('.bundle-items li').allTextContents()).toEqual(ITEMS.map(([, name]) => name));
    await chooseBundle(page, 'PROPERTY_TRANSFER');
    const chosen = (await page.getByTestId('chosen').textContent()) ?? '';
    expect(chosen).toContain('已选择“一件事”：不动产转移登记及水电气网联动过户“一件事”');
    expect(chosen).toContain('含 5 个事项');
    expect(chosen).not.toContain(STORY_ITEMS.realEstateTransfer);

    const bundleId = await openCase(page);
    expect(bundleId).toMatch(/^33\d{14}$/);
    const header = page.getByTestId('case-panel').locator('.case-header');
    expect(await header.textContent()).toContain('不动产转移登记及水电气网联动过户“一件事”');
    expect(await header.textContent()).toContain('已受理');

    // The evidence is asked for once, for the whole bundle; her marriage comes from Zhejiang, and she accepts it on her phone.
    await applicantAuthorises(page);
    await requestEvidence(page);
    for (const region of ['SHANGHAI', 'JIANGSU', 'ZHEJIANG', 'ANHUI']) expect(await page.getByTestId(`province-${region}`).getAttribute('data-state')).toBe('collected');
    expect(await page.getByTestId('province-ZHEJIANG').textContent()).toContain('婚姻登记信息');
    await applicantAcceptsAll(page);
    await page.getByTestId('province-ZHEJIANG').getByText('申请人已确认使用').waitFor();
    expect(await page.getByTestId('applicant-phone').textContent()).toContain(`办件 ${bundleId} · 不动产转移登记及水电气网联动过户“一件事”`);

    // The papers, each once for all five items; one application form stands for each item's; her marriage needs no proof.
    // Her marriage proof is the property transfer's own material (M06 means another paper in another item).
    const marriageProof = `bundle-material-${STORY_ITEMS.realEstateTransfer}:M06`;
    await page.locator(`[data-testid="${marriageProof}"] option[value="EVIDENCE"]`).waitFor({ state: 'attached' });
    expect(await page.getByTestId(marriageProof).inputValue()).toBe('EVIDENCE');
    expect(await page.locator(`tr[data-paper="${STORY_ITEMS.realEstateTransfer}:M06"]`).textContent()).toContain('不动产转移登记 · M06');
    expect(await page.getByTestId('one-application').isVisible()).toBe(true);
    expect(await page.locator('tr[data-paper="IDENTITY_DOCUMENT"] .paper-materials li').allTextContents()).toEqual(ITEMS.map(([, name]) => expect.stringContaining(name)));

    // Without the papers the province refuses, naming the item, and nothing changes.
    await page.getByTestId('submit-case').click();
    const refusal = page.getByTestId('submit-messages').getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('“不动产转移登记”：缺少材料');
    expect(await header.textContent()).toContain('已受理');

    for (const paper of PAPERS) await chooseBundleMaterial(page, paper, 'PROVIDED');
    await submitCase(page, 'IN_REVIEW');
    const outcome = page.getByTestId('case-outcome');
    expect(await outcome.getByTestId('case-status').textContent()).toBe('人工审核中');
    expect(await outcome.getByTestId('status-history').textContent()).toContain('“一件事”已一次提交，各事项分别办理');
    const parts = outcome.getByTestId('bundle-cases');
    expect(await parts.locator('h4').textContent()).toBe('各事项办理情况（5 项）');
    const partIds: string[] = [];
    for (const [code, name] of ITEMS) {
      const part = parts.getByTestId(`bundle-case-${code}`);
      expect(await part.textContent()).toContain(name);
      expect(await part.getAttribute('data-status')).toBe('IN_REVIEW');
      expect(await part.locator('.tag').textContent()).toBe('人工审核中');
      partIds.push((await part.getAttribute('data-case')) ?? '');
    }

    // Each item's case was accepted with the bundle at this window: not this clerk's to decide (受审分离) …
    await showReviewQueue(page);
    const own = page.getByTestId(`queued-${partIds[0]}`);
    await own.waitFor();
    expect(await own.getByTestId('decision-blocked').textContent()).toBe(NOT_YOURS_TO_REVIEW);
    expect(await own.getByTestId('approve').isDisabled()).toBe(true);
    // … a colleague decides each in the queue; the bundle is done once all five are, each with its licence.
    const colleague = await colleagueAtQueue(JIASHAN_COLLEAGUE);
    for (const id of partIds) {
      const queued = colleague.page.getByTestId(`queued-${id}`);
      await queued.getByTestId('approve').click();
      await colleague.page.getByText(`办件 ${id} 已准予`).waitFor();
      await queued.waitFor({ state: 'detached' });
    }
    expect(colleague.pageErrors).toEqual([]);
    await page.getByTestId('tab-case').click();
    await parts.getByTestId('refresh-bundle').click();
    await page.locator('[data-testid="case-outcome"][data-status="APPROVED"]').waitFor();
    expect(await outcome.getByTestId('case-status').textContent()).toBe('已办结（准予）');
    for (const [code] of ITEMS) {
      const part = parts.getByTestId(`bundle-case-${code}`);
      expect(await part.getAttribute('data-status')).toBe('APPROVED');
      expect(await part.locator('.tag').textContent()).toBe('已办结（准予）');
      expect(await part.textContent()).toMatch(/电子证照 \S+（有效）/);
    }
    expect(pageErrors).toEqual([]);
  });
});

/** 企业开办“一件事”: every item's own required paper but the company's address proof, and the identity document they share. */
const COMPANY = STORY_ITEMS.domesticCompanySetup;
const EMPLOYER = STORY_ITEMS.employerSocialInsuranceRegistration;
const BUSINESS_PAPERS = [
  'IDENTITY_DOCUMENT',
  `${COMPANY}:M01`,
  `${COMPANY}:M02`,
  // 股东主体资格证明: the shareholders are not the applicant, so no record of its stands for it.
  `${COMPANY}:M03`,
  `${COMPANY}:M04`,
  `${STORY_ITEMS.sealEngravingFiling}:M03`,
  `${STORY_ITEMS.newTaxpayerInvoice}:M03`,
  `${EMPLOYER}:M02`,
  `${STORY_ITEMS.employerProvidentFundRegistration}:M02`,
];
/** 内资有限公司设立's 住所使用证明: 告知承诺 may stand for it in Zhejiang. */
const ADDRESS_PROOF = `${COMPANY}:M06`;
/** 单位参保登记's 职工劳动合同或用工证明: 容缺 may defer it in Zhejiang (5 working days). */
const LABOUR_CONTRACTS = `${EMPLOYER}:M04`;

/** The choices a bundle paper's select offers. */
const offeredFor = (page: Page, paper: string) =>
  page.locator(`[data-testid="bundle-material-${paper}"] option`).evaluateAll((found) => found.map((option) => (option as HTMLOptionElement).value));

/** 嘉善禾丰 (registered in 嘉善, its one penalty settled: nothing bars it from a commitment) opens 企业开办“一件事” at the 嘉善 window, its evidence accepted. */
async function businessOpeningAtJiashan(page: Page): Promise<void> {
  await signInAtWindow(page, JIASHAN_WINDOW);
  await lookUpApplicant(page, CAST.jiashanHefeng);
  await chooseBundle(page, 'BUSINESS_OPENING');
  await openCase(page);
  await applicantAuthorises(page);
  await requestEvidence(page);
  await applicantAcceptsAll(page);
  // Drawn again once the enterprise has accepted its records: its registration stands for the licence each item asks for.
  await page.locator(`[data-testid="bundle-material-${STORY_ITEMS.sealEngravingFiling}:M01"] option[value="EVIDENCE"]`).waitFor({ state: 'attached' });
}

describe('a one-thing bundle with a commitment (告知承诺): 嘉善禾丰 opens a business at the 嘉善 window', () => {
  // Its labour contracts handed in with the rest; 住所使用证明 committed instead.
  const PAPERS = [...BUSINESS_PAPERS, LABOUR_CONTRACTS];

  it('offers 告知承诺 for the company\'s address proof, where Zhejiang allows it, and shows that item approved on it with its post-check pending', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await businessOpeningAtJiashan(page);

    // 告知承诺 where the item allows it for that material here; neither 容缺 (Zhejiang offers none for it) nor, for a paper no item allows it for, a commitment.
    const offered = (paper: string) => offeredFor(page, paper);
    expect(await offered(ADDRESS_PROOF)).toEqual(['NONE', 'PROVIDED', 'IN_LIEU_OF_PROOF']);
    expect(await offered('IDENTITY_DOCUMENT')).toEqual(['NONE', 'PROVIDED']);
    expect(await offered(`${COMPANY}:M02`)).toEqual(['NONE', 'PROVIDED']);

    for (const paper of PAPERS) await chooseBundleMaterial(page, paper, 'PROVIDED');
    await chooseBundleMaterial(page, ADDRESS_PROOF, 'IN_LIEU_OF_PROOF');
    // A commitment reads its credit records, not asked for until now: the page asks every
    // province, and submits once the enterprise has decided on its settled penalty.
    await page.getByTestId('submit-case').click();
    await leniencyEvidenceAwaitingApplicant(page);
    await applicantAcceptsAll(page);
    await submitCase(page);
    const parts = page.getByTestId('bundle-cases');
    const company = parts.locator(`[data-testid="bundle-case-${COMPANY}"]`);
    await parts.locator(`[data-testid="bundle-case-${COMPANY}"][data-status="IN_REVIEW"]`).waitFor();
    // The commitment is the company case's own, under its own code for the paper.
    const commitment = company.getByTestId('commitment-M06');
    expect(await commitment.textContent()).toContain('M06 · 告知承诺');
    expect(await commitment.textContent()).toContain('愿意接受事后核查');
    expect(await company.getByTestId('post-check').count()).toBe(0);
    const companyCaseId = (await company.getAttribute('data-case')) ?? '';

    // A colleague approves it (受审分离); approved on a commitment, it waits for its post-check.
    const colleague = await colleagueAtQueue(JIASHAN_COLLEAGUE);
    await colleague.page.getByTestId(`queued-${companyCaseId}`).getByTestId('approve').click();
    await colleague.page.getByText(`办件 ${companyCaseId} 已准予`).waitFor();
    expect(colleague.pageErrors).toEqual([]);
    await colleague.page.close();

    await parts.getByTestId('refresh-bundle').click();
    await parts.locator(`[data-testid="bundle-case-${COMPANY}"][data-status="APPROVED"]`).waitFor();
    expect(await company.locator('.tag').first().textContent()).toBe('已办结（准予）');
    expect(await company.getByTestId('post-check').textContent()).toBe('告知承诺待核查');
    expect(await company.textContent()).toMatch(/电子证照 \S+（有效）/);
    expect(pageErrors).toEqual([]);
  });
});

describe('a one-thing bundle with a paper to follow (容缺): 嘉善禾丰 opens a business at the 嘉善 window before its staff have signed', () => {
  it('offers 容缺 for 单位参保登记\'s labour contracts, shows that item waiting for them with its deadline while the others are decided, and decides it once the clerk takes them in', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await businessOpeningAtJiashan(page);

    // 容缺 for the paper the item lets come later, where Zhejiang offers it; not for one it does not.
    expect(await offeredFor(page, LABOUR_CONTRACTS)).toEqual(['NONE', 'PROVIDED', 'SUPPLY_LATER']);
    expect(await page.locator(`tr[data-paper="${LABOUR_CONTRACTS}"]`).textContent()).toContain('单位参保登记 · M04 职工劳动合同或用工证明');
    expect(await offeredFor(page, `${EMPLOYER}:M02`)).toEqual(['NONE', 'PROVIDED']);

    // Neither handed in nor promised: the province refuses, naming the item, and nothing changes.
    for (const paper of [...BUSINESS_PAPERS, ADDRESS_PROOF]) await chooseBundleMaterial(page, paper, 'PROVIDED');
    await page.getByTestId('submit-case').click();
    const refusal = page.getByTestId('submit-messages').getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/“单位参保登记”.*职工劳动合同或用工证明.*容缺/);
    expect(await page.getByTestId('case-panel').locator('.case-header').textContent()).toContain('已受理');

    // Promised for later: the bundle waits on that item alone; the others are decided by their own rules.
    await chooseBundleMaterial(page, LABOUR_CONTRACTS, 'SUPPLY_LATER');
    // 容缺 reads its credit records, asked for now; submitted once the enterprise has decided on them.
    await page.getByTestId('submit-case').click();
    await leniencyEvidenceAwaitingApplicant(page);
    await applicantAcceptsAll(page);
    await submitCase(page, 'DEFERRED_MATERIALS');
    const outcome = page.getByTestId('case-outcome');
    expect(await outcome.getByTestId('case-status').textContent()).toBe('容缺受理，待补齐材料');
    const parts = outcome.getByTestId('bundle-cases');
    const shown = async (code: string) => {
      const part = parts.getByTestId(`bundle-case-${code}`);
      return [await part.getAttribute('data-status'), await part.locator('.tag').first().textContent()];
    };
    expect(await shown(COMPANY)).toEqual(['IN_REVIEW', '人工审核中']);
    expect(await shown(STORY_ITEMS.sealEngravingFiling)).toEqual(['IN_REVIEW', '人工审核中']);
    expect(await shown(STORY_ITEMS.newTaxpayerInvoice)).toEqual(['APPROVED', '已办结（准予）']);
    expect(await shown(STORY_ITEMS.employerProvidentFundRegistration)).toEqual(['APPROVED', '已办结（准予）']);
    expect(await shown(EMPLOYER)).toEqual(['DEFERRED_MATERIALS', '容缺受理，待补齐材料']);
    // Its deadline and its commitment are the item's own; no other item has either.
    const employer = parts.getByTestId(`bundle-case-${EMPLOYER}`);
    expect(await employer.getByTestId('deadline').textContent()).toMatch(/^容缺材料补齐期限：\S/);
    expect(await parts.getByTestId('deadline').count()).toBe(1);
    const commitment = employer.getByTestId('commitment-M04');
    expect(await commitment.textContent()).toContain('M04 · 容缺后补承诺');
    expect(await commitment.textContent()).toContain('“职工劳动合同或用工证明”；逾期未补齐的，本次申请终止');
    expect(await parts.locator('.commitment').count()).toBe(1);

    // The contracts come in: the clerk marks them supplied on the item; decided at once by its rules (秒批), with its licence.
    await employer.getByTestId('supply-M04').click();
    await parts.locator(`[data-testid="bundle-case-${EMPLOYER}"][data-status="APPROVED"]`).waitFor();
    expect(await shown(EMPLOYER)).toEqual(['APPROVED', '已办结（准予）']);
    expect(await employer.textContent()).toMatch(/电子证照 \S+（有效）/);
    expect(await commitment.textContent()).toContain('已补齐：');
    expect(await employer.getByTestId('supply-M04').count()).toBe(0);
    // Nothing is awaited any more: no deadline is shown (the acceptance's reasons in the history still name it).
    expect(await employer.getByTestId('deadline').count()).toBe(0);
    // The bundle now waits only for a colleague deciding the company and its seal.
    await page.locator('[data-testid="case-outcome"][data-status="IN_REVIEW"]').waitFor();
    expect(await outcome.getByTestId('case-status').textContent()).toBe('人工审核中');
    expect(pageErrors).toEqual([]);
  });
});
