import type { GraphQLError } from 'graphql';
import { badUserInput } from '../graphql/errorCodes.ts';
import type { Audience } from '../standard/codeTables.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';

/**
 * Whom an item serves (服务对象), as every service of a province that acts for an applicant reads
 * it: a natural person is served by an item for NATURAL_PERSON, an enterprise by an item for any
 * other audience (enterprises, unincorporated enterprises, public institutions, …). openCase
 * refuses an applicant the item does not serve; a queue number is refused alike, or an
 * enterprise would wait at a window for a case the window may not open.
 */
const PERSON_AUDIENCES: ReadonlySet<Audience> = new Set<Audience>(['NATURAL_PERSON']);

export function servesKind(audiences: readonly Audience[], kind: SubjectKind): boolean {
  return kind === 'PERSON' ? audiences.some((audience) => PERSON_AUDIENCES.has(audience)) : audiences.some((audience) => !PERSON_AUDIENCES.has(audience));
}

/** AUDIENCE_MISMATCH on `field` when the item does not serve the kind of applicant; undefined when it does. */
export function audienceMismatch(item: { readonly name: string; readonly audiences: readonly Audience[] }, kind: SubjectKind, field: string): GraphQLError | undefined {
  if (servesKind(item.audiences, kind)) return undefined;
  return badUserInput(field, `“${item.name}”的服务对象不包括${kind === 'PERSON' ? '自然人' : '企业'}`, { reason: 'AUDIENCE_MISMATCH' });
}
