import { KNOWN_NONCONFORMING_CREDIT_CODES, validateUnifiedSocialCreditCode } from '../identifiers/index.ts';
import { typingProblem } from './identifierTyping.ts';

/**
 * An enterprise's unified social credit code as the federation accepts it, wherever it is read
 * (a looked-up subject, a sign-in token, the window console): it passes the GB 32100 checks, or
 * it is a registered code known to fail them (KNOWN_NONCONFORMING_CREDIT_CODES, then flagged
 * `nonConforming`). One rule, so an enterprise that can be looked up can also sign in.
 */
export function validateEnterpriseCreditCode(code: string): ReturnType<typeof validateUnifiedSocialCreditCode> {
  // Typed with a space around it or in full-width characters: said so (identifierTyping.ts), not as a wrong length or character.
  const typing = typingProblem(code, 'UNIFIED_SOCIAL_CREDIT_CODE');
  if (typing) return { ok: false, problem: typing };
  return validateUnifiedSocialCreditCode(code, { allowList: KNOWN_NONCONFORMING_CREDIT_CODES });
}
