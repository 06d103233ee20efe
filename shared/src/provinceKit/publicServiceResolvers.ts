import { GraphQLError } from 'graphql';
import { badUserInput, conflict, ERROR_CODES, notFound } from '../graphql/errorCodes.ts';
import { pageSize } from '../graphql/pageSize.ts';
import { forbidden } from '../identity/authErrors.ts';
import { holderKind, isHolder } from '../identity/caller.ts';
import { parseMapSearchKey } from '../publicServices/mapSearchKey.ts';
import { POLICY_PROFILE_KINDS } from '../publicServices/enterpriseProfile.ts';
import { recordsOfSubjectKind } from '../standard/recordSubjectKind.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { Clock } from '../time/clock.ts';
import { todayInChina } from '../time/localDate.ts';
import { ITEM_TYPES } from '../standard/codeTables.ts';
import { hallClockTime, hallTimeLabel, isOpenAt, nextOpeningAt, serviceMinutesLeft, serviceReachedAt, type Schedule } from '../publicServices/openingHours.ts';
import { checkItemCode, isItemCode } from '../standard/itemCode.ts';
import { candidatesField, disclosedRecordsField, profileRecordsField } from './aggregateFields.ts';
import { feeOn, feeVersionsOf } from './feeCatalog.ts';
import { feePage, feePageRequest } from './feeCatalogPage.ts';
import { MAX_WAITING_NUMBERS_PER_PLACE, MINUTES_PER_APPLICANT, type QueueTicket, type TicketStatus } from './queueStore.ts';
import {
  cancelCodeMatches,
  holdsTicket,
  noQueueAt,
  placeClosed,
  queueClerk,
  queueHolder,
  queuePlace,
  queueTicketId,
  requireOfferedItem,
  requireQueueAudience,
} from './queueChecks.ts';
import { numbersExpireAt, ticketDate } from './queueExpiry.ts';
import { idempotencyKeyOf } from './idempotencyKey.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { queueHolderView } from './queueHolderView.ts';
import { recordView } from './recordViews.ts';
import { identityOfSubject, type SubjectIdentity } from '../subjects/subjectIdentity.ts';
import { implementationOf } from './implementationOf.ts';

/**
 * A province's public services: its part of the 7×24 service map, queue numbers at its
 * places, its fee catalog, its guidance on the national negative list, and the public
 * disclosure of what it holds about enterprises.
 */
const MAX_FEE_PAGE = 100;

/** A ticket's status at `now`: one still waiting when its place closed on its day has expired (过号). */
function statusAt(ticket: QueueTicket, context: ProvinceContext, now: Date): TicketStatus {
  if (ticket.status !== 'WAITING') return ticket.status;
  return now >= numbersExpireAt(context.services.map.placeById(ticket.placeId), ticketDate(ticket.day)) ? 'EXPIRED' : 'WAITING';
}

/**
 * Minutes until `position` people ahead have been served (MINUTES_PER_APPLICANT each) by the
 * place's clock: a wait reaching the lunch break resumes after it. Past the day's service (or at
 * a place no longer on the map) the plain count.
 */
function estimatedWaitMinutes(place: Schedule | undefined, now: Date, position: number): number {
  const service = position * MINUTES_PER_APPLICANT;
  const reached = position > 0 && place ? serviceReachedAt(place, now, service) : undefined;
  return reached ? Math.ceil((reached.getTime() - now.getTime()) / 60_000) : service;
}

function ticketView(ticket: QueueTicket, context: ProvinceContext, now: Date, withCancelCode = false) {
  const status = statusAt(ticket, context, now);
  // Nobody is ahead of a number out of the queue (called, cancelled, expired): no position then.
  const position = status === 'WAITING' ? context.services.queue.ahead(ticket) : null;
  const place = context.services.map.placeById(ticket.placeId);
  return {
    id: ticket.id,
    region: context.services.config.region.code,
    placeId: ticket.placeId,
    placeName: place?.name ?? ticket.placeId,
    itemCode: ticket.itemCode,
    number: ticket.number,
    status,
    position,
    estimatedWaitMinutes: estimatedWaitMinutes(place, now, position ?? 0),
    takenAt: ticket.takenAt,
    // When and by which window it was called — where its holder is to go; the clerk is never shown.
    calledAt: ticket.calledAt,
    calledWindow: ticket.calledWindow,
    cancelCode: withCancelCode ? ticket.cancelCode : null,
    holder: queueHolderView(ticket, context.caller, context.services.config.region.code, place?.divisionCode),
  };
}

/** The code of 行政许可 (LICENSING) in the item-type table, which begins the basic code of every licensing item. */
const ITEM_TYPE_CODE_LICENSING = ITEM_TYPES.find((type) => type.value === 'LICENSING')?.code ?? '01';

/**
 * Whether an item is in the fee catalog on a date: a policy (政策兑现) only from the day it takes
 * effect (a 2026 policy is in no catalog of 2020). Other items' fees are older than the standard
 * that names them (its effectiveFrom is the delta's adoption of the item, 2019-05-22; 不动产登记
 * was charged long before), so their history stands. The fee catalog is public information the
 * province holds itself: while the hub cannot be asked, items are listed as the history has them.
 */
async function inForceOn(context: ProvinceContext, itemCode: string, date: string): Promise<boolean> {
  try {
    const startsOn = (await context.services.hub.policyStartDates()).get(itemCode);
    return startsOn === undefined || startsOn <= date;
  } catch {
    return true;
  }
}

/** Every entry of the province's fee catalog on `date`: the items in force then with a recorded fee, by item code. */
async function feeEntriesOn(context: ProvinceContext, date: string) {
  const { config } = context.services;
  const codes = config.implementations.map((implementation) => implementation.standardCode).sort();
  const inForce = await Promise.all(codes.map((code) => inForceOn(context, code, date)));
  return codes
    .filter((_, index) => inForce[index])
    .flatMap((code) => {
      const version = feeOn(config, code, date);
      return version ? [{ ...version, localName: implementationOf(config, code)?.localName ?? null }] : [];
    });
}

/** What a province discloses about an enterprise: registration, licences, and credit information still in its disclosure period. */
function disclosed(record: HeldRecord, today: string): boolean {
  switch (record.kind) {
    case 'BUSINESS_REGISTRATION':
      return true;
    case 'E_LICENCE':
      // 双公示 discloses administrative licences (行政许可, item type 01 — the first two digits of the
      // item code), not what else a case ended with: a tax relief or a subsidy is the enterprise's own.
      return record.content.itemCode.startsWith(ITEM_TYPE_CODE_LICENSING);
    case 'CREDIT_RECORD': {
      const { category, settled, publicUntil } = record.content;
      // A listing with no end to its public period is shown while it stands (until removed); one
      // with an end, until that day — as the eligibility rules read it (STANDING_SERIOUS_DISHONESTY_LISTING).
      if (category === 'ABNORMAL_OPERATION' || category === 'SERIOUS_DISHONESTY') return publicUntil === null ? !settled : publicUntil >= today;
      return publicUntil !== null && publicUntil >= today;
    }
    default:
      return false;
  }
}

/**
 * Why an identifier's records are not disclosed to someone other than its holder. Whether it
 * names an enterprise is decided by the checks of both identifiers, not by its shape: many
 * all-digit credit codes look like resident identity numbers (see SubjectIdentity).
 */
const NOT_DISCLOSED: Readonly<Record<Exclude<SubjectIdentity, 'ENTERPRISE'>, string>> = {
  PERSON: '涉企信息公示只公开企业信息；个人信息只向本人公开',
  EITHER: '该代码既是有效的统一社会信用代码，也是有效的公民身份号码，无法确认所指的是企业，为保护个人信息不予公示；企业本身登录后可查看本企业的公示信息',
  UNKNOWN: '涉企信息公示只公开持有效统一社会信用代码的企业的信息；请核对代码',
};

/** 涉企信息公示: an enterprise's disclosed records here, public fields only unless the enterprise asks. */
async function disclosedRecords(subjectId: string, context: ProvinceContext) {
  const holder = isHolder(context.caller, subjectId);
  const identity = identityOfSubject(subjectId);
  // Only an identifier that can name nothing but an enterprise is disclosed to anyone; one that
  // is also a valid resident identity number stays private even when asked for as an
  // enterprise (creditDisclosure's enterpriseId) — see isEnterpriseSubject for why.
  if (identity !== 'ENTERPRISE' && !holder) {
    // Someone tried to read what may be a person's records: it goes into that person's access
    // history, as a refused read of their records does.
    if (identity !== 'UNKNOWN') {
      context.services.audit.append({ event: 'RECORDS_REFUSED', outcome: 'REFUSED', reason: 'NOT_THE_SUBJECT', subjectId, actor: context.caller, kinds: [] });
    }
    throw forbidden('NOT_THE_SUBJECT', NOT_DISCLOSED[identity]);
  }
  const today = todayInChina();
  // An enterprise's records, or the signed-in holder's own: a citizen whose number is also a
  // valid credit code sees hers, not the enterprise's, and the public never sees hers.
  const whose = (holder && holderKind(context.caller)) || 'ENTERPRISE';
  const records = recordsOfSubjectKind(await context.loaders.recordsBySubject.load(subjectId), whose);
  // A legal representative signed in as herself sees her own name and number whole (masking.ts).
  const viewerPersonId = context.caller.kind === 'CITIZEN' ? context.caller.residentId : undefined;
  return records.filter((record) => disclosed(record, today)).map((record) => recordView(record, holder ? 'HOLDER' : 'PUBLIC', viewerPersonId));
}

export function publicServiceResolvers(subgraphName: string, hallClock: Clock) {
  return {
    serviceMapSearch: {
      __resolveReference: (reference: { key: string }) => reference,
      [candidatesField(subgraphName)]: (search: { key: string }, _: unknown, context: ProvinceContext) => {
        const parsed = parseMapSearchKey(search.key);
        if (!parsed) throw new GraphQLError(`malformed service map search key "${search.key}"`, { extensions: { code: 'BAD_USER_INPUT' } });
        return context.services.map.nearest({ latitude: parsed.latitude, longitude: parsed.longitude }, parsed.itemCode, parsed.count);
      },
    },
    queueTicket: {
      __resolveReference: (reference: { id: string }, context: ProvinceContext) => {
        const ticket = context.services.queue.ticket(reference.id);
        if (!ticket) throw notFound('排队号', reference.id, 'id');
        return ticketView(ticket, context, hallClock());
      },
    },
    feeCatalog: {
      __resolveReference: (reference: { date: string }, context: ProvinceContext) => ({ date: reference.date, region: context.services.config.region.code }),
      item: async (catalog: { date: string }, args: { code: string }, context: ProvinceContext) => {
        checkItemCode(args.code, 'code');
        const { config } = context.services;
        const inForce = await inForceOn(context, args.code, catalog.date);
        const version = inForce ? feeOn(config, args.code, catalog.date) : undefined;
        const local = implementationOf(config, args.code);
        if (!version) {
          const first = local && inForce ? feeVersionsOf(config, args.code)[0] : undefined;
          if (!first) throw notFound(`${config.region.name} ${catalog.date} 的收费记录`, args.code, 'code');
          // The item is here, but the catalog's record of its fee begins later: say from when, not "no such item".
          throw new GraphQLError(
            `${config.region.name}收费目录中“${local?.localName}”（${args.code}）的收费记录自 ${first.effectiveFrom} 起；${catalog.date} 时的收费依据未收录，请查询 ${first.effectiveFrom} 或之后的日期`,
            { extensions: { code: ERROR_CODES.NOT_FOUND, field: 'code', id: args.code, reason: 'BEFORE_RECORDED_HISTORY', recordedFrom: first.effectiveFrom } },
          );
        }
        return { ...version, localName: local?.localName ?? null };
      },
      entries: async (catalog: { date: string }, args: { first?: number | null; after?: string | null }, context: ProvinceContext) => {
        const first = pageSize(args.first, 50, MAX_FEE_PAGE);
        // The cursor is the last item code of the page before (as every list's endCursor is a position it gave).
        if (args.after != null && !isItemCode(args.after)) {
          throw badUserInput('after', '分页游标无效：请使用上一页最后一项的事项编码', { reason: 'INVALID_CURSOR' });
        }
        const { after } = args;
        return (await feeEntriesOn(context, catalog.date)).filter((entry) => !after || entry.itemCode > after).slice(0, first);
      },
      entryPage: async (catalog: { date: string }, args: { first?: number | null; after?: string | null }, context: ProvinceContext) => {
        const region = context.services.config.region.code;
        const request = feePageRequest(args, region);
        return feePage(await feeEntriesOn(context, catalog.date), request, region);
      },
      // 联动过户 as the province offers it (its config, checked at start): each item by its code, for the hub to name.
      passedOnItems: (_: unknown, __: unknown, context: ProvinceContext) =>
        (context.services.config.passedOn ?? []).map((entry) => ({
          itemCode: entry.itemCode,
          item: { __typename: 'StandardItem', code: entry.itemCode },
          afterItemCode: entry.afterApprovalOf,
          receiver: entry.receiver,
          notice: entry.notice,
        })),
    },
    accessGuidance: {
      __resolveReference: (reference: { entryCode: string }, context: ProvinceContext) => ({
        entryCode: reference.entryCode,
        region: context.services.config.region.code,
        localGuidance: context.services.config.negativeListNotes.find((note) => note.entryCode === reference.entryCode)?.localGuidance ?? null,
      }),
    },
    subject: {
      publicDisclosure: (subject: { id: string }, _: unknown, context: ProvinceContext) => disclosedRecords(subject.id, context),
    },
    creditDisclosure: {
      __resolveReference: (reference: { enterpriseId: string }) => reference,
      [disclosedRecordsField(subgraphName)]: (disclosure: { enterpriseId: string }, _: unknown, context: ProvinceContext) =>
        disclosedRecords(disclosure.enterpriseId, context),
    },
    policyCheck: {
      __resolveReference: (reference: { subjectId: string }) => reference,
      // The holder's own records, in the standard form, for the hub's policy matching (惠企政策匹配).
      [profileRecordsField(subgraphName)]: async (check: { subjectId: string }, _: unknown, context: ProvinceContext) => {
        const kind = isHolder(context.caller, check.subjectId) ? holderKind(context.caller) : undefined;
        if (!kind) throw forbidden('NOT_THE_SUBJECT', '政策匹配只对申请主体本人开放');
        const profile = new Set<string>(POLICY_PROFILE_KINDS);
        return recordsOfSubjectKind(await context.loaders.recordsBySubject.load(check.subjectId), kind)
          .filter((record) => profile.has(record.kind))
          .map((record) => recordView(record, 'HOLDER'));
      },
    },
    mutations: {
      takeQueueNumber: async (_: unknown, args: { placeId: string; itemCode: string; idempotencyKey: string }, context: ProvinceContext) => {
        const { queue } = context.services;
        idempotencyKeyOf(args.idempotencyKey, 'idempotencyKey');
        checkItemCode(args.itemCode, 'itemCode');
        const place = queuePlace(args.placeId, 'takeQueueNumber', context);
        await requireOfferedItem(place, args.itemCode, context);
        if (place.kind === 'SELF_SERVICE_TERMINAL') throw noQueueAt(place);
        // Real-name queueing (实名取号), by kind and number: a retry gets its own ticket back; one waiting number per holder, place and item.
        const holder = queueHolder(context.caller);
        await requireQueueAudience(args.itemCode, holder.kind, context);
        // Numbers are for now: a place gives them out while it is open, and only as many as it can call before it closes.
        const now = hallClock();
        const closesAt = numbersExpireAt(place, todayInChina(now));
        const taken = queue.take(args.placeId, args.itemCode, holder, args.idempotencyKey, now, {
          open: isOpenAt(place, now),
          closesAt,
          minutesLeft: serviceMinutesLeft(place, now),
        });
        switch (taken.outcome) {
          case 'PLACE_CLOSED':
            throw placeClosed(place, now, '取号');
          case 'HOLDING_LIMIT': {
            const numbers = taken.held.map((ticket) => ticket.number);
            throw conflict(
              'TOO_MANY_NUMBERS',
              `您在${place.name}已持有 ${numbers.length} 个等候中的号（${numbers.join('、')}），同一地点同时最多持有 ${MAX_WAITING_NUMBERS_PER_PLACE} 个；请等其中一个叫号办理后，或取消其中一个，再取新号`,
              { limit: MAX_WAITING_NUMBERS_PER_PLACE, numbers, ticketIds: taken.held.map((ticket) => ticket.id) },
            );
          }
          case 'FULL_TODAY': {
            const opens = nextOpeningAt(place, closesAt);
            throw conflict(
              'QUEUE_FULL_TODAY',
              `今日号源已满：${place.name}已有 ${taken.waiting} 人等候，预计等候将超过本厅 ${hallClockTime(closesAt)} 的下班时间，请${opens ? `在${hallTimeLabel(opens)}开放后再来取号` : '改日再来'}或网上办理`,
              { field: 'placeId', waiting: taken.waiting, estimatedWaitMinutes: taken.waiting * MINUTES_PER_APPLICANT, closesAt: closesAt.toISOString(), opensAt: opens?.toISOString() ?? null },
            );
          }
          case 'ALREADY_WAITING':
            throw conflict(
              'ALREADY_WAITING',
              `您已在${place.name}取得 ${taken.ticket.number} 号，正在等候；同一事项同一地点当天只能持有一个等候中的号，如需重新取号请先取消该号`,
              { ticketId: taken.ticket.id, number: taken.ticket.number },
            );
          default:
            break;
        }
        const { ticket } = taken;
        if (ticket.placeId !== args.placeId || ticket.itemCode !== args.itemCode) {
          throw conflict('IDEMPOTENCY_KEY_REUSED', `幂等键 ${args.idempotencyKey} 已用于在另一地点或事项取号（${ticket.number}），请换一个幂等键`, {
            field: 'idempotencyKey',
          });
        }
        return ticketView(ticket, context, now, true);
      },
      cancelQueueNumber: (_: unknown, args: { ticketId: string; cancelCode?: string | null }, context: ProvinceContext) => {
        const { queue } = context.services;
        const ticket = queue.ticket(queueTicketId(args.ticketId, 'cancelQueueNumber', context));
        if (!ticket) throw notFound('排队号', args.ticketId, 'ticketId');
        // Who may cancel is checked first, whatever the ticket's state: a cancelled or called
        // number is answered only to its holder (the same kind and number) or whoever holds its
        // cancel code (in either case: it is hexadecimal).
        if (!holdsTicket(context.caller, ticket) && !cancelCodeMatches(args.cancelCode, ticket.cancelCode)) {
          throw forbidden('NOT_THE_SUBJECT', '只有取号人（或持有取消码者）可以取消排队号');
        }
        // A number whose day's service ended uncalled has expired: nothing is left to cancel.
        const now = hallClock();
        if (statusAt(ticket, context, now) === 'EXPIRED') {
          throw conflict('NOT_WAITING', `排队号 ${ticket.number} 已过号（当日未叫号），无需取消；如需办理请重新取号`, { field: 'ticketId', status: 'EXPIRED' });
        }
        // Cancelling a cancelled number again (a retry, allowed only past the check above) answers
        // with it. A number called meanwhile is a state the request conflicts with, not bad input.
        const cancelled = queue.cancel(ticket.id);
        const current = queue.ticket(ticket.id) as QueueTicket;
        if (!cancelled && current.status !== 'CANCELLED') {
          throw conflict('NOT_WAITING', `排队号 ${ticket.number} 已叫号，不能取消`, { field: 'ticketId', status: current.status });
        }
        return ticketView(current, context, now);
      },
      callNextNumber: (_: unknown, args: { placeId: string; idempotencyKey: string }, context: ProvinceContext) => {
        const { services } = context;
        const clerk = queueClerk(context);
        idempotencyKeyOf(args.idempotencyKey, 'idempotencyKey');
        const place = queuePlace(args.placeId, 'callNextNumber', context);
        if (place.kind === 'SELF_SERVICE_TERMINAL') throw noQueueAt(place);
        // A window calls the people waiting in its own hall's area, not another city's queue.
        if (place.divisionCode !== clerk.division) {
          throw forbidden('WRONG_DIVISION', `${place.name}（行政区划 ${place.divisionCode}）不是您窗口所在区划 ${clerk.division} 的办事地点，不能在此叫号`);
        }
        // A retried call answers with what that call came to — the number it called, or nobody — whoever has taken a number since.
        // Once the place has closed for the day its numbers have expired: a call finds nobody, and
        // is told the place is closed (PLACE_CLOSED, as takeQueueNumber is), not that nobody waits;
        // so is one before opening, on a day off, or over a lunch break with nobody left waiting.
        const now = hallClock();
        const call = services.queue.callNext(args.placeId, clerk.operatorId, args.idempotencyKey, now, numbersExpireAt(place, todayInChina(now)), isOpenAt(place, now), clerk.window);
        if (call.closed) throw placeClosed(place, now, '叫号');
        if (call.placeId !== args.placeId) {
          const what = call.ticket ? call.ticket.number : '当时无人等候';
          throw conflict('IDEMPOTENCY_KEY_REUSED', `幂等键 ${args.idempotencyKey} 已用于在另一地点叫号（${what}），请换一个幂等键`, {
            field: 'idempotencyKey',
          });
        }
        return call.ticket ? ticketView(call.ticket, context, now) : null;
      },
    },
  };
}
