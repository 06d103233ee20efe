/**
 * Renders one character for a clerk-facing message. Whitespace and invisible characters are named,
 * because “ ” in a message is impossible to act on.
 */
export function describeCharacter(character: string): string {
  if (character === ' ') return '空格';
  if (character === '\u3000') return '全角空格';
  if (/^\s$/u.test(character)) return '空白字符';
  if (/^\p{C}$/u.test(character)) {
    const codePoint = character.codePointAt(0) ?? 0;
    return `不可见字符 U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `“${character}”`;
}

/** Splits into Unicode code points so that lengths and positions match what a person counts. */
export function codePointsOf(input: string): string[] {
  return Array.from(input);
}
