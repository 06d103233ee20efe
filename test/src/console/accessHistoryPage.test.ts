import { describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { CaseFlow } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { consoleSuite } from './consoleSuite.ts';
import { signInAsSelf } from './windowSteps.ts';

/**
 * 我的 · 谁查看了我的数据 in a real browser: what each access was for (the item, by name), a
 * release repeated for one request shown once with how many more times and when last, and
 * older entries one page further on when more than a page of them came since.
 */
const suite = consoleSuite();

describe('谁查看了我的数据, page by page', () => {
  it('shows the item each access was for and the repeats of one release, and reaches older entries with 更早的记录', async () => {
    const { federation, tokens } = suite;
    const clerk = await tokens.wujiangClerk();
    // She authorises the case on her phone as soon as it is opened (数据调取授权): the flow signs her in with her own token.
    const jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.guXiaomei, clerk);
    expect((await jiangsu.gather(caseId, clerk)).errors).toEqual([]);
    const { case: opened } = dataOf(
      await graphql<{ case: { item: { name: string }; evidenceRequests: { holder: string; token: string }[] } }>(
        federation.gatewayUrl,
        'query ($id: ID!) { case(id: $id) { item { name } evidenceRequests { holder token } } }',
        { id: caseId },
        clerk,
      ),
    );
    // Shanghai's request presented again: her record is sent a second time.
    const shanghaiRequest = opened.evidenceRequests.find((request) => request.holder === 'SHANGHAI')?.token ?? '';
    const again = dataOf(
      await graphql<{ evidenceSources: { released: { kind: string; recordId: string | null }[] }[] }>(federation.gatewayUrl, 'query ($r: [String!]!) { evidenceSources(requests: $r) { released { kind recordId } } }', { r: [shanghaiRequest] }, clerk),
    );
    // Released again, to the clerk as a sealed piece only: its id is hers until she accepts it.
    expect(again.evidenceSources[0]?.released).toEqual([{ kind: 'PROVIDENT_FUND', recordId: null }]);
    // Then sixty clerks, each at a window of their own, try to read her records without a case: more than a page in every province.
    await Promise.all(
      Array.from({ length: 60 }, async (_, index) => {
        const stranger = await tokens.operator('JIANGSU', '320509', `WJ-T-${index}`, `js-t-${index}`);
        await graphql(federation.gatewayUrl, 'query ($id: ID!) { subject(id: $id) { regions { records { __typename } } } }', { id: CAST.guXiaomei }, stranger);
      }),
    );

    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.guXiaomei });
    await page.getByTestId('tab-access').click();
    const table = page.getByTestId('access-log');
    await table.locator('tr[data-event="RECORDS_REFUSED"]').first().waitFor();
    const release = table.locator(`tr[data-case="${caseId}"][data-event="EVIDENCE_RELEASED"][data-holder="SHANGHAI"]`);
    // The release came before the sixty refusals: not on the first page.
    expect(await release.count()).toBe(0);
    await page.getByTestId('access-log-older').click();
    await release.waitFor();
    expect(await release.locator('td[data-label="事项"]').textContent()).toBe(opened.item.name);
    expect(await release.getByTestId('access-repeats').textContent()).toMatch(/^ 另有 1 次，最近 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(await release.locator('td[data-label="结果"]').textContent()).toBe('已提供');
    // Zhejiang held none of her fund records: it says so, not 已提供.
    const none = table.locator(`tr[data-case="${caseId}"][data-event="EVIDENCE_RELEASED"][data-holder="ZHEJIANG"]`);
    expect(await none.locator('td[data-label="结果"]').textContent()).toBe('查询无记录');
    // Sixty refusals and her case's entries: every one shown once, in time order.
    await page.getByTestId('access-log-older').waitFor({ state: 'detached' });
    const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id?.startsWith('SHANGHAI-')).length).toBeGreaterThan(60);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});

describe('谁查看了我的数据 after she withdrew a case', () => {
  it('says an old request presented after the withdrawal was not answered, in words', async () => {
    const { federation, tokens } = suite;
    const clerk = await tokens.wujiangClerk();
    const jiangsu = new CaseFlow(federation.gatewayUrl, 'jiangsu', tokens);
    const caseId = await jiangsu.open(STORY_ITEMS.providentFundLoanCertificate, CAST.wangLijuan, clerk);
    expect((await jiangsu.gather(caseId, clerk)).errors).toEqual([]);
    const requestsOf = async () =>
      dataOf(
        await graphql<{ case: { evidenceRequests: { holder: string; token: string | null; endReason: string | null }[] } }>(
          federation.gatewayUrl,
          'query ($id: ID!) { case(id: $id) { evidenceRequests { holder token endReason } } }',
          { id: caseId },
          clerk,
        ),
      ).case.evidenceRequests;
    const jiangsuRequest = (await requestsOf()).find((request) => request.holder === 'JIANGSU')?.token ?? '';
    expect(jiangsuRequest).not.toBe('');
    const withdrawn = await graphql<{ jiangsu: { withdrawCase: { status: string } } }>(
      federation.gatewayUrl,
      'mutation ($id: ID!) { jiangsu { withdrawCase(caseId: $id, reason: "申请人当面申请撤回") { status } } }',
      { id: caseId },
      clerk,
    );
    expect(dataOf(withdrawn).jiangsu.withdrawCase.status).toBe('WITHDRAWN');
    expect((await requestsOf()).every((request) => request.token === null && request.endReason === 'WITHDRAWN')).toBe(true);
    // The old request, kept by the clerk from before, presented again: Jiangsu answers nothing (the hub heard of the end).
    const ended = async () =>
      (await graphql(federation.gatewayUrl, 'query ($r: [String!]!) { evidenceSources(requests: $r) { region released { recordId } } }', { r: [jiangsuRequest] }, clerk)).errors?.[0]?.extensions?.reason;
    await expect.poll(ended, { timeout: 15_000 }).toBe('REQUEST_ENDED');

    const { page, pageErrors } = await suite.browser.open('me');
    await signInAsSelf(page, { residentId: CAST.wangLijuan });
    await page.getByTestId('tab-access').click();
    const table = page.getByTestId('access-log');
    const refusal = table.locator(`tr[data-case="${caseId}"][data-event="EVIDENCE_REFUSED"][data-holder="JIANGSU"]`).first();
    await refusal.waitFor();
    // Not "拒绝提供材料 · 已拒绝 REQUEST_ENDED": the request ended with her case, and nothing was sent.
    const row = (await refusal.textContent()) ?? '';
    expect(row).toContain('调取请求已失效，未再提供');
    expect(row).not.toContain('REQUEST_ENDED');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
