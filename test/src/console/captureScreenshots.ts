import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { STORY_ITEMS } from '@yrd/catalog';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation } from '../harness/bootFederation.ts';
import { launchConsoleBrowser } from './consoleBrowser.ts';
import { applicantAcceptsAll, applicantAuthorises, applicantShownAuthorisation, chooseBundle, chooseBundleMaterial, chooseItem, chooseMaterial, lookUpApplicant, openCase, requestEvidence, signInAsSelf, signInAtWindow, submitCase } from './windowSteps.ts';

/**
 * Screenshots of the console's main screens for the README, from the real federation in
 * Chromium:
 *
 *   node --conditions=source --import tsx test/src/console/captureScreenshots.ts
 *
 * writes docs/screenshots/*.png (needs /usr/bin/chromium, and fonts-noto-cjk for the Chinese).
 */
const OUT = join(REPOSITORY_ROOT, 'docs', 'screenshots');
const FENHU = { latitude: 31.03, longitude: 120.88 };

async function save(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForTimeout(300);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  process.stdout.write(`${path}\n`);
}

mkdirSync(OUT, { recursive: true });
const federation = await bootFederation();
const browser = await launchConsoleBrowser(federation.gatewayUrl, { geolocation: FENHU });
try {
  // Story 1: the 吴江 window, approved at once with a licence.
  {
    const { page } = await browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    // Before anything is asked: the desk waits, her phone asks her to authorise.
    (await applicantShownAuthorisation(page)).scrollIntoViewIfNeeded();
    await save(page, 'window-authorisation', false);
    await applicantAuthorises(page);
    await requestEvidence(page);
    await applicantAcceptsAll(page);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'APPROVED');
    await page.locator('.form-prefill summary').click();
    await save(page, 'operator-case-licence');
  }
  // Evidence by province, Anhui down.
  {
    const anhui = federation.proxies.get('anhui');
    if (!anhui) throw new Error('no anhui proxy');
    const { page } = await browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.wangLijuan);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    anhui.down = true;
    try {
      await applicantAuthorises(page);
      await requestEvidence(page);
      await applicantAcceptsAll(page);
      await chooseMaterial(page, 'M01', 'PROVIDED');
      await submitCase(page, 'AWAITING_EVIDENCE');
      await page.getByTestId('case-panel').scrollIntoViewIfNeeded();
      await save(page, 'evidence-province-down');
    } finally {
      anhui.down = false;
    }
  }
  // The review queue: 陈志强's certificate, an outstanding loan.
  {
    const { page } = await browser.open('window');
    await signInAtWindow(page);
    await lookUpApplicant(page, CAST.chenZhiqiang);
    await chooseItem(page, '公积金贷款证明', STORY_ITEMS.providentFundLoanCertificate);
    await openCase(page);
    await applicantAuthorises(page);
    await requestEvidence(page);
    await applicantAcceptsAll(page);
    await chooseMaterial(page, 'M01', 'PROVIDED');
    await submitCase(page, 'IN_REVIEW');
    await page.getByTestId('tab-queue').click();
    await page.locator('[data-testid^="queued-"]').first().waitFor();
    await save(page, 'review-queue');
  }
  // 顾晓梅's access log across the provinces.
  {
    const { page } = await browser.open('me');
    await signInAsSelf(page, { residentId: CAST.guXiaomei });
    await page.getByTestId('tab-access').click();
    await page.locator('[data-testid="access-log"] tbody tr').first().waitFor();
    await save(page, 'citizen-access-log');
  }
  // A one-thing bundle at the 嘉善 window: every paper once for the five items, each item's case.
  {
    const { page } = await browser.open('window');
    await signInAtWindow(page, { region: 'ZHEJIANG', division: '330421', window: 'JS-YJS-01', operatorId: 'zj-js-0007' });
    await lookUpApplicant(page, CAST.guXiaomei);
    await chooseBundle(page, 'PROPERTY_TRANSFER');
    await openCase(page);
    await applicantAuthorises(page);
    await requestEvidence(page);
    await applicantAcceptsAll(page);
    for (const paper of ['IDENTITY_DOCUMENT', 'PROPERTY_CERTIFICATE', 'TRANSFER_CONTRACT', 'TAX_CERTIFICATE']) await chooseBundleMaterial(page, paper, 'PROVIDED');
    await submitCase(page, 'IN_REVIEW');
    await page.getByTestId('bundle-cases').scrollIntoViewIfNeeded();
    await save(page, 'window-bundle');
  }
  // 政策兑现: an enterprise's policies across the provinces, one applied for and decided at once.
  {
    const { page } = await browser.open('me');
    await signInAsSelf(page, { creditCode: CAST.jiashanHefeng });
    await page.getByTestId('tab-policies').click();
    await page.getByTestId('eligible-policies').locator('[data-standing]').first().waitFor();
    await save(page, 'enterprise-policies');
  }
  // A guide side by side, and the nearest places, on a desk and on a phone.
  for (const [suffix, size] of [['', { width: 1366, height: 900 }], ['-phone', { width: 390, height: 844 }]] as const) {
    const { page } = await browser.open('public', size);
    await page.getByLabel('查找事项、材料、常见问题').fill('公积金贷款证明');
    await page.getByTestId('public-search').click();
    await page.getByTestId(`guide-${STORY_ITEMS.providentFundLoanCertificate}`).first().click();
    await page.getByTestId('guide-comparison').waitFor();
    await page.getByTestId('use-my-location').click();
    await page.getByTestId('place').first().waitFor();
    await page.getByTestId('guide').screenshot({ path: join(OUT, `public-guide-comparison${suffix}.png`) });
    process.stdout.write(`${join(OUT, `public-guide-comparison${suffix}.png`)}\n`);
    await page.locator('section.nearest').screenshot({ path: join(OUT, `nearest-places${suffix}.png`) });
    process.stdout.write(`${join(OUT, `nearest-places${suffix}.png`)}\n`);
  }
} finally {
  await browser.close();
  await federation.shutdown();
}
