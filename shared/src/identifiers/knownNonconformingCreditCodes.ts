/**
 * Real, registered unified social credit codes that do not satisfy the GB 32100 check character
 * (or the GB 11714 check of their organisation code). They were issued before the rules were
 * enforced everywhere (e.g. some codes issued in Xiamen before 2016) and cannot be changed.
 *
 * This list is the ONLY bypass of the check: pass it (or your own list) explicitly as
 * `allowList` to `validateUnifiedSocialCreditCode`; listed codes then pass with
 * `nonConforming: true` so that downstream code can see they were let through.
 *
 * Add a code only after confirming it in the national enterprise credit information publicity
 * system (国家企业信用信息公示系统), with a comment saying when and by whom.
 */
export const KNOWN_NONCONFORMING_CREDIT_CODES: ReadonlySet<string> = new Set([
  // 厦门市思明区登记；按前17位校验码应为 9，证照上为 B。
  '91350203M0001QAY9B',
]);
