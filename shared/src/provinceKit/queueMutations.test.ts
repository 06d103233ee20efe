import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Caller } from '../identity/caller.ts';
import { HALL_HOURS, ROUND_THE_CLOCK } from '../publicServices/openingHours.ts';
import type { MapPlace } from '../publicServices/servicePlace.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { ItemStandard } from './hubClient.ts';
import { MapStore } from './mapStore.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { publicServiceResolvers } from './publicServiceResolvers.ts';
import { QueueStore } from './queueStore.ts';

/**
 * The queue mutations of a province (Jiangsu here), on its real stores: what a retried call
 * answers, and how each refuses bad input, another province's places and callers who may not
 * call numbers — the same way for every mutation.
 */
const JIANGSU = requireRegion('JIANGSU');
const ITEM = '000000000101';
/** An item only people apply for (出具住房公积金缴存使用证明 and the like). */
const PERSON_ONLY_ITEM = '000000000102';
/** More items the halls handle, for a holder taking several numbers at one place. */
const OTHER_ITEMS = ['000000000103', '000000000104'] as const;
/** An item of the standard that no place of this map handles. */
const ITEM_NOT_HERE = '000000000999';
const item = (code: string, name: string, audiences: readonly string[]) => ({ code, name, audiences }) as unknown as ItemStandard;
/** The item standard as the hub gives it: whom each item serves. */
const ITEMS: Readonly<Record<string, ItemStandard>> = {
  [ITEM]: item(ITEM, '个体工商户设立登记', ['NATURAL_PERSON', 'ENTERPRISE']),
  [PERSON_ONLY_ITEM]: item(PERSON_ONLY_ITEM, '出具异地贷款职工住房公积金缴存使用证明', ['NATURAL_PERSON']),
  [OTHER_ITEMS[0]]: item(OTHER_ITEMS[0], '社会保险参保缴费记录查询', ['NATURAL_PERSON', 'ENTERPRISE']),
  [OTHER_ITEMS[1]]: item(OTHER_ITEMS[1], '不动产登记资料查询', ['NATURAL_PERSON', 'ENTERPRISE']),
  [ITEM_NOT_HERE]: item(ITEM_NOT_HERE, '出入境通行证签发', ['NATURAL_PERSON']),
};
/** A working Thursday in China: 10:00, and 12:30 (the lunch break). */
const MORNING = new Date('2026-11-26T02:00:00Z');
const LUNCH = new Date('2026-11-26T04:30:00Z');

const place = (id: string, kind: MapPlace['kind'], lunchService: boolean): MapPlace => ({
  id,
  region: 'JIANGSU',
  name: `${id} 的名称`,
  kind,
  address: '吴江区中山路1号',
  divisionCode: '320509',
  latitude: 31.03,
  longitude: 120.88,
  open24h: kind === 'SELF_SERVICE_TERMINAL',
  lunchService,
  hours: kind === 'SELF_SERVICE_TERMINAL' ? ROUND_THE_CLOCK : HALL_HOURS,
  phone: null,
  itemCodes: [ITEM, PERSON_ONLY_ITEM, ...OTHER_ITEMS],
});

const HALL = '32-CTR-000028';
const CLOSED_AT_LUNCH = '32-CTR-000029';
const TERMINAL = '32-TRM-000001';
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-01', operatorId: 'js-wj-0001' };
const CITIZEN: Caller = { kind: 'CITIZEN', residentId: '320509199001011234' };

function province(start = MORNING) {
  let now = start;
  const db = openProvinceDatabase(':memory:');
  const map = new MapStore(db, 'JIANGSU');
  map.load([place(HALL, 'SERVICE_HALL', true), place(CLOSED_AT_LUNCH, 'SERVICE_HALL', false), place(TERMINAL, 'SELF_SERVICE_TERMINAL', true)]);
  const services = { config: { region: JIANGSU }, map, queue: new QueueStore(db, JIANGSU), hub: { item: async (code: string) => ITEMS[code] } };
  const resolvers = publicServiceResolvers('jiangsu', () => now);
  const { mutations } = resolvers;
  const as = (caller: Caller) => ({ caller, services, loaders: {} }) as unknown as ProvinceContext;
  return {
    take: (caller: Caller, placeId: string, itemCode = ITEM, idempotencyKey = `take-${Math.random().toString(36).slice(2)}`) =>
      mutations.takeQueueNumber(undefined, { placeId, itemCode, idempotencyKey }, as(caller)),
    callNext: (caller: Caller, placeId: string, idempotencyKey: string) => mutations.callNextNumber(undefined, { placeId, idempotencyKey }, as(caller)),
    cancel: (caller: Caller, ticketId: string, cancelCode?: string) => mutations.cancelQueueNumber(undefined, { ticketId, cancelCode }, as(caller)),
    ticket: (id: string) => services.queue.ticket(id),
    /** The ticket as queueTicket(id:) shows it, at the hall clock's time. */
    view: (id: string) => resolvers.queueTicket.__resolveReference({ id }, as(ANONYMOUS)),
    /** Moves the halls' clock. */
    at: (instant: Date) => {
      now = instant;
    },
  };
}

/** The refusal of a mutation that may answer later (takeQueueNumber asks the hub about the item). */
async function rejection(attempt: () => Promise<unknown>): Promise<GraphQLError> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function refusal(attempt: () => unknown): GraphQLError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('callNextNumber retried', () => {
  it('answers a retried call that found nobody with nobody again, and a new key calls whoever took a number since', async () => {
    const { take, callNext, ticket } = province();
    expect(callNext(CLERK, HALL, 'call-4')).toBeNull();
    const a005 = await take(CITIZEN, HALL);
    // The retry of the empty call: null again, and she still waits, first in line.
    expect(callNext(CLERK, HALL, 'call-4')).toBeNull();
    expect(ticket(a005.id)?.status).toBe('WAITING');
    // The same key at another place stands for that call, not for a new one.
    expect(refusal(() => callNext(CLERK, CLOSED_AT_LUNCH, 'call-4')).extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect(callNext(CLERK, HALL, 'call-5')).toMatchObject({ id: a005.id, number: a005.number, status: 'CALLED' });
  });
});

describe('bad input to the queue mutations', () => {
  it('refuses a malformed item code as the FORMAT error used elsewhere, not as an item not offered', async () => {
    const { take } = province();
    const error = await rejection(() => take(CITIZEN, HALL, 'abc'));
    expect(error.message).toBe('itemCode: 事项基本编码应为12位数字，收到“abc”');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'FORMAT' });
    // A well-formed code of an item this place does not handle is still NOT_OFFERED_HERE.
    expect((await rejection(() => take(CITIZEN, HALL, ITEM_NOT_HERE))).extensions).toMatchObject({ field: 'itemCode', reason: 'NOT_OFFERED_HERE' });
  });

  it('says an item code that names no item is not found, not that the place does not handle it', async () => {
    const { take } = province();
    const error = await rejection(() => take(CITIZEN, HALL, '999999999999'));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'itemCode', id: '999999999999' });
    expect(error.message).toBe('事项 999999999999 不存在');
  });

  it('names the province another province’s place or ticket belongs to, and the mutation to send there', async () => {
    const { take, callNext, cancel } = province();
    const taking = await rejection(() => take(CITIZEN, '33-HALL-00001'));
    expect(taking.message).toBe('placeId: 33-HALL-00001 是浙江省的办事地点（编号以 33 开头），不是江苏省的；请向浙江省提交：zhejiang { takeQueueNumber }');
    expect(taking.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'OTHER_PROVINCE', region: 'ZHEJIANG', mutationField: 'zhejiang' });
    const calling = refusal(() => callNext(CLERK, '31-HALL-00002', 'call-1'));
    expect(calling.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'OTHER_PROVINCE', region: 'SHANGHAI' });
    expect(calling.message).toContain('shanghai { callNextNumber }');
    const cancelling = refusal(() => cancel(CITIZEN, '34Q20261126ABCDEF0123'));
    expect(cancelling.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId', reason: 'OTHER_PROVINCE', region: 'ANHUI' });
    expect(cancelling.message).toContain('安徽省的排队号');
    // A place this province does not have, under its own prefix or none of the federation's: not found.
    for (const unknown of ['32-NOWHERE', '99-HALL-00001', 'nowhere']) {
      expect((await rejection(() => take(CITIZEN, unknown))).extensions, unknown).toMatchObject({ code: 'NOT_FOUND', field: 'placeId', id: unknown });
    }
  });

  it('says an empty identifier is empty, naming the field', async () => {
    const { take, callNext, cancel } = province();
    for (const placeId of ['', '  ']) {
      for (const error of [await rejection(() => take(CITIZEN, placeId)), refusal(() => callNext(CLERK, placeId, 'call-1'))]) {
        expect(error.message).toBe('placeId: 办事地点编号（placeId）为空，请填写办事地点编号');
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'EMPTY' });
      }
    }
    expect(refusal(() => cancel(CITIZEN, '')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId', reason: 'EMPTY' });
  });

  it('checks a ticket id as queueTicket(id:) does: full-width, no province of the delta, a day that does not exist', () => {
    const { cancel } = province();
    const wide = refusal(() => cancel(CITIZEN, '３２Q20261126ABCDEF0123'));
    expect(wide.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId', reason: 'FORMAT', expected: '32Q20261126ABCDEF0123' });
    expect(wide.message).toContain('是全角字符，请切换到半角输入');
    expect(refusal(() => cancel(CITIZEN, '99Q20261126ABCDEF0123')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId', reason: 'UNKNOWN_REGION' });
    expect(refusal(() => cancel(CITIZEN, '32Q20260230ABCDEF0123')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId', reason: 'DATE' });
  });

  it('has no queue at a self-service terminal, whether taking a number or calling one', async () => {
    const { take, callNext } = province();
    for (const error of [await rejection(() => take(CITIZEN, TERMINAL)), refusal(() => callNext(CLERK, TERMINAL, 'call-1'))]) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'NO_QUEUE_HERE' });
      expect(error.message).toContain('无需取号');
    }
  });

  it('tells a caller who may not call numbers why, in their own terms', () => {
    const { callNext } = province();
    const cases: [Caller, string][] = [
      [ANONYMOUS, 'SIGN_IN_REQUIRED'],
      [CITIZEN, 'OPERATORS_ONLY'],
      [{ kind: 'ENTERPRISE', creditCode: '91320509MA1XXXXX0X' }, 'OPERATORS_ONLY'],
      [{ kind: 'OPERATOR', region: 'ZHEJIANG', division: '330421', window: 'JS-01', operatorId: 'zj-js-0001' }, 'WRONG_REGION'],
      [{ ...CLERK, division: '320100' }, 'WRONG_DIVISION'],
    ];
    for (const [caller, reason] of cases) {
      expect(refusal(() => callNext(caller, HALL, 'call-1')).extensions, caller.kind).toMatchObject({ code: 'FORBIDDEN', reason });
    }
    expect(refusal(() => callNext(cases[3]?.[0] as Caller, HALL, 'call-1')).message).toContain('您是浙江省的窗口人员');
  });
});

describe('takeQueueNumber at lunch', () => {
  it('refuses a hall closed for lunch until 13:30, whose published hours leave the break out', async () => {
    const { take } = province(LUNCH);
    const error = await rejection(() => take(CITIZEN, CLOSED_AT_LUNCH));
    expect(error.extensions).toMatchObject({ reason: 'PLACE_CLOSED', opensAt: '2026-11-26T05:30:00.000Z' });
    expect(error.message).toContain('下次开放：11月26日（周四）13:30');
    expect(await take(CITIZEN, HALL)).toMatchObject({ number: 'A001', status: 'WAITING' });
  });
});

describe('takeQueueNumber for an item the caller cannot apply for', () => {
  const ENTERPRISE: Caller = { kind: 'ENTERPRISE', creditCode: '91320583MA1Q8R6T57' };

  it('refuses an enterprise a number for an item only people apply for, as openCase refuses the case', async () => {
    const { take } = province();
    const error = await rejection(() => take(ENTERPRISE, HALL, PERSON_ONLY_ITEM));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'AUDIENCE_MISMATCH' });
    expect(error.message).toBe('itemCode: “出具异地贷款职工住房公积金缴存使用证明”的服务对象不包括企业');
    // People may take one; an enterprise may for an item that serves enterprises.
    expect(await take(CITIZEN, HALL, PERSON_ONLY_ITEM)).toMatchObject({ number: 'A001', status: 'WAITING' });
    expect(await take(ENTERPRISE, HALL, ITEM)).toMatchObject({ number: 'A002', status: 'WAITING' });
  });
});

describe('cancelQueueNumber', () => {
  const STRANGER: Caller = { kind: 'CITIZEN', residentId: '310118198804123021' };

  it('asks who cancels before answering, whatever the state: a cancelled number is no one else’s to cancel again', async () => {
    const { take, cancel } = province();
    const taken = await take(CITIZEN, HALL);
    const code = taken.cancelCode as string;
    expect(cancel(CITIZEN, taken.id)).toMatchObject({ id: taken.id, status: 'CANCELLED' });
    for (const [caller, cancelCode] of [[STRANGER, 'wrongcode'], [STRANGER, undefined], [ANONYMOUS, 'wrongcode']] as const) {
      expect(refusal(() => cancel(caller, taken.id, cancelCode)).extensions, `${caller.kind} ${cancelCode}`).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    }
    // A retry by its holder, or with the right code, still gets the ticket back.
    expect(cancel(CITIZEN, taken.id)).toMatchObject({ id: taken.id, status: 'CANCELLED' });
    expect(cancel(STRANGER, taken.id, code)).toMatchObject({ id: taken.id, status: 'CANCELLED' });
  });

  it('is a CONFLICT (NOT_WAITING) once the number was called, and refuses a stranger first', async () => {
    const { take, cancel, callNext } = province();
    const taken = await take(CITIZEN, HALL);
    expect(callNext(CLERK, HALL, 'call-1')).toMatchObject({ id: taken.id, status: 'CALLED' });
    const late = refusal(() => cancel(CITIZEN, taken.id));
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_WAITING', field: 'ticketId', status: 'CALLED' });
    expect(late.message).toBe(`排队号 ${taken.number} 已叫号，不能取消`);
    expect(refusal(() => cancel(STRANGER, taken.id, 'wrongcode')).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
  });
});

/** 321102199001120085 is valid both as 吴晓岚's resident identity number and as a company's credit code. */
const SHARED_NUMBER = '321102199001120085';
const HER: Caller = { kind: 'CITIZEN', residentId: SHARED_NUMBER };
const THE_COMPANY: Caller = { kind: 'ENTERPRISE', creditCode: SHARED_NUMBER };

describe('queue numbers of a person and an enterprise sharing one number', () => {
  it('are two holders: the enterprise neither cancels her number, nor gets it with her key, nor is told it already waits', async () => {
    const { take, cancel, ticket } = province();
    const hers = await take(HER, HALL, ITEM, 'morning');
    // The company's request with the same key is its own: a new number, not hers and her cancel code.
    const its = await take(THE_COMPANY, HALL, ITEM, 'morning');
    expect(its).toMatchObject({ number: 'A002', status: 'WAITING' });
    expect(its.id).not.toBe(hers.id);
    expect(its.cancelCode).not.toBe(hers.cancelCode);
    // Nor does her waiting number stand in the way of the company's, or the other way round.
    expect((await rejection(() => take(THE_COMPANY, HALL, ITEM))).extensions).toMatchObject({ reason: 'ALREADY_WAITING', ticketId: its.id });
    expect((await rejection(() => take(HER, HALL, ITEM))).extensions).toMatchObject({ reason: 'ALREADY_WAITING', ticketId: hers.id });
    // The company cannot cancel her number without its code; she can.
    expect(refusal(() => cancel(THE_COMPANY, hers.id)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(ticket(hers.id)?.status).toBe('WAITING');
    expect(cancel(HER, hers.id)).toMatchObject({ id: hers.id, status: 'CANCELLED' });
    expect(ticket(its.id)).toMatchObject({ status: 'WAITING', holder: SHARED_NUMBER, holderKind: 'ENTERPRISE' });
  });
});

describe('a number not called by the end of its day', () => {
  /** 17:00 on MORNING's Thursday, the hall's closing; and the next morning at 10:00. */
  const CLOSING = new Date('2026-11-26T09:00:00Z');
  const NEXT_MORNING = new Date('2026-11-27T02:00:00Z');

  it('has expired (过号): shown so, waiting for nothing, not called, not cancellable, and in nobody’s way', async () => {
    const { take, view, callNext, cancel, ticket, at } = province();
    const first = await take(CITIZEN, HALL, ITEM, 'first');
    const second = await take({ kind: 'CITIZEN', residentId: '310118198804123021' }, HALL);
    expect(view(second.id)).toMatchObject({ status: 'WAITING', position: 1, estimatedWaitMinutes: 6 });

    at(CLOSING);
    for (const id of [first.id, second.id]) expect(view(id)).toMatchObject({ status: 'EXPIRED', position: null, estimatedWaitMinutes: 0 });
    // The window calls nobody: the numbers of the day have expired, and the hall is told closed (not that nobody waits).
    expect(refusal(() => callNext(CLERK, HALL, 'call-after-closing')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'PLACE_CLOSED' });
    const late = refusal(() => cancel(CITIZEN, first.id));
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_WAITING', field: 'ticketId', status: 'EXPIRED' });
    expect(late.message).toBe(`排队号 ${first.number} 已过号（当日未叫号），无需取消；如需办理请重新取号`);
    expect(ticket(first.id)?.status).toBe('WAITING');

    // The next day: her retry shows the expired ticket; a new key gets her a new number, first in line.
    at(NEXT_MORNING);
    expect(await take(CITIZEN, HALL, ITEM, 'first')).toMatchObject({ id: first.id, status: 'EXPIRED', position: null });
    expect(await take(CITIZEN, HALL, ITEM, 'second')).toMatchObject({ number: 'A001', status: 'WAITING', position: 0, estimatedWaitMinutes: 0 });
    expect(view(first.id)).toMatchObject({ status: 'EXPIRED' });
    // Weeks later it still reads expired.
    at(new Date('2026-12-21T02:00:00Z'));
    expect(view(second.id)).toMatchObject({ status: 'EXPIRED', position: null });
  });

  it('expires at the hall’s closing on the ticket’s day, whatever the clock reads while the hall is still open', async () => {
    const { take, view, at } = province();
    const taken = await take(CITIZEN, CLOSED_AT_LUNCH);
    // The lunch break is not the end of the day.
    at(LUNCH);
    expect(view(taken.id)).toMatchObject({ status: 'WAITING' });
    at(new Date(CLOSING.getTime() - 1000));
    expect(view(taken.id)).toMatchObject({ status: 'WAITING' });
    at(CLOSING);
    expect(view(taken.id)).toMatchObject({ status: 'EXPIRED' });
  });
});

describe('the wait a ticket shows', () => {
  /** 11:50 on a Thursday: ten minutes of service before the 12:00–13:30 lunch break. */
  const TEN_TO_LUNCH = new Date('2026-11-26T03:50:00Z');
  const people = ['310118198804123021', '320583198507150026', '330421197912300015'].map((residentId): Caller => ({ kind: 'CITIZEN', residentId }));

  it('counts the lunch break of a hall that keeps one: the wait resumes at 13:30', async () => {
    const { take, view, at } = province(TEN_TO_LUNCH);
    await take(people[0] as Caller, CLOSED_AT_LUNCH);
    await take(people[1] as Caller, CLOSED_AT_LUNCH);
    const third = await take(people[2] as Caller, CLOSED_AT_LUNCH);
    // Two ahead, 12 minutes of service: 10 before lunch, 2 after 13:30 → called about 13:32, 102 minutes on.
    expect(third).toMatchObject({ position: 2, estimatedWaitMinutes: 102 });
    // Read during the lunch break: from 13:30.
    at(LUNCH);
    expect(view(third.id)).toMatchObject({ position: 2, estimatedWaitMinutes: 72 });
  });

  it('counts straight through at a hall that serves through lunch', async () => {
    const { take } = province(TEN_TO_LUNCH);
    await take(people[0] as Caller, HALL);
    await take(people[1] as Caller, HALL);
    expect(await take(people[2] as Caller, HALL)).toMatchObject({ position: 2, estimatedWaitMinutes: 12 });
  });
});

describe('takeQueueNumber shortly before closing', () => {
  /** 16:50 on a Thursday: the hall closes at 17:00, ten minutes of service left. */
  const TEN_TO_CLOSING = new Date('2026-11-26T08:50:00Z');
  const people = ['310118198804123021', '320583198507150026', '330421197912300015'].map((residentId): Caller => ({ kind: 'CITIZEN', residentId }));

  it('gives numbers only while the people waiting can be called before closing, and stores nothing when it refuses', async () => {
    const { take, at } = province(TEN_TO_CLOSING);
    expect(await take(people[0] as Caller, HALL)).toMatchObject({ number: 'A001', estimatedWaitMinutes: 0 });
    expect(await take(people[1] as Caller, HALL)).toMatchObject({ number: 'A002', estimatedWaitMinutes: 6 });
    // Two ahead: twelve minutes, past 17:00.
    const full = await rejection(() => take(people[2] as Caller, HALL));
    expect(full.extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUEUE_FULL_TODAY', waiting: 2, estimatedWaitMinutes: 12, closesAt: '2026-11-26T09:00:00.000Z', opensAt: '2026-11-27T01:00:00.000Z' });
    expect(full.message).toBe(`今日号源已满：${HALL} 的名称已有 2 人等候，预计等候将超过本厅 17:00 的下班时间，请在11月27日（周五）09:00开放后再来取号或网上办理`);
    // Nothing was taken: the next morning's first number is A001 again, and today's went on at A003 had there been room.
    at(new Date('2026-11-27T02:00:00Z'));
    expect(await take(people[2] as Caller, HALL)).toMatchObject({ number: 'A001' });
  });

  it('counts only the service left before closing, not the lunch break', async () => {
    // 11:50 at a hall closed 12:00–13:30: 10 + 210 minutes of service left, room for 37 people ahead.
    const { take } = province(new Date('2026-11-26T03:50:00Z'));
    for (let n = 0; n < 37; n += 1) await take({ kind: 'CITIZEN', residentId: `3101181988041${String(n).padStart(5, '0')}` }, CLOSED_AT_LUNCH);
    expect((await rejection(() => take(CITIZEN, CLOSED_AT_LUNCH))).extensions).toMatchObject({ reason: 'QUEUE_FULL_TODAY', waiting: 37 });
  });
});

describe('numbers one holder holds at one place', () => {
  it('are at most three waiting at once; the refusal names them, and one called or cancelled makes room', async () => {
    const { take, cancel, callNext, ticket } = province();
    const held = [await take(CITIZEN, HALL, ITEM), await take(CITIZEN, HALL, PERSON_ONLY_ITEM), await take(CITIZEN, HALL, OTHER_ITEMS[0])];
    expect(held.map((t) => t.number)).toEqual(['A001', 'A002', 'A003']);
    const refused = await rejection(() => take(CITIZEN, HALL, OTHER_ITEMS[1]));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_MANY_NUMBERS', limit: 3, numbers: ['A001', 'A002', 'A003'], ticketIds: held.map((t) => t.id) });
    expect(refused.message).toBe(`您在${HALL} 的名称已持有 3 个等候中的号（A001、A002、A003），同一地点同时最多持有 3 个；请等其中一个叫号办理后，或取消其中一个，再取新号`);
    // Another place is another queue.
    expect(await take(CITIZEN, CLOSED_AT_LUNCH, OTHER_ITEMS[1])).toMatchObject({ number: 'A001' });
    // Once one is called, she may take the fourth.
    expect(callNext(CLERK, HALL, 'call-1')).toMatchObject({ id: held[0]?.id });
    const fourth = await take(CITIZEN, HALL, OTHER_ITEMS[1]);
    expect(fourth).toMatchObject({ number: 'A004', position: 2 });
    cancel(CITIZEN, fourth.id);
    expect(ticket(fourth.id)?.status).toBe('CANCELLED');
  });
});

describe('a cancel code typed back', () => {
  const STRANGER: Caller = { kind: 'CITIZEN', residentId: '310118198804123021' };

  it('is the same code in upper case or with spaces around', async () => {
    const { take, cancel } = province();
    const taken = await take(CITIZEN, HALL);
    const code = taken.cancelCode as string;
    expect(code).toMatch(/^[0-9a-f]{12}$/);
    expect(refusal(() => cancel(STRANGER, taken.id, `${code.slice(0, -1)}x`)).extensions).toMatchObject({ reason: 'NOT_THE_SUBJECT' });
    expect(cancel(ANONYMOUS, taken.id, ` ${code.toUpperCase()} `)).toMatchObject({ id: taken.id, status: 'CANCELLED' });
  });
});

describe('callNextNumber at a hall that is not open', () => {
  /** 17:00 on a Thursday (the hall has closed), 08:30 the next morning (not yet open), a Sunday at 10:00. */
  const CLOSING = new Date('2026-11-26T09:00:00Z');
  const EARLY = new Date('2026-11-27T00:30:00Z');
  const SUNDAY = new Date('2026-11-29T02:00:00Z');

  it('says the hall has closed for the day, with its closing and its next opening — PLACE_CLOSED as takeQueueNumber says it, not nobody waiting', async () => {
    const { take, callNext, ticket, at } = province();
    const waiting = await take(CITIZEN, HALL);
    at(CLOSING);
    const closed = refusal(() => callNext(CLERK, HALL, 'call-1'));
    expect(closed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'PLACE_CLOSED', opensAt: '2026-11-27T01:00:00.000Z' });
    expect(closed.message).toBe(`placeId: ${HALL} 的名称今日 17:00 已停止办公，当日未叫的号均已过号（下次开放：11月27日（周五）09:00），请在开放时间内叫号`);
    // A number taken is refused the same way at the same hour.
    expect((await rejection(() => take({ kind: 'CITIZEN', residentId: '310118198804123021' }, HALL))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'PLACE_CLOSED', opensAt: '2026-11-27T01:00:00.000Z' });
    expect(ticket(waiting.id)?.status).toBe('WAITING');
  });

  it('says so before opening, on a day off and over a lunch break with nobody waiting', () => {
    const { callNext, at } = province();
    at(EARLY);
    const early = refusal(() => callNext(CLERK, HALL, 'call-early'));
    expect(early.extensions).toMatchObject({ reason: 'PLACE_CLOSED', opensAt: '2026-11-27T01:00:00.000Z' });
    expect(early.message).toBe(`placeId: ${HALL} 的名称现在不办公（下次开放：11月27日（周五）09:00），请在开放时间内叫号`);
    at(SUNDAY);
    expect(refusal(() => callNext(CLERK, HALL, 'call-sunday')).message).toContain('下次开放：11月30日（周一）09:00');
    at(LUNCH);
    expect(refusal(() => callNext(CLERK, CLOSED_AT_LUNCH, 'call-lunch')).extensions).toMatchObject({ reason: 'PLACE_CLOSED', opensAt: '2026-11-26T05:30:00.000Z' });
  });

  it('still calls whoever waits over the lunch break, and answers nobody while the hall is open', async () => {
    const { take, callNext, at } = province();
    expect(callNext(CLERK, CLOSED_AT_LUNCH, 'call-open')).toBeNull();
    const taken = await take(CITIZEN, CLOSED_AT_LUNCH);
    at(LUNCH);
    expect(callNext(CLERK, CLOSED_AT_LUNCH, 'call-lunch')).toMatchObject({ id: taken.id, status: 'CALLED' });
  });

  it('answers a retry with what the call came to: its number, or nobody if it found nobody while open; a refused call keeps nothing against its key', async () => {
    const { take, callNext, at } = province();
    const taken = await take(CITIZEN, HALL);
    const called = callNext(CLERK, HALL, 'call-1');
    expect(callNext(CLERK, HALL, 'call-2')).toBeNull();
    at(CLOSING);
    expect(callNext(CLERK, HALL, 'call-1')).toMatchObject({ id: taken.id, status: 'CALLED' });
    expect(callNext(CLERK, HALL, 'call-1')).toEqual(called);
    expect(callNext(CLERK, HALL, 'call-2')).toBeNull();
    // Refused after closing, and sent again the next morning: a call like any other.
    expect(refusal(() => callNext(CLERK, HALL, 'call-3')).extensions).toMatchObject({ reason: 'PLACE_CLOSED' });
    at(new Date('2026-11-27T02:00:00Z'));
    const next = await take(CITIZEN, HALL);
    expect(callNext(CLERK, HALL, 'call-3')).toMatchObject({ id: next.id, status: 'CALLED' });
  });
});
