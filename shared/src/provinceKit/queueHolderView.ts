import type { Caller } from '../identity/caller.ts';
import { maskNumber } from '../privacy/masking.ts';
import type { RegionCode } from '../regions/regionRegistry.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import { identityOfSubject } from '../subjects/subjectIdentity.ts';
import { holdsTicket } from './queueChecks.ts';
import type { QueueTicket } from './queueStore.ts';

/** Who took a number (实名取号), as the answer shows it. */
export interface QueueHolderView {
  readonly kind: SubjectKind;
  readonly id: string;
}

/**
 * Who holds a number, and to whom it is shown:
 * - to the holder, her own number whole;
 * - to a clerk of the province whose division the place is in — the windows that call its numbers
 *   (callNextNumber) — a person's number masked (3101**********1234), enough to check the
 *   identity card of whoever comes to the window with the number against it; an enterprise's
 *   credit code whole (it is public), unless it is also a valid resident identity number;
 * - to anyone else nothing: a number's id is handed around (a screen, a message, a relative
 *   queueing for her), and the holder's identity is not the queue's to tell.
 * Null too for a number taken before numbers were taken by kind (legacyQueueHolders).
 */
export function queueHolderView(ticket: QueueTicket, caller: Caller, region: RegionCode, placeDivision: string | undefined): QueueHolderView | null {
  if (ticket.holderKind === null) return null;
  if (holdsTicket(caller, ticket)) return { kind: ticket.holderKind, id: ticket.holder };
  const callsHere = caller.kind === 'OPERATOR' && caller.region === region && placeDivision !== undefined && caller.division === placeDivision;
  if (!callsHere) return null;
  const publicCode = ticket.holderKind === 'ENTERPRISE' && identityOfSubject(ticket.holder) === 'ENTERPRISE';
  return { kind: ticket.holderKind, id: publicCode ? ticket.holder : maskNumber(ticket.holder) };
}
