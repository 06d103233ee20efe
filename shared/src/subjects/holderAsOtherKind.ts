import type { GraphQLError } from 'graphql';
import { forbidden } from '../identity/authErrors.ts';
import { holderKind, isHolder, type Caller } from '../identity/caller.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';

const SIGNED_IN_AS: Readonly<Record<SubjectKind, string>> = {
  PERSON: '您以个人身份登录，只能查看本人的记录；同一号码下单位的记录，须由该单位登录后查看',
  ENTERPRISE: '您以单位身份登录，只能查看本单位的记录；同一号码下个人的记录，须由本人登录后查看',
};

/**
 * The refusal for a signed-in citizen or enterprise asking about its own number as the other
 * kind of subject (`subject(id: own, kind: ENTERPRISE)` from a citizen), else undefined.
 *
 * A number can be valid both as a resident identity number and as a credit code, and then names
 * two holders. The provinces answer a holder with the records of what it signed in as, whatever
 * kind the question named (subjectResolvers.ts): answered, the subject would be labelled with the
 * kind asked for and carry the caller's own records of the other kind — no data of the other
 * holder, but a label that lies. So the hub refuses the question, as it would any other holder's.
 */
export function holderAsOtherKind(caller: Caller, id: string, kind: SubjectKind | null | undefined, field: string): GraphQLError | undefined {
  const signedInAs = holderKind(caller);
  if (!kind || !signedInAs || kind === signedInAs || !isHolder(caller, id)) return undefined;
  return forbidden('NOT_THE_SUBJECT', SIGNED_IN_AS[signedInAs], { field, signedInAs, kindAsked: kind });
}
