import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { CaseFlow } from '../harness/caseFlow.ts';
import { consoleSuite } from './consoleSuite.ts';
import { applicantAcceptsAll, applicantAuthorises, caseGathered, chooseItem, chooseMaterial, lookUpApplicant, openCase, requestEvidence, signInAsSelf, signInAtWindow, submitCase } from './windowSteps.ts';

/**
 * The window console when something went wrong on the way, in a real browser against the real
 * federation: evidence that expired before submission, asked for again; a province's answer
 * that could not be handed in; a request the clerk made, refused to the applicant online; a
 * submission whose answer was lost, followed by the next round; a new person looked up while
 * 开始办件 is pressed; the applicant's phone at the next case; and a submission that went
 * through while the catalog was down.
 */
const suite = consoleSuite();

const proxy = (name: string) => {
  const found = suite.federation.proxies.get(name);
  if (!found) throw new Error(`no ${name} proxy`);
  return found;
};

/** Time passes: the evidence the case holds expires, in Jiangsu's (the filing province's) database. */
function expireEvidence(caseId: string): void {
  const db = new Database(join(suite.federation.dataDir, 'jiangsu.sqlite'));
  db.prepare('UPDATE case_evidence SET expires_at = ? WHERE case_id = ?').run(new Date(Date.now() - 60_000).toISOString(), caseId);
  db.close();
}

/** Until no card of the board is still asking or verifying. */
async function boardSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('[data-testid^="province-"]')];
    return cards.length > 0 && cards.every((card) => !['asking', 'verifying'].includes(card.getAttribute('data-state') ?? ''));
  });
}

/** 重试 on a province that was down, until its breaker lets the request through (as a clerk would). */
async function retryUntil(page: Page, scope: Locator, region: string, states: readonly string[]): Promise<void> {
  const card = scope.getByTestId(`province-${region}`);
  for (let attempt = 0; attempt < 10; attempt++) {
    await card.getByTestId(`retry-${region}`).click();
    await boardSettled(page);
    if (states.includes((await card.getAttribute('data-state')) ?? '')) return;
    await page.waitForTimeout(1_000);
  }
  throw new Error(`${region} never reached ${states.join('/')}`);
}

describe('asking for the evidence again (重新调取)', () => {
  it('evidence that expired before submission: refused with EVIDENCE_EXPIRED, asked for again from the refusal, and the case is approved without a second preview', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    const caseId = await caseGathered(page, CAST.guXiaomei, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await chooseMaterial(page, 'M01', 'PROVIDED');

    expireEvidence(caseId);
    await page.getByTestId('submit-case').click();
    const refusal = page.getByTestId('submit-messages').getByTestId('error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('请重新调取');
    // The case read again after the refusal: the board names the record that expired.
    const shanghai = page.getByTestId('province-SHANGHAI');
    await shanghai.locator('li[data-expired="true"]').waitFor();
    expect(await shanghai.textContent()).toContain('已过有效期');
    expect(await refusal.getAttribute('data-reason')).toBe('EVIDENCE_EXPIRED');

    await page.getByTestId('regather-expired').click();
    await page.getByTestId('regathered').waitFor();
    await boardSettled(page);
    // Shanghai released the same record anew: it replaces the expired one, and her acceptance stands.
    expect(await shanghai.textContent()).toContain('已答复 · 1 条');
    expect(await shanghai.locator('li[data-expired]').count()).toBe(0);
    expect(await shanghai.locator('.pieces li').getAttribute('data-status')).toBe('ACCEPTED');
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'APPROVED');
    expect(await page.getByTestId('licence').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('an answer the case could not take in is shown as answered but not handed in, with the reason; 重新调取 hands it in', async () => {
    const jiangsu = proxy('jiangsu');
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    await applicantAuthorises(page);
    // Jiangsu, the filing province, fails while Shanghai's answer (its receipt and her record) is handed in.
    let failed = false;
    await page.route('**/graphql', async (route) => {
      const sent = route.request().postDataJSON() as { operationName?: string; variables?: { tokens?: string[] } };
      if (failed || sent.operationName !== 'CollectEvidenceJiangsu' || (sent.variables?.tokens?.length ?? 0) < 2) return route.continue();
      failed = true;
      jiangsu.down = true;
      let response;
      try {
        response = await route.fetch();
      } finally {
        jiangsu.down = false;
      }
      return route.fulfill({ response });
    });
    await requestEvidence(page);
    await page.unroute('**/graphql');
    expect(failed).toBe(true);
    const shanghai = page.getByTestId('province-SHANGHAI');
    expect(await shanghai.getAttribute('data-state')).toBe('handInFailed');
    expect(await shanghai.textContent()).toContain('已答复，交付本省失败');
    expect(await shanghai.getByTestId('error').getAttribute('data-code')).toBe('SUBGRAPH_UNAVAILABLE');

    await shanghai.getByTestId('regather-SHANGHAI').click();
    await boardSettled(page);
    expect(await shanghai.getAttribute('data-state')).toBe('collected');
    expect(await shanghai.textContent()).toContain('已答复 · 1 条');
    await applicantAcceptsAll(page);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'APPROVED');
    expect(pageErrors).toEqual([]);
  });

  it('a record damaged on its way to the case (UNDECRYPTABLE) is shown as released but not taken in, never as "no record"; 重新调取 brings it in', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    await applicantAuthorises(page);
    // Shanghai's record (the encrypted token after its receipt) is altered on the way: its authentication tag no longer matches.
    let damaged = false;
    await page.route('**/graphql', async (route) => {
      const sent = route.request().postDataJSON() as { operationName?: string; variables?: { caseId: string; tokens?: string[] } };
      const [receipt, record, ...rest] = sent.variables?.tokens ?? [];
      if (damaged || sent.operationName !== 'CollectEvidenceJiangsu' || !receipt || !record) return route.continue();
      damaged = true;
      const parts = record.split('.');
      const tag = parts[4] ?? '';
      parts[4] = `${tag.startsWith('A') ? 'B' : 'A'}${tag.slice(1)}`;
      return route.continue({ postData: JSON.stringify({ ...sent, variables: { ...sent.variables, tokens: [receipt, parts.join('.'), ...rest] } }) });
    });
    await requestEvidence(page);
    await page.unroute('**/graphql');
    expect(damaged).toBe(true);
    const shanghai = page.getByTestId('province-SHANGHAI');
    const text = (await shanghai.textContent()) ?? '';
    expect(text).not.toContain('无记录');
    expect(text).toContain('已答复 · 1 条未能交付本省');
    expect(text).toContain('拒收：该材料的密文已损坏');
    // Counted, not named: the record's id is the applicant's until she accepts it.
    const notHandedIn = (await shanghai.getByTestId('not-handed-in').textContent()) ?? '';
    expect(notHandedIn).toContain('1 条未能交付本办件');
    expect(notHandedIn).not.toContain('SAMPLE-PF-0001');

    await shanghai.getByTestId('regather-SHANGHAI').click();
    await boardSettled(page);
    expect(await shanghai.textContent()).toContain('已答复 · 1 条');
    expect(await shanghai.getByTestId('not-handed-in').count()).toBe(0);
    expect(await shanghai.locator('.pieces li').getAttribute('data-status')).toBe('PENDING_PREVIEW');
    expect(pageErrors).toEqual([]);
  });

  it('online, the request the clerk made is refused to the applicant (NOT_THE_CASE_OFFICER); 重新调取 asks in her own name and Anhui answers', async () => {
    const anhui = proxy('anhui');
    const clerk = await suite.tokens.wujiangClerk();
    // At the window she authorised it on her phone (the flow signs her in), and Anhui was down: every other province's answer was handed in, Anhui's request is still open.
    const flow = new CaseFlow(suite.federation.gatewayUrl, 'jiangsu', suite.tokens);
    const caseId = await flow.open(STORY_ITEMS.providentFundLoanCertificate, CAST.wangLijuan, clerk);
    anhui.down = true;
    try {
      await flow.gather(caseId, clerk);
    } finally {
      anhui.down = false;
    }

    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.wangLijuan });
    await page.getByTestId('tab-cases').click();
    await page.getByTestId(`continue-${caseId}`).click();
    const panel = page.getByTestId('my-case-work').getByTestId('case-panel');
    const card = panel.getByTestId('province-ANHUI');
    await card.waitFor();
    expect(await card.textContent()).toContain('尚未答复');
    // Presenting the clerk's request again, as herself: Anhui refuses it.
    await retryUntil(page, panel, 'ANHUI', ['refused', 'collected']);
    expect(await card.getAttribute('data-state')).toBe('refused');
    expect(await card.getByTestId('error').textContent()).toContain('您是申请人，办件提交前可以用本人身份重新调取');

    await card.getByTestId('regather-ANHUI').click();
    await boardSettled(page);
    expect(await card.getAttribute('data-state')).toBe('collected');
    expect(await card.textContent()).toContain('已答复 · 无记录');
    for (const region of ['SHANGHAI', 'JIANGSU', 'ZHEJIANG']) expect(await panel.getByTestId(`province-${region}`).getAttribute('data-state')).toBe('collected');
    expect(pageErrors).toEqual([]);
  });
});

describe('a submission round whose answer was lost', () => {
  it('the submission went through (the case waits for Anhui); once Anhui answers, the next press is a new submission, and the case is approved', async () => {
    const anhui = proxy('anhui');
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.wangLijuan);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    await applicantAuthorises(page);
    let lostStatus: string | undefined;
    anhui.down = true;
    try {
      await requestEvidence(page);
      expect(await page.getByTestId('province-ANHUI').getAttribute('data-state')).toBe('unavailable');
      await applicantAcceptsAll(page);
      await chooseMaterial(page, 'M01', 'PROVIDED');
      // The province takes the submission, but its answer never reaches the page.
      await page.route('**/graphql', async (route) => {
        const sent = route.request().postDataJSON() as { operationName?: string };
        if (lostStatus !== undefined || sent.operationName !== 'SubmitCaseJiangsu') return route.continue();
        const answer = (await (await route.fetch()).json()) as { data?: { jiangsu?: { submitCase?: { status: string } } } };
        lostStatus = answer.data?.jiangsu?.submitCase?.status ?? '';
        return route.abort('connectionreset');
      });
      await page.getByTestId('submit-case').click();
      await page.getByTestId('submit-messages').getByText('无法连接网关').waitFor();
      await page.unroute('**/graphql');
      expect(lostStatus).toBe('AWAITING_EVIDENCE');
    } finally {
      anhui.down = false;
    }
    // Anhui is back and answers; the clerk submits again — another round, not a replay of the lost one.
    await retryUntil(page, page.getByTestId('case-panel'), 'ANHUI', ['collected']);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'APPROVED');
    expect(await page.getByTestId('status-history').textContent()).toMatch(/已受理.*等待省份答复.*已办结/s);
    expect(pageErrors).toEqual([]);
  });
});

describe('who the case is for', () => {
  it('开始办件 while another person is looked up opens nothing; an overtaken lookup is dropped; the step names the applicant', async () => {
    const { page, graphqlRequests, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);

    // The lookup of the next person is slow to answer.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const isHeld = (body: unknown) => (body as { operationName?: string; variables?: { id?: string } }).operationName === 'SubjectLookup' && (body as { variables?: { id?: string } }).variables?.id === CAST.wangLijuan;
    await page.route('**/graphql', async (route) => {
      if (isHeld(route.request().postDataJSON())) await held;
      await route.continue();
    });
    const input = page.getByLabel('身份号码 / 信用代码');
    await input.fill(CAST.wangLijuan);
    await page.getByTestId('look-up').click();
    // Pressed meanwhile: the previous person is no longer who the case would be for.
    await page.getByTestId('open-case').click();
    await page.getByTestId('open-needs').waitFor();
    expect(await page.getByTestId('case-panel').count()).toBe(0);
    const openFor = page.getByTestId('open-for');
    expect(await openFor.textContent()).toContain('尚未查询');

    // The clerk corrects the number (Enter) before the slow answer comes: that answer is dropped when it does.
    await input.fill(CAST.chenZhiqiang);
    await input.press('Enter');
    await page.getByTestId('subject-lookup').getByText(CAST.chenZhiqiang).waitFor();
    const lateAnswer = page.waitForResponse((response) => isHeld(response.request().postDataJSON()));
    release();
    await lateAnswer;
    await page.waitForTimeout(300);
    await page.unroute('**/graphql');
    expect(await page.getByTestId('subject-lookup').textContent()).not.toContain(CAST.wangLijuan);
    expect(await openFor.textContent()).toContain(CAST.chenZhiqiang);

    await openCase(page);
    expect(await page.getByTestId('case-panel').locator('.case-header').textContent()).toContain(`申请人 ${CAST.chenZhiqiang}`);
    const opened = graphqlRequests.filter((request) => (request.postDataJSON() as { operationName?: string }).operationName === 'OpenCaseJiangsu');
    expect(opened).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('the applicant\'s phone at the next case is filled in with the next applicant, not the last one', async () => {
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    const phone = page.getByTestId('applicant-phone');
    expect(await phone.getByLabel('公民身份号码').inputValue()).toBe(CAST.guXiaomei);
    await phone.getByTestId('dev-sign-in').click();
    await phone.getByTestId('signed-in-as').waitFor();

    await lookUpApplicant(page, CAST.wangLijuan);
    await openCase(page);
    await page.getByTestId('case-panel').locator('.case-header').getByText(`申请人 ${CAST.wangLijuan}`).waitFor();
    expect(await phone.getByLabel('公民身份号码').inputValue()).toBe(CAST.wangLijuan);
    expect(pageErrors).toEqual([]);
  });
});

describe('a submission that went through while the catalog was down', () => {
  // Last in the file: the gateway's breaker for the catalog may stay open a moment after.
  it('is shown as done — the decision from the province\'s own answer (the case cannot be read while the hub is down), the missing item name as a warning — not as a failure', async () => {
    const catalog = proxy('catalog');
    const { page, pageErrors } = await suite.browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.wangLijuan);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    await applicantAuthorises(page);
    await requestEvidence(page);
    await applicantAcceptsAll(page);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    catalog.down = true;
    try {
      await page.getByTestId('submit-case').click();
      await page.locator('[data-testid="case-outcome"][data-status="APPROVED"]').waitFor();
      const messages = page.getByTestId('submit-messages');
      const warning = messages.getByTestId('warning').first();
      await warning.waitFor();
      expect(await warning.getAttribute('data-code')).toBe('SUBGRAPH_UNAVAILABLE');
      expect(await messages.textContent()).toContain('已办理成功');
      expect(await messages.getByTestId('error').count()).toBe(0);
      expect(await page.getByTestId('case-status').textContent()).toBe('已办结（准予）');
      expect(await page.getByTestId('licence').isVisible()).toBe(true);
      expect(await page.getByTestId('submit-case').count()).toBe(0);
    } finally {
      catalog.down = false;
    }
    expect(pageErrors).toEqual([]);
  });
});
