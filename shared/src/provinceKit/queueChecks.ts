import { timingSafeEqual } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { badUserInput, notFound } from '../graphql/errorCodes.ts';
import { queueTicketNumberProblem } from '../identifiers/queueTicketNumber.ts';
import { forbidden } from '../identity/authErrors.ts';
import { holderKind, isHolderAs, ownIdentifier, type Caller } from '../identity/caller.ts';
import { closingOn, hallClockTime, hallTimeLabel, nextOpeningAt } from '../publicServices/openingHours.ts';
import type { MapPlace } from '../publicServices/servicePlace.ts';
import { regionByCode, type RegionDefinition } from '../regions/regionRegistry.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import { todayInChina } from '../time/localDate.ts';
import { audienceMismatch } from './itemAudience.ts';
import { otherProvinceByPrefix, sentToAnotherProvince } from './otherProvince.ts';
import type { ProvinceContext } from './provinceContext.ts';
import type { QueueHolder, QueueTicket } from './queueStore.ts';

/**
 * What the queue mutations (takeQueueNumber, cancelQueueNumber, callNextNumber) check before they
 * touch a queue, so that each refuses the same input the same way: an empty identifier as empty,
 * another province's place or ticket as that province's (named, with the mutation to send there
 * instead), and a caller who may not call numbers in their own terms.
 */

/** An identifier the caller must give; empty (or only spaces) is BAD_USER_INPUT naming the field. */
function required(value: string, field: string, what: string): string {
  if (value.trim() === '') throw badUserInput(field, `${what}（${field}）为空，请填写${what}`, { reason: 'EMPTY' });
  return value;
}

/** An identifier of a place (33-HALL-00001) or ticket (33Q20261125…): its division prefix, then its kind. */
const PLACE_OR_TICKET = /^\d{2}(?:-|Q)/;

/** The other province of the federation a place or ticket identifier belongs to, by its prefix (otherProvince.ts). */
function otherProvinceOf(id: string, here: RegionDefinition): RegionDefinition | undefined {
  return PLACE_OR_TICKET.test(id) ? otherProvinceByPrefix(id, here) : undefined;
}

/** A place of this province's map that a queue mutation names, or why there is none. */
export function queuePlace(placeId: string, mutation: string, context: ProvinceContext): MapPlace {
  const { map, config } = context.services;
  required(placeId, 'placeId', '办事地点编号');
  const place = map.placeById(placeId);
  if (place) return place;
  const owner = otherProvinceOf(placeId, config.region);
  if (owner) throw sentToAnotherProvince('placeId', placeId, '办事地点', owner, config.region, mutation);
  throw notFound('办事地点', placeId, 'placeId');
}

/**
 * The item asked for at a place: one the place offers, or else why not — an item code that names
 * no item at all is NOT_FOUND on itemCode (the hub's item standard, kept by the province for a
 * minute, says so), an item the place does not handle NOT_OFFERED_HERE.
 */
export async function requireOfferedItem(place: MapPlace, itemCode: string, context: ProvinceContext): Promise<void> {
  if (context.services.map.offers(place.id, itemCode)) return;
  if (!(await context.services.hub.item(itemCode))) throw notFound('事项', itemCode, 'itemCode');
  throw badUserInput('itemCode', `该地点不办理事项 ${itemCode}，请换一个地点`, { reason: 'NOT_OFFERED_HERE' });
}

/**
 * Who takes a number: a signed-in person or enterprise, by kind and number (实名取号). A number
 * valid as both names two holders, and each holds its own tickets.
 */
export function queueHolder(caller: Caller): QueueHolder {
  const id = ownIdentifier(caller);
  const kind = holderKind(caller);
  if (!id || !kind) throw forbidden('SIGN_IN_REQUIRED', '在线取号需先以个人或企业身份登录（实名取号）');
  return { kind, id };
}

/** Whether the caller holds the ticket: the same number and the same kind (a ticket kept without a kind is nobody's). */
export function holdsTicket(caller: Caller, ticket: QueueTicket): boolean {
  return ticket.holderKind !== null && isHolderAs(caller, ticket.holder, ticket.holderKind);
}

/**
 * Whether a cancel code given matches the ticket's. Codes are hexadecimal and may be read off a
 * screen and typed back: upper or lower case, with spaces around, is the same code.
 */
export function cancelCodeMatches(given: string | null | undefined, code: string): boolean {
  if (given == null) return false;
  const typed = Buffer.from(given.trim().toLowerCase());
  const expected = Buffer.from(code.toLowerCase());
  return typed.length === expected.length && timingSafeEqual(typed, expected);
}

/**
 * The item a number is taken for, checked to serve the holder's kind as openCase checks it
 * (AUDIENCE_MISMATCH on itemCode): a number stands for a case the window will open, and an
 * enterprise waiting for an item only people apply for would be turned away at the window.
 * The item standard is the hub's, as for openCase (kept by the province for a minute).
 */
export async function requireQueueAudience(itemCode: string, kind: SubjectKind, context: ProvinceContext): Promise<void> {
  const item = await context.services.hub.item(itemCode);
  if (!item) throw notFound('标准事项', itemCode, 'itemCode');
  const mismatch = audienceMismatch(item, kind, 'itemCode');
  if (mismatch) throw mismatch;
}

/**
 * A place not open at `now` (after its closing, before its opening, a day off, its lunch break):
 * BAD_USER_INPUT PLACE_CLOSED on placeId, with when it opens next (`opensAt`, and in words) — for a
 * number taken (取号) and for a window calling one (叫号) alike. Told to a window after the day's
 * closing, with the hour it closed: the numbers of the day have expired (queueExpiry.ts).
 */
export function placeClosed(place: MapPlace, now: Date, doing: '取号' | '叫号'): GraphQLError {
  const opens = nextOpeningAt(place, now);
  const next = opens ? `下次开放：${hallTimeLabel(opens)}` : '两周内没有开放时间';
  const closedToday = closingOn(place, todayInChina(now));
  const message =
    doing === '叫号' && closedToday && now >= closedToday
      ? `${place.name}今日 ${hallClockTime(closedToday)} 已停止办公，当日未叫的号均已过号（${next}），请在开放时间内${doing}`
      : `${place.name}现在不办公（${next}），请在开放时间内${doing}`;
  return badUserInput('placeId', message, { reason: 'PLACE_CLOSED', opensAt: opens?.toISOString() ?? null });
}

/** A self-service terminal has no queue: nobody takes a number there, and no window calls one. */
export function noQueueAt(place: MapPlace) {
  return badUserInput('placeId', `${place.name}是自助服务终端，无需取号，可直接前往办理`, { reason: 'NO_QUEUE_HERE' });
}

/**
 * The id of a ticket a queue mutation names, checked to be given, to be one a province could have
 * given (typed in half-width, laid out as one, of a province of the delta, on a real day: as
 * queueTicket(id:) checks it, queueTicketNumber.ts) and to be this province's.
 */
export function queueTicketId(ticketId: string, mutation: string, context: ProvinceContext): string {
  const { region } = context.services.config;
  required(ticketId, 'ticketId', '排队号编号');
  const problem = queueTicketNumberProblem(ticketId, 'ticketId');
  if (problem) throw problem;
  const owner = otherProvinceOf(ticketId, region);
  if (owner) throw sentToAnotherProvince('ticketId', ticketId, '排队号', owner, region, mutation);
  return ticketId;
}

/**
 * The caller, if a window clerk of this province: calling numbers is window staff's work.
 * Anyone else is told why in their own terms — signed out, that they must sign in; an applicant,
 * that only window staff call numbers (OPERATORS_ONLY); another province's clerk, that it is this
 * province's windows' (WRONG_REGION).
 */
export function queueClerk(context: ProvinceContext): Extract<Caller, { kind: 'OPERATOR' }> {
  const { caller, services } = context;
  const { region } = services.config;
  if (caller.kind === 'ANONYMOUS') throw forbidden('SIGN_IN_REQUIRED', '叫号需先以窗口工作人员身份登录');
  if (caller.kind !== 'OPERATOR') throw forbidden('OPERATORS_ONLY', '只有窗口工作人员可以叫号');
  if (caller.region !== region.code) {
    throw forbidden('WRONG_REGION', `您是${regionByCode(caller.region)?.name ?? caller.region}的窗口人员，只有${region.name}的窗口工作人员可以在${region.name}的办事地点叫号`);
  }
  return caller;
}
