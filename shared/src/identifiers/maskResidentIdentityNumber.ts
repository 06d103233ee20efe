const KEPT_AT_EACH_END = 4;

/**
 * Masks a resident identity number for display and logs: the first 4 and last 4 characters are
 * kept, everything between becomes '*' (18 characters → 10 asterisks):
 * '310101199001011234' → '3101**********1234'.
 *
 * Input that is too short to keep 4 + 4 and still hide at least as many characters as it shows
 * (fewer than 16) is masked completely, so a mistyped number never leaks most of its digits.
 */
export function maskResidentIdentityNumber(number: string): string {
  const characters = Array.from(number);
  if (characters.length < KEPT_AT_EACH_END * 4) return '*'.repeat(characters.length);
  const head = characters.slice(0, KEPT_AT_EACH_END).join('');
  const tail = characters.slice(-KEPT_AT_EACH_END).join('');
  return head + '*'.repeat(characters.length - 2 * KEPT_AT_EACH_END) + tail;
}
