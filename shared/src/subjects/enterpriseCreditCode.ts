import { KNOWN_NONCONFORMING_CREDIT_CODES, validateUnifiedSocialCreditCode } from '../identifiers/index.ts';

/**
 * An enterprise's unified social credit code as the federation accepts it, wherever it is read
 * (a looked-up subject, a sign-in token, the window console): it passes the GB 32100 checks, or
 * it is a registered code known to fail them (KNOWN_NONCONFORMING_CREDIT_CODES, then flagged
 * `nonConforming`). One rule, so an enterprise that can be looked up can also sign in.
 */
export function validateEnterpriseCreditCode(code: string): ReturnType<typeof validateUnifiedSocialCreditCode> {
  return validateUnifiedSocialCreditCode(code, { allowList: KNOWN_NONCONFORMING_CREDIT_CODES });
}
