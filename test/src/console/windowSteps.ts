import type { Locator, Page } from 'playwright-core';

/**
 * What a clerk does at the console, step by step, as a person would: through the page's
 * labels, buttons and test ids, waiting for what the page shows — never by calling the
 * gateway behind its back.
 */
export async function signInAtWindow(page: Page, window?: { region?: string; division?: string; window?: string; operatorId?: string }): Promise<void> {
  const seat = page.getByTestId('seat-operator');
  if (window?.region) await seat.getByLabel('省份').selectOption(window.region);
  if (window?.division) await seat.getByLabel('窗口行政区划代码').fill(window.division);
  if (window?.window) await seat.getByLabel('窗口编号').fill(window.window);
  if (window?.operatorId) await seat.getByLabel('工作人员编号').fill(window.operatorId);
  await seat.getByTestId('dev-sign-in').click();
  await page.getByTestId('window-identity').waitFor();
}

/** The colleague at the next 吴江 window (the default sign-in is the first): decides what the first accepted (受审分离). */
export const WUJIANG_COLLEAGUE = { window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' } as const;

/** Opens the review queue tab, read anew, and waits until it has been read. */
export async function showReviewQueue(page: Page): Promise<void> {
  await page.getByTestId('tab-queue').click();
  await page.getByTestId('refresh-queue').waitFor();
}

/** A citizen (resident identity number) or an enterprise (credit code) signs in to 我的 as itself. */
export async function signInAsSelf(page: Page, self: { residentId: string } | { creditCode: string }): Promise<void> {
  const seat = page.getByTestId('seat-citizen');
  if ('creditCode' in self) {
    await seat.locator('select[name="kind"]').selectOption('ENTERPRISE');
    await seat.getByLabel('统一社会信用代码').fill(self.creditCode);
  } else {
    await seat.getByLabel('公民身份号码').fill(self.residentId);
  }
  await seat.getByTestId('dev-sign-in').click();
  await page.getByTestId('tab-records').waitFor();
}

export async function lookUpApplicant(page: Page, identifier: string): Promise<void> {
  await page.getByLabel('身份号码 / 信用代码').fill(identifier);
  await page.getByTestId('look-up').click();
  await page.getByTestId('subject-lookup').getByText(identifier).waitFor();
}

export async function chooseItem(page: Page, words: string, itemCode: string): Promise<void> {
  await page.getByLabel('搜索事项').fill(words);
  await page.getByTestId('search-items').click();
  await page.getByTestId(`choose-item-${itemCode}`).click();
  await page.locator('[data-testid="chosen"][data-kind="ITEM"]').getByText(itemCode).waitFor();
}

/** Unfolds the one-thing bundles (一件事) the window offers (read when first unfolded). */
export async function showBundles(page: Page): Promise<void> {
  const picker = page.getByTestId('bundle-picker');
  if ((await picker.getAttribute('open')) === null) await picker.locator('summary').click();
  await picker.locator('[data-testid^="choose-bundle-"]').first().waitFor();
}

/** Chooses a one-thing bundle (一件事) from those the window offers, instead of a single item. */
export async function chooseBundle(page: Page, bundleCode: string): Promise<void> {
  await showBundles(page);
  await page.getByTestId(`choose-bundle-${bundleCode}`).click();
  await page.locator('[data-testid="chosen"][data-kind="BUNDLE"]').getByText(bundleCode).waitFor();
}

/** Opens the case; its number as the page shows it. */
export async function openCase(page: Page): Promise<string> {
  await page.getByTestId('open-case').click();
  const id = page.getByTestId('case-id');
  await id.waitFor();
  return (await id.textContent()) ?? '';
}

export async function requestEvidence(page: Page): Promise<void> {
  await page.getByTestId('request-evidence').click();
  // Done when no card is still asking or verifying.
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('[data-testid^="province-"]')];
    return cards.length > 0 && cards.every((card) => !['asking', 'verifying'].includes(card.getAttribute('data-state') ?? ''));
  });
}

/** The applicant's phone, signed in as herself (her own token, the identity the desk's case names). */
async function phoneSignedIn(page: Page): Promise<Locator> {
  const phone = page.getByTestId('applicant-phone');
  if (await phone.getByTestId('dev-sign-in').isVisible()) await phone.getByTestId('dev-sign-in').click();
  await phone.getByTestId('signed-in-as').waitFor();
  return phone;
}

/** The applicant signed in on her phone, shown what she is asked to authorise (数据调取授权) and not yet pressing it. */
export async function applicantShownAuthorisation(page: Page): Promise<Locator> {
  const phone = await phoneSignedIn(page);
  await phone.getByTestId('authorisation-card').waitFor();
  return phone;
}

/**
 * 数据调取授权: the applicant signs in on her phone and confirms 授权调取 for the case on the
 * desk; done when the desk has read the case again and says who authorised it (its 向持有省份请求数据
 * is offered from then on).
 */
export async function applicantAuthorises(page: Page): Promise<void> {
  const phone = await phoneSignedIn(page);
  await phone.getByTestId('authorise-evidence').click();
  await page.locator('[data-testid="evidence-authorisation"][data-state="authorised"]').waitFor();
}

/** The applicant's phone, signed in (her own token), once it shows every piece the evidence board shows. */
async function phoneShowingEveryPiece(page: Page): Promise<Locator> {
  const phone = await phoneSignedIn(page);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="applicant-phone"] .preview').length ===
      document.querySelectorAll('[data-testid="evidence-board"] .pieces li').length,
  );
  return phone;
}

/**
 * The applicant signs in on her phone (her own token) and accepts every piece waiting for her:
 * once the phone shows every piece the evidence board shows, each accepted in turn until none
 * is pending, and done when the desk shows none pending either.
 */
export async function applicantAcceptsAll(page: Page): Promise<void> {
  await phoneShowingEveryPiece(page);
  await acceptEachPending(page, 'applicant-phone');
  // The desk has read the case again after her decisions (its board and materials are drawn anew).
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="evidence-board"] .pieces li[data-status="PENDING_PREVIEW"]').length === 0);
}

/** Accepts every piece pending in a preview (the phone, or the online applicant's own), one at a time, each once the page has drawn it decided. */
export async function acceptEachPending(page: Page, previewTestId: string): Promise<void> {
  const preview = page.getByTestId(previewTestId);
  for (let pending = await preview.getByTestId('accept-evidence').count(); pending > 0; pending -= 1) {
    await preview.getByTestId('accept-evidence').first().click();
    await page.waitForFunction(
      ([scope, left]) => document.querySelectorAll(`[data-testid="${scope}"] [data-testid="accept-evidence"]`).length < left,
      [previewTestId, pending] as const,
    );
  }
}

export async function chooseMaterial(page: Page, materialCode: string, choice: 'PROVIDED' | 'NONE' | 'EVIDENCE' | 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF'): Promise<void> {
  await page.getByTestId(`material-${materialCode}`).selectOption(choice);
}

/** For a bundle: how a paper handed in once for all its items (a document type, or a material code) is satisfied. */
export async function chooseBundleMaterial(page: Page, paper: string, choice: 'PROVIDED' | 'NONE' | 'EVIDENCE' | 'SUPPLY_LATER' | 'IN_LIEU_OF_PROOF'): Promise<void> {
  await page.getByTestId(`bundle-material-${paper}`).selectOption(choice);
}

/**
 * After 提交办件 with 容缺 or 告知承诺 marked on a case that had not asked for the applicant's
 * credit records: the page asked for them, and waits for her to decide on what came back before
 * it submits (nothing was submitted).
 */
export async function leniencyEvidenceAwaitingApplicant(page: Page): Promise<void> {
  await page.locator('[data-testid="leniency-evidence"][data-state="awaiting-applicant"]').waitFor();
}

/** Submits; the status the page then shows (its data-status). */
export async function submitCase(page: Page, expectedStatus?: string): Promise<void> {
  await page.getByTestId('submit-case').click();
  if (expectedStatus) await page.locator(`[data-testid="case-outcome"][data-status="${expectedStatus}"]`).waitFor();
}

/**
 * The applicant signs in on her phone and refuses every piece waiting for her, one at a time,
 * each once the page has drawn it decided; done when the desk shows none pending either.
 */
export async function applicantRejectsAll(page: Page): Promise<void> {
  const phone = await phoneShowingEveryPiece(page);
  for (let pending = await phone.getByTestId('reject-evidence').count(); pending > 0; pending -= 1) {
    await phone.getByTestId('reject-evidence').first().click();
    await page.waitForFunction((left) => document.querySelectorAll('[data-testid="applicant-phone"] [data-testid="reject-evidence"]').length < left, pending);
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="evidence-board"] .pieces li[data-status="PENDING_PREVIEW"]').length === 0);
}

/** The clerk signs in at the window the form offers, looks the applicant up, chooses the item and opens the case; its number. */
export async function caseOpened(page: Page, applicant: string, itemName: string, itemCode: string): Promise<string> {
  await signInAtWindow(page);
  await lookUpApplicant(page, applicant);
  await chooseItem(page, itemName, itemCode);
  return openCase(page);
}

/**
 * A case ready to submit: opened at the window (caseOpened), the applicant authorises it on her phone,
 * the evidence is asked for and she accepts it all.
 */
export async function caseGathered(page: Page, applicant: string, itemName: string, itemCode: string): Promise<string> {
  const caseId = await caseOpened(page, applicant, itemName, itemCode);
  await applicantAuthorises(page);
  await requestEvidence(page);
  await applicantAcceptsAll(page);
  return caseId;
}
