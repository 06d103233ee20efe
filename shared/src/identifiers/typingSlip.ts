import { codePointsOf, describeCharacter } from './describeCharacter.ts';

/**
 * How an identifier was typed, before what it says is checked, for an identifier named in
 * words (事项基本编码, 办件编号, 排队号编号): a Chinese input method left in 全角 (３２２０…), or a
 * space or invisible character before or after it (pasted from a form). Refused, never quietly
 * corrected — the clerk is told what to change, where "should be 16 digits" would send them
 * looking for a wrong digit. The same words the identity numbers get (identifierTyping.ts).
 */
export interface TypingSlip {
  readonly reason: 'FORMAT';
  readonly message: string;
  /** The identifier as it was meant (full-width folded, trimmed), when that is plain. */
  readonly expected?: string;
  readonly actual?: string;
}

/** Spaces of any width and characters that show as nothing. */
const BLANK = /^[\s\p{C}]$/u;
/** The full-width forms of ASCII (FF01–FF5E), which NFKC folds to their half-width letters and digits. */
const FULL_WIDTH = /^[\uFF01-\uFF5E]$/u;

/** The slip in how `input` was typed, in words naming the identifier (`name`); undefined when it was typed plainly. */
export function typingSlip(input: string, name: string): TypingSlip | undefined {
  const characters = codePointsOf(input);
  const blankAt = (index: number) => BLANK.test(characters[index] ?? '');
  if (characters.length > 0 && characters.every((_, index) => blankAt(index))) {
    return { reason: 'FORMAT', message: `${name}只有空白（${describeCharacter(characters[0] as string)}），请填写${name}` };
  }
  const before = blankAt(0);
  const after = blankAt(characters.length - 1);
  if (before || after) {
    const where = before && after ? '开头和结尾' : before ? '开头' : '结尾';
    const blank = describeCharacter(characters[before ? 0 : characters.length - 1] as string);
    return { reason: 'FORMAT', message: `${name}${where}有${blank}，请删去后重新填写（号码本身不含空格）`, actual: input };
  }
  const wide = characters.flatMap((character, index) => (FULL_WIDTH.test(character) ? [index] : []));
  if (wide.length > 0) {
    const first = wide[0] as number;
    const others = wide.length > 1 ? `等 ${wide.length} 个字符` : '';
    return {
      reason: 'FORMAT',
      message: `${name}第${first + 1}位${describeCharacter(characters[first] as string)}${others}是全角字符，请切换到半角输入后重新填写`,
      expected: input.normalize('NFKC').trim(),
      actual: input,
    };
  }
  return undefined;
}
