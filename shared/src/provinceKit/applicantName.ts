import { APPLICANT_NAME_FIELD, applicantNameLabel, type PrefilledField } from '../decision/prefilledForm.ts';
import { badUserInput } from '../graphql/errorCodes.ts';
import { regionByCode } from '../regions/regionRegistry.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import { evidenceCanNameApplicant } from '../standard/nameBearingKinds.ts';

/**
 * The applicant's name as declared when a case is opened, or typed at its submission (申请人填报):
 * the name on the identity document the clerk holds, or the name the applicant's real-name
 * sign-in gives. A record naming the applicant wins over it; it names the licence's holder where
 * no record does.
 */
export const MAX_APPLICANT_NAME_LENGTH = 50;

/**
 * Letters of any script (with their combining marks), the middle dot of transcribed names,
 * spaces, an enterprise name's parentheses, and what names on a foreign permanent resident's
 * card carry (O'BRIEN, MARY-JANE). Digits only in an enterprise's name (五八同城 may be 58同城),
 * never in a person's.
 */
const PERSON_NAME_CHARACTER = /^[\p{L}\p{M}·• \u3000()（）'’.,-]$/u;
const ENTERPRISE_NAME_CHARACTER = /^[\p{L}\p{M}\p{Nd}·• \u3000()（）'’.,&-]$/u;

/** Shaped like an identifier (letters A–Z and digits alone): a number typed where the name goes. */
const IDENTIFIER_SHAPED = /^[0-9A-Za-z]+$/;

const shown = (character: string) =>
  /[\p{C}\p{Z}]/u.test(character) ? `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : `“${character}”`;

/** Han characters and the full-width brackets of a Chinese enterprise name: no space between them on a document. */
const HAN_LIKE = '[\\p{Script=Han}（）]';
const BETWEEN_HAN = new RegExp(`(?<=${HAN_LIKE})[ ]+(?=${HAN_LIKE})`, 'gu');
const DOT_BETWEEN_HAN = new RegExp(`(?<=${HAN_LIKE})[ ]*·[ ]*(?=${HAN_LIKE})`, 'gu');

/**
 * A name as the document spells it, from what was typed or pasted: any space character (the
 * ideographic space, a no-break space from a web page) a space; the middle dots an input method
 * gives (•, ・, ‧, ･) the identity card's ·; no space between Han characters, or around the · or
 * a full-width bracket between them (顾 晓梅 → 顾晓梅, 艾力 · 买买提 → 艾力·买买提) — no identity card
 * or licence spaces a Chinese name, and the licence would carry the space; one space elsewhere
 * (Anna  Müller). A Japanese name in kanji loses its space too: Chinese documents write a
 * foreigner's name in Latin letters.
 */
function documentSpacing(name: string): string {
  return name
    .replace(/\p{Zs}+/gu, ' ')
    .replace(/[•・‧･]/gu, '·')
    .replace(DOT_BETWEEN_HAN, '·')
    .replace(BETWEEN_HAN, '')
    .replace(/ +/gu, ' ');
}

/**
 * The declared name, trimmed and spaced as the document has it (documentSpacing); null when none
 * was given (blank counts as none); BAD_USER_INPUT naming `field` when it cannot be a name.
 */
export function declaredApplicantName(value: string | null | undefined, field: string, subjectKind: SubjectKind): string | null {
  const name = documentSpacing(value?.trim() ?? '');
  if (!name) return null;
  const label = applicantNameLabel(subjectKind);
  const length = [...name].length;
  if (length > MAX_APPLICANT_NAME_LENGTH) {
    throw badUserInput(field, `${label}不能超过 ${MAX_APPLICANT_NAME_LENGTH} 个字（现有 ${length} 个字）`, { reason: 'TOO_LONG', max: MAX_APPLICANT_NAME_LENGTH });
  }
  const allowed = subjectKind === 'PERSON' ? PERSON_NAME_CHARACTER : ENTERPRISE_NAME_CHARACTER;
  const refused = [...new Set([...name].filter((character) => !allowed.test(character)))];
  if (refused.length > 0 || !/\p{L}/u.test(name) || (/\d/u.test(name) && IDENTIFIER_SHAPED.test(name.replace(/\s/gu, '')))) {
    const which = refused.length > 0 ? `，不能含 ${refused.map(shown).join(' ')}` : '';
    throw badUserInput(field, `${label}应由文字组成，可含间隔号（·）、空格、括号和连字符${which}；请按身份证件或营业执照填写`, { reason: 'FORMAT' });
  }
  return name;
}

/**
 * An applicant no record of the case can name must declare the name: without it the licence
 * would have no holder's name (GB/T 36902 requires one).
 */
export function requireApplicantName(
  name: string | null,
  purpose: { readonly name: string; readonly evidenceKinds: readonly EvidenceKind[] },
  subjectKind: SubjectKind,
  field: string,
): void {
  if (name !== null || evidenceCanNameApplicant(purpose.evidenceKinds, subjectKind)) return;
  const label = applicantNameLabel(subjectKind);
  throw badUserInput(field, `“${purpose.name}”的共享材料不含${label}，请填写${label}（applicantName）`, { reason: 'REQUIRED' });
}

/** Spelling aside — spaces, dots, full-width brackets, letter case — two names are the same name. */
const comparable = (name: string) => name.normalize('NFKC').replace(/\s+/gu, '').replaceAll('•', '·').toUpperCase();

/**
 * The note for the clerk when the applicant declared a name other than the one a record gives
 * (the record's is used: it is the authority's data); null when they agree or nothing was declared.
 */
export function declaredNameDifference(form: readonly PrefilledField[], declared: string | null): string | null {
  const named = form.find((field) => field.name === APPLICANT_NAME_FIELD);
  if (!declared || !named || named.declared || comparable(named.value) === comparable(declared)) return null;
  const region = named.sourceRegion ? (regionByCode(named.sourceRegion)?.name ?? named.sourceRegion) : '';
  return `申请人填报的${named.label}“${declared}”与${region}记录 ${named.sourceRecordId ?? ''} 中的“${named.value}”不一致，已按记录办理，请核实`;
}
