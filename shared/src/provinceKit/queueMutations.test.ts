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
/** The item standard as the hub gives it: whom each item serves. */
const ITEMS: Readonly<Record<string, ItemStandard>> = {
  [ITEM]: { code: ITEM, name: '个体工商户设立登记', audiences: ['NATURAL_PERSON', 'ENTERPRISE'] } as unknown as ItemStandard,
  [PERSON_ONLY_ITEM]: { code: PERSON_ONLY_ITEM, name: '出具异地贷款职工住房公积金缴存使用证明', audiences: ['NATURAL_PERSON'] } as unknown as ItemStandard,
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
  itemCodes: [ITEM, PERSON_ONLY_ITEM],
});

const HALL = '32-CTR-000028';
const CLOSED_AT_LUNCH = '32-CTR-000029';
const TERMINAL = '32-TRM-000001';
const CLERK: Caller = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-01', operatorId: 'js-wj-0001' };
const CITIZEN: Caller = { kind: 'CITIZEN', residentId: '320509199001011234' };

function province(at = MORNING) {
  const db = openProvinceDatabase(':memory:');
  const map = new MapStore(db, 'JIANGSU');
  map.load([place(HALL, 'SERVICE_HALL', true), place(CLOSED_AT_LUNCH, 'SERVICE_HALL', false), place(TERMINAL, 'SELF_SERVICE_TERMINAL', true)]);
  const services = { config: { region: JIANGSU }, map, queue: new QueueStore(db, JIANGSU), hub: { item: async (code: string) => ITEMS[code] } };
  const { mutations } = publicServiceResolvers('jiangsu', () => at);
  const as = (caller: Caller) => ({ caller, services, loaders: {} }) as unknown as ProvinceContext;
  return {
    take: (caller: Caller, placeId: string, itemCode = ITEM, idempotencyKey = `take-${Math.random().toString(36).slice(2)}`) =>
      mutations.takeQueueNumber(undefined, { placeId, itemCode, idempotencyKey }, as(caller)),
    callNext: (caller: Caller, placeId: string, idempotencyKey: string) => mutations.callNextNumber(undefined, { placeId, idempotencyKey }, as(caller)),
    cancel: (caller: Caller, ticketId: string, cancelCode?: string) => mutations.cancelQueueNumber(undefined, { ticketId, cancelCode }, as(caller)),
    ticket: (id: string) => services.queue.ticket(id),
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
    // A well-formed code this place does not handle is still NOT_OFFERED_HERE.
    expect((await rejection(() => take(CITIZEN, HALL, '000000000999'))).extensions).toMatchObject({ field: 'itemCode', reason: 'NOT_OFFERED_HERE' });
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
