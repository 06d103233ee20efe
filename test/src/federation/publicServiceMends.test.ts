import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { listedSchedule, weeklyHours } from '@yrd/shared/publicServices/listedHours';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { uniqueKey, type Headers } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * Public services as testers met them through the gateway: an undecided policy condition worded
 * as a fact, a person's number refused by 涉企信息公示 as a malformed credit code, a hall whose
 * guide and map disagreed on when it opens, a queue number for an item the caller cannot apply
 * for, and cancelling a number — by a stranger once it was cancelled, and once it was called;
 * the person and the enterprise sharing one number as two holders, a holder's limit of waiting
 * numbers at one hall, an item code that names no item, a cancel code typed in upper case, and a
 * number from a day gone by, expired.
 * The halls' clock stands at 10:00 on a working Wednesday (the harness's), every hall open.
 */
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;

beforeAll(async () => {
  federation = await bootFederation();
  tokens = await tokenIssuer(federation.dataDir);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

interface RuleOutcomeView {
  code: string;
  description: string;
  detail: string | null;
}

describe('policy matching while Zhejiang does not answer', () => {
  it('words a condition Zhejiang could still decide as unchecked, not as what 嘉善禾丰 lacks', async () => {
    const proxy = federation.proxies.get('zhejiang');
    if (!proxy) throw new Error('no zhejiang proxy');
    proxy.down = true;
    try {
      const response = await graphql<{ policyMatch: { unconfirmed: { item: { code: string }; undecidedRules: RuleOutcomeView[] }[] } }>(
        federation.gatewayUrl,
        'query { policyMatch { unconfirmed { item { code } undecidedRules { code description detail } } } }',
        {},
        await tokens.enterprise(CAST.jiashanHefeng),
      );
      const undecided = (response.data?.policyMatch.unconfirmed ?? []).flatMap((match) => match.undecidedRules);
      const penalty = undecided.find((rule) => rule.code === 'NO_UNSETTLED_PENALTY');
      expect(penalty).toEqual({
        code: 'NO_UNSETTLED_PENALTY',
        description: '未能自动核验以下条件（浙江未应答，暂无法判断）：企业无尚未履行完毕的行政处罚',
        detail: '浙江未应答，暂无法判断',
      });
      for (const rule of undecided) expect(rule.description, rule.code).toMatch(/^未能自动核验以下条件（浙江未应答，暂无法判断）：/);
    } finally {
      proxy.down = false;
    }
  });
});

describe('creditDisclosure of a person’s number', () => {
  it('says it is a 公民身份号码, not that a credit code’s division does not exist', async () => {
    const response = await graphql(federation.gatewayUrl, 'query { creditDisclosure(enterpriseId: "310118198804123021") { unavailableRegions } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId', reason: 'PERSON_NUMBER' });
    expect(response.errors?.[0]?.message).toMatch(/涉企信息公示按企业的统一社会信用代码查询.*公民身份号码/);
    expect(response.errors?.[0]?.message).not.toContain('310118198804123021');
  });
});

describe('one hall, one set of hours', () => {
  it('gives 嘉善县行政服务中心 the same hours in the item guide as on the map', async () => {
    const HALL = '嘉善县行政服务中心';
    const guide = dataOf(
      await graphql<{ item: { implementations: { region: string; hours: string; places: { name: string }[] }[] } }>(
        federation.gatewayUrl,
        'query { item(code: "010001001000") { implementations { region hours places { name } } } }',
      ),
    ).item.implementations.find((implementation) => implementation.region === 'ZHEJIANG');
    expect(guide?.places.map((place) => place.name)).toContain(HALL);
    const map = dataOf(
      await graphql<{ nearestServicePlaces: { places: { name: string; openNow: boolean; hours: { weekdays: number[]; opens: string; closes: string }[] }[] } }>(
        federation.gatewayUrl,
        'query { nearestServicePlaces(latitude: 30.84, longitude: 120.92, itemCode: "010001001000", first: 50) { places { name openNow hours { weekdays opens closes } } } }',
      ),
    ).nearestServicePlaces.places.find((place) => place.name === HALL);
    if (!guide || !map) throw new Error(`${HALL} is missing from the guide or the map`);
    // One set of hours: at 08:40 the guide and the map (openNow, PLACE_CLOSED) both say closed, and both open at 09:00.
    expect(weeklyHours(map.hours)).toEqual(weeklyHours(listedSchedule(guide.hours).hours));
    expect(weeklyHours(map.hours)[2]).toBe('09:00-17:00');
  });
});

const TICKET_FIELDS = 'id number status cancelCode';

/** Items for enterprises handled at 32-HALL-00001 (吴江长三角通办窗口). */
const STORY_ITEMS_FOR_ENTERPRISES = { employerInsuranceRegistration: '200104001000' } as const;

interface Ticket {
  id: string;
  number: string;
  status: string;
  cancelCode: string | null;
}

describe('queue numbers at 32-HALL-00001 (吴江)', () => {
  const PLACE = '32-HALL-00001';
  const ITEM = STORY_ITEMS.providentFundLoanCertificate;
  function take(headers: Headers, itemCode: string = ITEM, key = uniqueKey()) {
    return graphql<{ jiangsu: { takeQueueNumber: Ticket } }>(
      federation.gatewayUrl,
      `mutation T($place: ID!, $item: ID!, $key: String!) { jiangsu { takeQueueNumber(placeId: $place, itemCode: $item, idempotencyKey: $key) { ${TICKET_FIELDS} } } }`,
      { place: PLACE, item: itemCode, key },
      headers,
    );
  }

  function read(id: string) {
    return graphql<{ queueTicket: { status: string; position: number | null; estimatedWaitMinutes: number } | null }>(
      federation.gatewayUrl,
      `query Q($id: ID!) { queueTicket(id: $id) { status position estimatedWaitMinutes } }`,
      { id },
    );
  }

  function cancel(headers: Headers, ticketId: string, cancelCode?: string) {
    return graphql<{ jiangsu: { cancelQueueNumber: Ticket } }>(
      federation.gatewayUrl,
      `mutation C($id: ID!, $code: String) { jiangsu { cancelQueueNumber(ticketId: $id, cancelCode: $code) { ${TICKET_FIELDS} } } }`,
      { id: ticketId, code: cancelCode ?? null },
      headers,
    );
  }

  it('refuses an enterprise a number for an item only people apply for, as openCase does', async () => {
    const refused = await take(await tokens.enterprise(CAST.kunshanQicheng));
    expect(refused.data?.jiangsu ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'AUDIENCE_MISMATCH' });
    expect(refused.errors?.[0]?.message).toContain('的服务对象不包括企业');
  });

  it('lets nobody else cancel a cancelled number with a wrong code; its holder’s retry still gets it back', async () => {
    const holder = await tokens.citizen(CAST.wangLijuan);
    const taken = dataOf(await take(holder)).jiangsu.takeQueueNumber;
    expect(dataOf(await cancel(holder, taken.id, taken.cancelCode ?? undefined)).jiangsu.cancelQueueNumber.status).toBe('CANCELLED');
    const stranger = await cancel(await tokens.citizen(CAST.guXiaomei), taken.id, 'wrongcode');
    expect(stranger.data?.jiangsu ?? null).toBeNull();
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(dataOf(await cancel(holder, taken.id, taken.cancelCode ?? undefined)).jiangsu.cancelQueueNumber).toMatchObject({ id: taken.id, status: 'CANCELLED' });
  });

  it('is a CONFLICT (NOT_WAITING) to cancel a number already called', async () => {
    const clerk = await tokens.wujiangClerk();
    const callNext = async () =>
      dataOf(
        await graphql<{ jiangsu: { callNextNumber: Ticket | null } }>(
          federation.gatewayUrl,
          `mutation N($place: ID!, $key: String!) { jiangsu { callNextNumber(placeId: $place, idempotencyKey: $key) { ${TICKET_FIELDS} } } }`,
          { place: PLACE, key: uniqueKey() },
          clerk,
        ),
      ).jiangsu.callNextNumber;
    while (await callNext()) {
      // Empty the queue first, so the next call is hers.
    }
    const holder = await tokens.citizen(CAST.wangLijuan);
    const taken = dataOf(await take(holder)).jiangsu.takeQueueNumber;
    expect(await callNext()).toMatchObject({ id: taken.id, status: 'CALLED' });
    const late = await cancel(holder, taken.id);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_WAITING' });
    expect(late.errors?.[0]?.message).toBe(`排队号 ${taken.number} 已叫号，不能取消`);
  });

  it('keeps the person’s number from the enterprise sharing it: no cancelling without the code, and her key is not its ticket', async () => {
    const her = await tokens.citizen(CAST.zhenjiangShared);
    const company = await tokens.enterprise(CAST.zhenjiangShared);
    const key = uniqueKey();
    const hers = dataOf(await take(her, ITEM, key)).jiangsu.takeQueueNumber;
    // Her key sent by the company (单位参保登记, an item for enterprises): the company's own new number, not hers.
    const its = dataOf(await take(company, STORY_ITEMS_FOR_ENTERPRISES.employerInsuranceRegistration, key)).jiangsu.takeQueueNumber;
    expect(its.id).not.toBe(hers.id);
    expect(its.cancelCode).not.toBe(hers.cancelCode);
    const refused = await cancel(company, hers.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });
    expect(dataOf(await read(hers.id)).queueTicket?.status).toBe('WAITING');
    expect(dataOf(await cancel(her, hers.id)).jiangsu.cancelQueueNumber.status).toBe('CANCELLED');
    expect(dataOf(await cancel(company, its.id)).jiangsu.cancelQueueNumber.status).toBe('CANCELLED');
  });

  it('says an item code that names no item is not found, naming itemCode', async () => {
    const refused = await take(await tokens.citizen(CAST.wangLijuan), '999999999999');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'itemCode', id: '999999999999' });
    expect(refused.errors?.[0]?.message).toContain('事项 999999999999 不存在');
  });

  it('takes a cancel code typed in upper case', async () => {
    // A code is random hex: one of digits alone (about 1 in 270) has no upper case — that number is
    // given back and another taken, so that the case is tested, not skipped.
    const holder = await tokens.citizen(CAST.liJun);
    let taken = dataOf(await take(holder)).jiangsu.takeQueueNumber;
    for (let tries = 1; tries < 3 && !/[a-f]/.test(taken.cancelCode ?? ''); tries++) {
      await cancel(holder, taken.id, taken.cancelCode ?? undefined);
      taken = dataOf(await take(holder)).jiangsu.takeQueueNumber;
    }
    const upper = (taken.cancelCode ?? '').toUpperCase();
    expect(upper).not.toBe(taken.cancelCode);
    expect(dataOf(await cancel(await tokens.citizen(CAST.guXiaomei), taken.id, upper)).jiangsu.cancelQueueNumber).toMatchObject({ id: taken.id, status: 'CANCELLED' });
  });

  it('gives one holder at most three waiting numbers at the hall, naming those she holds', async () => {
    const holder = await tokens.citizen(CAST.zhaoMin);
    const items = [ITEM, STORY_ITEMS.providentFundLoanApplication, STORY_ITEMS.providentFundTransfer];
    const held = [];
    for (const item of items) held.push(dataOf(await take(holder, item)).jiangsu.takeQueueNumber);
    const refused = await take(holder, STORY_ITEMS.socialInsuranceStatement);
    expect(refused.data?.jiangsu ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_MANY_NUMBERS', limit: 3, numbers: held.map((t) => t.number) });
    expect(refused.errors?.[0]?.message).toContain(`（${held.map((t) => t.number).join('、')}）`);
    for (const ticket of held) dataOf(await cancel(holder, ticket.id));
    expect(dataOf(await take(holder, STORY_ITEMS.socialInsuranceStatement)).jiangsu.takeQueueNumber.status).toBe('WAITING');
  });

  it('shows a number its day ended without calling as expired, and does not cancel it', async () => {
    // A number 周建国 took at 16:50 on Saturday 10 October 2026 (a day worked in exchange), never called.
    const db = new Database(join(federation.dataDir, 'jiangsu.sqlite'));
    try {
      db.prepare(
        `INSERT INTO queue_ticket (id, place_id, item_code, day, number, status, holder, holder_kind, cancel_code, taken_at, idempotency_key)
         VALUES ('32Q20261010E0F3E2D6B7', ?, ?, '20261010', 10, 'WAITING', ?, 'PERSON', '0f3e2d6bf747', '2026-10-10T08:50:00.000Z', ?)`,
      ).run(PLACE, ITEM, CAST.zhouJianguo, `PERSON:${CAST.zhouJianguo}:${uniqueKey()}`);
    } finally {
      db.close();
    }
    expect(dataOf(await read('32Q20261010E0F3E2D6B7')).queueTicket).toMatchObject({ status: 'EXPIRED', position: null, estimatedWaitMinutes: 0 });
    const holder = await tokens.citizen(CAST.zhouJianguo);
    const refused = await cancel(holder, '32Q20261010E0F3E2D6B7');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_WAITING', status: 'EXPIRED' });
    expect(refused.errors?.[0]?.message).toBe('排队号 A010 已过号（当日未叫号），无需取消；如需办理请重新取号');
    // It is in nobody's way today.
    expect(dataOf(await take(holder)).jiangsu.takeQueueNumber.status).toBe('WAITING');
  });
});
