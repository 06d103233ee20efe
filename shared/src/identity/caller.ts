import type { RegionCode } from '../regions/regionRegistry.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';

/**
 * Who is asking. The gateway establishes it from the bearer token and forwards it, signed,
 * to every subgraph; resolvers decide from it what the caller may see.
 */
export type Caller =
  | { readonly kind: 'ANONYMOUS' }
  /** A person, holding a resident identity number. */
  | { readonly kind: 'CITIZEN'; readonly residentId: string }
  /** An enterprise, holding a unified social credit code. */
  | { readonly kind: 'ENTERPRISE'; readonly creditCode: string }
  /** A clerk at a service window. */
  | {
      readonly kind: 'OPERATOR';
      readonly region: RegionCode;
      readonly division: string;
      readonly window: string;
      readonly operatorId: string;
    }
  /** Another member of the federation acting on its own behalf (e.g. a province asking the hub). */
  | { readonly kind: 'SERVICE'; readonly member: string };

export type CallerKind = Caller['kind'];

export const ANONYMOUS: Caller = { kind: 'ANONYMOUS' };

/** The identifier a citizen or enterprise holds; undefined for everyone else. */
export function ownIdentifier(caller: Caller): string | undefined {
  if (caller.kind === 'CITIZEN') return caller.residentId;
  if (caller.kind === 'ENTERPRISE') return caller.creditCode;
  return undefined;
}

/** Whether the caller is the subject the identifier names. */
export function isHolder(caller: Caller, subjectId: string): boolean {
  return ownIdentifier(caller) === subjectId;
}

/**
 * The kind of subject a signed-in holder is — a citizen a person, an enterprise an enterprise —
 * which its number alone may not tell (about 1 person in 340 holds one that is also a valid
 * credit code); undefined for anyone else.
 */
export function holderKind(caller: Caller): SubjectKind | undefined {
  if (caller.kind === 'CITIZEN') return 'PERSON';
  return caller.kind === 'ENTERPRISE' ? 'ENTERPRISE' : undefined;
}

/**
 * Whether the caller is the subject of a case or the like, known by number and kind: a number
 * valid both as a person's and as a credit code names two holders, and a citizen is not the
 * enterprise that shares her number.
 */
export function isHolderAs(caller: Caller, subjectId: string, subjectKind: SubjectKind): boolean {
  return isHolder(caller, subjectId) && holderKind(caller) === subjectKind;
}
