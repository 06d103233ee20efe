import { codePointsOf, describeCharacter } from '../identifiers/describeCharacter.ts';
import type { IdentifierKind, IdentifierProblem } from '../identifiers/index.ts';

/**
 * How an identifier was typed, before what it says is checked: the slips of a keyboard, not of
 * the number — full-width characters (a Chinese input method left in 全角: ９１３３…), spaces
 * or invisible characters before or after it (pasted from a form or a spreadsheet). Such input
 * is refused, never quietly corrected: an identifier is stored, signed into evidence requests,
 * written into the audit trail and compared with the subject of a sign-in token exactly as
 * given, so every entry would have to take the corrected value; instead the clerk is told what
 * to change (全角字符，请切换到半角输入 / 开头或结尾有空格), where a bare count or a character
 * judged invalid would send them looking for a wrong digit.
 */

const NAMES: Readonly<Record<IdentifierKind, string>> = {
  RESIDENT_IDENTITY_NUMBER: '公民身份号码',
  FOREIGN_PERMANENT_RESIDENT_NUMBER: '外国人永久居留身份证号码',
  UNIFIED_SOCIAL_CREDIT_CODE: '统一社会信用代码',
  DIVISION_CODE: '行政区划代码',
  ELECTRONIC_LICENCE_ID: '电子证照标识',
  ORGANIZATION_CODE: '组织机构代码',
};

/** Spaces of any width and characters that show as nothing. */
const BLANK = /^[\s\p{C}]$/u;
/** The full-width forms of ASCII (FF01–FF5E), which NFKC folds to their half-width letters and digits. */
const FULL_WIDTH = /^[\uFF01-\uFF5E]$/u;

/** The identifier as it was meant: NFKC (full-width folded) and trimmed — for judging what it looks like, never for storing. */
export function identifierAsMeant(input: string): string {
  return input.normalize('NFKC').trim();
}

/** The problem with how `input` was typed, named for the identifier it is taken to be; undefined when it was typed plainly. */
export function typingProblem(input: string, kind: IdentifierKind): IdentifierProblem | undefined {
  const characters = codePointsOf(input);
  const name = NAMES[kind];
  const blankAt = (index: number) => BLANK.test(characters[index] ?? '');
  if (characters.length > 0 && characters.every((_, index) => blankAt(index))) {
    return { kind, reason: 'FORMAT', message: `${name}只有空白（${describeCharacter(characters[0] as string)}），请填写${name}` };
  }
  const before = blankAt(0);
  const after = blankAt(characters.length - 1);
  if (before || after) {
    const where = before && after ? '开头和结尾' : before ? '开头' : '结尾';
    const blank = describeCharacter(characters[before ? 0 : characters.length - 1] as string);
    return { kind, reason: 'FORMAT', message: `${name}${where}有${blank}，请删去后重新填写（号码本身不含空格）`, actual: input };
  }
  const wide = characters.flatMap((character, index) => (FULL_WIDTH.test(character) ? [index] : []));
  if (wide.length > 0) {
    const first = wide[0] as number;
    const others = wide.length > 1 ? `等 ${wide.length} 个字符` : '';
    return {
      kind,
      reason: 'FORMAT',
      message: `${name}第${first + 1}位${describeCharacter(characters[first] as string)}${others}是全角字符，请切换到半角输入后重新填写`,
      expected: identifierAsMeant(input),
      actual: input,
    };
  }
  return undefined;
}
