import { badUserInput, notFound } from '../graphql/errorCodes.ts';
import { forbidden } from '../identity/authErrors.ts';
import type { Caller } from '../identity/caller.ts';
import type { MapPlace } from '../publicServices/servicePlace.ts';
import { regionByCode, type RegionDefinition } from '../regions/regionRegistry.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import { audienceMismatch } from './itemAudience.ts';
import { otherProvinceByPrefix, sentToAnotherProvince } from './otherProvince.ts';
import type { ProvinceContext } from './provinceContext.ts';

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

/** A self-service terminal has no queue: nobody takes a number there, and no window calls one. */
export function noQueueAt(place: MapPlace) {
  return badUserInput('placeId', `${place.name}是自助服务终端，无需取号，可直接前往办理`, { reason: 'NO_QUEUE_HERE' });
}

/** The id of a ticket a queue mutation names, checked to be given and to be this province's. */
export function queueTicketId(ticketId: string, mutation: string, context: ProvinceContext): string {
  const { region } = context.services.config;
  required(ticketId, 'ticketId', '排队号编号');
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
