import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { distanceMeters } from '@yrd/shared/publicServices/geo';
import { keptTrustListFile } from '@yrd/shared/trust/trustDirectory';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { uniqueKey, type Headers } from '../harness/caseFlow.ts';
import { eventually } from '../harness/eventually.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * The 7×24 service map and online queue numbers, through the gateway: nearest places across
 * province borders (the 青浦–吴江–嘉善 demonstration zone), partial answers when a province is
 * down, and numbers that are unique, cancellable, survive a restart and are given out only while
 * a place is open. The halls' clock reads a working day's lunch break: halls that serve through
 * lunch (中午不间断) are open, the others closed until 13:30.
 */
const LUNCH_BREAK = '2026-11-25T12:40+08:00';
const AFTER_LUNCH = '2026-11-25T05:30:00.000Z';
let federation: BootedFederation;
let tokens: Awaited<ReturnType<typeof tokenIssuer>>;

beforeAll(async () => {
  federation = await bootFederation({ YRD_HALL_CLOCK_START: LUNCH_BREAK });
  tokens = await tokenIssuer(federation.dataDir);
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
});

/** 汾湖 (吴江), where the three zone counties meet. */
const FENHU = { latitude: 31.03, longitude: 120.88 };

interface Place {
  id: string;
  region: string;
  name: string;
  kind: string;
  latitude: number;
  longitude: number;
  distanceMeters: number;
  open24h: boolean;
  lunchService: boolean;
  openNow: boolean;
  hours: { weekdays: number[]; opens: string; closes: string }[];
}

const NEAREST = `query Nearest($latitude: Float!, $longitude: Float!, $itemCode: ID!, $first: Int) {
  nearestServicePlaces(latitude: $latitude, longitude: $longitude, itemCode: $itemCode, first: $first) {
    latitude longitude item { code name }
    places { id region name kind latitude longitude distanceMeters open24h lunchService openNow hours { weekdays opens closes } }
    unavailableRegions
  }
}`;

async function nearest(variables: Record<string, unknown>, headers: Headers = {}) {
  return graphql<{ nearestServicePlaces: { places: Place[]; unavailableRegions: string[]; item: { code: string } } }>(
    federation.gatewayUrl,
    NEAREST,
    variables,
    headers,
  );
}

describe('7×24 service map', () => {
  it('finds the nearest places offering an item across province borders, nearest first, distances true', async () => {
    const { nearestServicePlaces: search } = dataOf(await nearest({ ...FENHU, itemCode: STORY_ITEMS.providentFundLoanCertificate, first: 12 }));
    expect(search.item.code).toBe(STORY_ITEMS.providentFundLoanCertificate);
    expect(search.unavailableRegions).toEqual([]);
    expect(search.places).toHaveLength(12);
    const regions = new Set(search.places.map((place) => place.region));
    expect(regions.size).toBeGreaterThanOrEqual(2);
    const distances = search.places.map((place) => place.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const place of search.places) {
      expect(Math.abs(place.distanceMeters - distanceMeters(FENHU, place))).toBeLessThanOrEqual(1);
    }
  });

  it('is the true nearest: no place left out is closer than the last one returned', async () => {
    const few = dataOf(await nearest({ ...FENHU, itemCode: STORY_ITEMS.providentFundLoanCertificate, first: 3 })).nearestServicePlaces.places;
    const many = dataOf(await nearest({ ...FENHU, itemCode: STORY_ITEMS.providentFundLoanCertificate, first: 30 })).nearestServicePlaces.places;
    expect(few.map((place) => place.id)).toEqual(many.slice(0, 3).map((place) => place.id));
  });

  it('describes 24-hour terminals and opening hours, with whether a place is open now', async () => {
    const places = dataOf(await nearest({ ...FENHU, itemCode: STORY_ITEMS.providentFundLoanCertificate, first: 50 })).nearestServicePlaces.places;
    const terminal = places.find((place) => place.kind === 'SELF_SERVICE_TERMINAL');
    expect(terminal).toMatchObject({ open24h: true, openNow: true, hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] });
    const hall = places.find((place) => place.kind === 'SERVICE_HALL');
    expect(hall?.open24h).toBe(false);
    expect(hall?.hours.length).toBeGreaterThan(0);
    // A working Wednesday at 12:40: open exactly where the hall serves through lunch.
    const staffed = places.filter((place) => place.kind !== 'SELF_SERVICE_TERMINAL');
    expect(staffed.some((place) => place.lunchService)).toBe(true);
    expect(staffed.some((place) => !place.lunchService)).toBe(true);
    for (const place of staffed) expect(place.openNow, place.name).toBe(place.lunchService);
  });

  it('publishes the lunch break in the hours, the same hours openNow is read from', async () => {
    const places = dataOf(await nearest({ ...FENHU, itemCode: STORY_ITEMS.providentFundLoanCertificate, first: 50 })).nearestServicePlaces.places;
    const closedForLunch = places.filter((place) => !place.open24h && !place.lunchService);
    expect(closedForLunch.length).toBeGreaterThan(0);
    for (const place of closedForLunch) {
      // The working day in two, around 12:00–13:30: no period a citizen reads covers the break.
      expect(place.hours, place.name).toContainEqual({ weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '12:00' });
      expect(place.hours, place.name).toContainEqual({ weekdays: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:00' });
    }
    // Wednesday 12:40 (the halls' clock): every place is open exactly where its hours say so.
    for (const place of places) {
      const listed = place.hours.some((period) => period.weekdays.includes(3) && period.opens <= '12:40' && '12:40' < period.closes);
      expect(place.openNow, place.name).toBe(listed);
    }
  });

  it('answers with the provinces that are up, naming the one that is down', async () => {
    const zhejiang = federation.proxies.get('zhejiang');
    if (!zhejiang) throw new Error('no zhejiang proxy');
    zhejiang.down = true;
    try {
      const response = await nearest({ ...FENHU, itemCode: STORY_ITEMS.providentFundLoanCertificate, first: 10 });
      const search = response.data?.nearestServicePlaces;
      expect(search?.unavailableRegions).toEqual(['ZHEJIANG']);
      expect(response.errors?.map((error) => error.extensions)).toContainEqual(expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', region: 'ZHEJIANG' }));
      expect(search?.places.length).toBe(10);
      expect(search?.places.every((place) => place.region !== 'ZHEJIANG')).toBe(true);
    } finally {
      zhejiang.down = false;
    }
  });

  it('rejects coordinates out of range, unknown items and huge pages with clear codes', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ latitude: 91, longitude: 120, itemCode: STORY_ITEMS.providentFundLoanCertificate }, 'BAD_USER_INPUT', 'latitude'],
      [{ latitude: 31, longitude: -181, itemCode: STORY_ITEMS.providentFundLoanCertificate }, 'BAD_USER_INPUT', 'longitude'],
      [{ ...FENHU, itemCode: '999999999999' }, 'NOT_FOUND', 'itemCode'],
      [{ ...FENHU, itemCode: 'abc' }, 'BAD_USER_INPUT', 'itemCode'],
      [{ ...FENHU, itemCode: STORY_ITEMS.providentFundLoanCertificate, first: 51 }, 'BAD_USER_INPUT', 'first'],
    ];
    for (const [variables, code, field] of cases) {
      const response = await nearest(variables);
      expect(response.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code, field });
    }
  });
});

const TICKET_FIELDS = 'id region placeId placeName itemCode number status position estimatedWaitMinutes cancelCode holder { kind id }';

interface Ticket {
  id: string;
  region: string;
  placeId: string;
  number: string;
  status: string;
  position: number;
  estimatedWaitMinutes: number;
  cancelCode: string | null;
  holder: { kind: string; id: string } | null;
}

function callNext(placeId: string, clerk: Headers, idempotencyKey = uniqueKey()) {
  return graphql<{ jiangsu: { callNextNumber: Ticket | null } }>(
    federation.gatewayUrl,
    `mutation N($place: ID!, $key: String!) { jiangsu { callNextNumber(placeId: $place, idempotencyKey: $key) { ${TICKET_FIELDS} } } }`,
    { place: placeId, key: idempotencyKey },
    clerk,
  );
}

async function takeNumber(placeId: string, itemCode: string, headers: Headers, idempotencyKey = uniqueKey()) {
  return graphql<{ jiangsu: { takeQueueNumber: Ticket } }>(
    federation.gatewayUrl,
    `mutation Take($placeId: ID!, $itemCode: ID!, $key: String!) { jiangsu { takeQueueNumber(placeId: $placeId, itemCode: $itemCode, idempotencyKey: $key) { ${TICKET_FIELDS} } } }`,
    { placeId, itemCode, key: idempotencyKey },
    headers,
  );
}

async function ticket(id: string) {
  return graphql<{ queueTicket: Ticket | null }>(federation.gatewayUrl, `query T($id: ID!) { queueTicket(id: $id) { ${TICKET_FIELDS} } }`, { id });
}

describe('online queue numbers', () => {
  let placeId: string;
  const itemCode = STORY_ITEMS.providentFundLoanCertificate;

  beforeAll(async () => {
    const places = dataOf(await nearest({ ...FENHU, itemCode, first: 50 })).nearestServicePlaces.places;
    const jiangsuHall = places.find((place) => place.region === 'JIANGSU' && place.kind !== 'SELF_SERVICE_TERMINAL' && place.openNow);
    if (!jiangsuHall) throw new Error('no Jiangsu hall near 汾湖 open through lunch');
    placeId = jiangsuHall.id;
  });

  it('gives people in a row distinct numbers with their place in the queue, a retry the same ticket, and nobody a second number', async () => {
    const people = [CAST.guXiaomei, CAST.wangLijuan, CAST.liJun, CAST.zhaoMin];
    const headers = await Promise.all(people.map((id) => tokens.citizen(id)));
    const keys = people.map(() => uniqueKey());
    const tickets = await Promise.all(headers.map(async (header, index) => dataOf(await takeNumber(placeId, itemCode, header, keys[index])).jiangsu.takeQueueNumber));
    expect(new Set(tickets.map((t) => t.number)).size).toBe(people.length);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(people.length);
    const positions = tickets.map((t) => t.position).sort((a, b) => a - b);
    const first = positions[0] ?? 0;
    expect(positions).toEqual(people.map((_, index) => first + index));
    for (const t of tickets) expect(t.estimatedWaitMinutes).toBeGreaterThanOrEqual(t.position);

    const [once] = tickets;
    const again = dataOf(await takeNumber(placeId, itemCode, headers[0] as Headers, keys[0])).jiangsu.takeQueueNumber;
    expect(again.id).toBe(once?.id);
    expect(again.number).toBe(once?.number);

    // 实名取号: while she waits, another key does not get her a second number.
    const hoarding = await takeNumber(placeId, itemCode, headers[0] as Headers);
    expect(hoarding.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_WAITING', ticketId: once?.id, number: once?.number });
    expect(hoarding.errors?.[0]?.message).toContain(`取得 ${once?.number} 号`);
  });

  it('moves the queue when someone ahead cancels, and when a window calls the next number', async () => {
    const [a, b, c] = await Promise.all([CAST.shenHaoran, CAST.chenZhiqiang, CAST.zhouJianguo].map((id) => tokens.citizen(id)));
    const first = dataOf(await takeNumber(placeId, itemCode, a as Headers)).jiangsu.takeQueueNumber;
    const second = dataOf(await takeNumber(placeId, itemCode, b as Headers)).jiangsu.takeQueueNumber;
    const third = dataOf(await takeNumber(placeId, itemCode, c as Headers)).jiangsu.takeQueueNumber;

    const cancelled = await graphql<{ jiangsu: { cancelQueueNumber: Ticket } }>(
      federation.gatewayUrl,
      `mutation C($id: ID!) { jiangsu { cancelQueueNumber(ticketId: $id) { ${TICKET_FIELDS} } } }`,
      { id: second.id },
      b,
    );
    expect(dataOf(cancelled).jiangsu.cancelQueueNumber.status).toBe('CANCELLED');
    // Sent again (the answer lost): the cancelled number, not an error.
    const again = await graphql<{ jiangsu: { cancelQueueNumber: Ticket } }>(
      federation.gatewayUrl,
      `mutation C($id: ID!) { jiangsu { cancelQueueNumber(ticketId: $id) { ${TICKET_FIELDS} } } }`,
      { id: second.id },
      b,
    );
    expect(dataOf(again).jiangsu.cancelQueueNumber).toMatchObject({ id: second.id, status: 'CANCELLED' });
    expect(dataOf(await ticket(third.id)).queueTicket?.position).toBe(third.position - 1);

    // Someone else may not cancel a number they did not take (without its cancel code).
    const stranger = await graphql(federation.gatewayUrl, `mutation C($id: ID!) { jiangsu { cancelQueueNumber(ticketId: $id) { id } } }`, { id: first.id }, c);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT' });

    const clerk = await tokens.wujiangClerk();
    const called: string[] = [];
    for (;;) {
      const next = dataOf(await callNext(placeId, clerk)).jiangsu.callNextNumber;
      if (!next) break;
      expect(next.status).toBe('CALLED');
      called.push(next.number);
    }
    expect(called).toContain(first.number);
    expect(called).toContain(third.number);
    expect(called).not.toContain(second.number);
    expect(called).toEqual([...called].sort());
    // A number already called cannot be cancelled.
    const tooLate = await graphql(federation.gatewayUrl, `mutation C($id: ID!) { jiangsu { cancelQueueNumber(ticketId: $id) { id } } }`, { id: first.id }, a);
    expect(tooLate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'ticketId', reason: 'NOT_WAITING' });
  });

  it('answers a window retrying its call with the number it called, and keeps a window to its own division', async () => {
    const [a, b] = await Promise.all([CAST.liJun, CAST.zhaoMin].map((id) => tokens.citizen(id)));
    const clerk = await tokens.wujiangClerk();
    while (dataOf(await callNext(placeId, clerk)).jiangsu.callNextNumber) {
      // Empty the queue first: the tests before left people waiting.
    }
    const first = dataOf(await takeNumber(placeId, itemCode, a as Headers)).jiangsu.takeQueueNumber;
    const second = dataOf(await takeNumber(placeId, itemCode, b as Headers)).jiangsu.takeQueueNumber;

    const key = uniqueKey();
    const call = dataOf(await callNext(placeId, clerk, key)).jiangsu.callNextNumber;
    const retry = dataOf(await callNext(placeId, clerk, key)).jiangsu.callNextNumber;
    expect(call?.number).toBe(first.number);
    expect(retry).toEqual(call);
    // The window learns whose number it called, masked — to check the identity card of whoever comes
    // with it; the holder sees her own whole; anyone holding the number's id, nobody.
    expect(call?.holder).toEqual({ kind: 'PERSON', id: '3401**********1337' });
    expect(first.holder).toEqual({ kind: 'PERSON', id: CAST.liJun });
    expect(dataOf(await ticket(first.id)).queueTicket).toMatchObject({ status: 'CALLED', holder: null });
    // The retry called nobody else: the second person still waits, first in line.
    expect(dataOf(await ticket(second.id)).queueTicket).toMatchObject({ status: 'WAITING', position: 0 });

    // A Nanjing window cannot call the people waiting in 吴江.
    const nanjing = await tokens.operator('JIANGSU', '320100', 'NJ-01', 'js-nj-0001');
    const refused = await callNext(placeId, nanjing);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_DIVISION' });
    expect(dataOf(await ticket(second.id)).queueTicket?.status).toBe('WAITING');
  });

  it('answers a retried call that found nobody with nobody, even after someone has taken a number; a new key calls them', async () => {
    const clerk = await tokens.wujiangClerk();
    while (dataOf(await callNext(placeId, clerk)).jiangsu.callNextNumber) {
      // Empty the queue first: the tests before left people waiting.
    }
    const key = uniqueKey();
    expect(dataOf(await callNext(placeId, clerk, key)).jiangsu.callNextNumber).toBeNull();
    const taken = dataOf(await takeNumber(placeId, itemCode, await tokens.citizen(CAST.liJun))).jiangsu.takeQueueNumber;
    // The answer to the empty call was lost and the window retries it: still nobody, and she still waits, first in line.
    expect(dataOf(await callNext(placeId, clerk, key)).jiangsu.callNextNumber).toBeNull();
    expect(dataOf(await ticket(taken.id)).queueTicket).toMatchObject({ status: 'WAITING', position: 0 });
    // Across a restart too: what a call came to is kept with the tickets.
    await federation.restartSubgraph('jiangsu');
    expect(dataOf(await callNext(placeId, clerk, key)).jiangsu.callNextNumber).toBeNull();
    const called = dataOf(await callNext(placeId, clerk)).jiangsu.callNextNumber;
    expect(called).toMatchObject({ id: taken.id, number: taken.number, status: 'CALLED' });
  }, 60_000);

  it('refuses calls from anyone but a window clerk, at a terminal, and at another province’s place, saying which', async () => {
    const anonymous = await callNext(placeId, {});
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SIGN_IN_REQUIRED' });
    const citizen = await callNext(placeId, await tokens.citizen(CAST.wangLijuan));
    expect(citizen.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATORS_ONLY' });
    const jiashan = await callNext(placeId, await tokens.jiashanClerk());
    expect(jiashan.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_REGION' });
    expect(jiashan.errors?.[0]?.message).toContain('您是浙江省的窗口人员');

    const clerk = await tokens.wujiangClerk();
    const terminal = dataOf(await nearest({ ...FENHU, itemCode, first: 50 })).nearestServicePlaces.places.find(
      (place) => place.region === 'JIANGSU' && place.kind === 'SELF_SERVICE_TERMINAL',
    );
    if (!terminal) throw new Error('no Jiangsu terminal near 汾湖');
    const atTerminal = await callNext(terminal.id, clerk);
    expect(atTerminal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'NO_QUEUE_HERE' });
    const elsewhere = await callNext('33-HALL-00001', clerk);
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'OTHER_PROVINCE', region: 'ZHEJIANG' });
  });

  it('keeps numbers across a restart of the province', async () => {
    const holder = await tokens.citizen(CAST.guXiaomei);
    const taken = dataOf(await takeNumber(placeId, itemCode, holder)).jiangsu.takeQueueNumber;
    await federation.restartSubgraph('jiangsu');
    const after = dataOf(await ticket(taken.id)).queueTicket;
    expect(after).toMatchObject({ id: taken.id, number: taken.number, status: 'WAITING' });
    // Numbering goes on after the restart (the next person's number is higher), and she still holds hers.
    const next = dataOf(await takeNumber(placeId, itemCode, await tokens.citizen(CAST.shenHaoran))).jiangsu.takeQueueNumber;
    expect(next.number > taken.number).toBe(true);
    expect((await takeNumber(placeId, itemCode, holder)).errors?.[0]?.extensions).toMatchObject({ reason: 'ALREADY_WAITING', ticketId: taken.id });
  }, 60_000);

  it('gives numbers at a province restarted while the hub is down, on the standard as the hub last gave it', async () => {
    const clerk = await tokens.wujiangClerk();
    while (dataOf(await callNext(placeId, clerk)).jiangsu.callNextNumber) {
      // Empty the queue first: the tests before left people waiting.
    }
    // Jiangsu has asked the hub about the item (a number taken for it), and kept the answer.
    const first = dataOf(await takeNumber(placeId, itemCode, await tokens.citizen(CAST.zhouJianguo))).jiangsu.takeQueueNumber;
    expect(first.status).toBe('WAITING');
    const hub = federation.processes.get('catalog');
    if (!hub) throw new Error('no catalog process');
    await hub.stop('SIGKILL');
    try {
      // Restarted with the hub down, Jiangsu has nothing of the standard in memory: its database stands in.
      await federation.restartSubgraph('jiangsu');
      const taken = await takeNumber(placeId, itemCode, await tokens.citizen(CAST.wangLijuan));
      expect(taken.errors).toBeUndefined();
      expect(dataOf(taken).jiangsu.takeQueueNumber).toMatchObject({ status: 'WAITING', position: 1 });
      // An item it never asked about is refused as before: the hub cannot be asked.
      const unknown = await takeNumber(placeId, '990000000000', await tokens.citizen(CAST.wangLijuan));
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
      expect(unknown.errors?.[0]?.message).toMatch(/^itemCode: 事项标准库（catalog）暂时无法访问|^事项标准库（catalog）暂时无法访问/);
    } finally {
      await federation.restartSubgraph('catalog');
    }
    // The numbers taken here are called, as a window would: the tests after it start from an empty queue.
    while (dataOf(await callNext(placeId, clerk)).jiangsu.callNextNumber) {
      // Called one by one.
    }
  }, 90_000);

  it('says why a province restarted with the hub down and no valid trust list answers nobody', async () => {
    // Through the proxy in front of Jiangsu, which follows it to its new port when it restarts.
    const jiangsuAt = (path: string) => (federation.proxies.get('jiangsu')?.url as string).replace(/\/graphql$/, path);
    const hub = federation.processes.get('catalog');
    if (!hub) throw new Error('no catalog process');
    await hub.stop('SIGKILL');
    try {
      // The list kept on disk is gone (as after an outage longer than its lifetime): Jiangsu cannot check any signature.
      rmSync(keptTrustListFile(join(federation.dataDir, 'trust')), { force: true });
      await federation.restartSubgraph('jiangsu');
      const refused = await takeNumber(placeId, itemCode, await tokens.citizen(CAST.wangLijuan));
      expect(refused.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', status: 503, subgraphReason: 'TRUST_LIST_UNAVAILABLE', region: 'JIANGSU', outcome: 'NOT_APPLIED' }),
      ]);
      expect(refused.errors?.[0]?.message).toContain('江苏省的服务暂时无法访问：返回错误（HTTP 503，无法核验网关的签名：未能从事项标准库取得有效的联盟成员信任列表）');
      // A load balancer reads it from Jiangsu's readiness, while its liveness stays: a restart would not bring the hub back.
      const ready = await fetch(jiangsuAt('/ready'));
      expect([ready.status, ready.headers.get('retry-after')]).toEqual([503, '5']);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', code: 'SERVICE_UNAVAILABLE', reason: 'TRUST_LIST_UNAVAILABLE', region: 'JIANGSU' });
      expect((await fetch(jiangsuAt('/health'))).status).toBe(200);
    } finally {
      await federation.restartSubgraph('catalog');
    }
    // The hub back, Jiangsu fetches the list within seconds and answers again.
    expect(await eventually(() => fetch(jiangsuAt('/ready')).then((answer) => answer.status), (status) => status === 200)).toBe(200);
    const her = await tokens.citizen(CAST.wangLijuan);
    await eventually(() => takeNumber(placeId, itemCode, her), (answer) => answer.errors === undefined);
    const clerk = await tokens.wujiangClerk();
    while (dataOf(await callNext(placeId, clerk)).jiangsu.callNextNumber) {
      // Her number called: the tests after it start from an empty queue.
    }
  }, 90_000);

  it('gives no number at a hall closed for lunch, naming when it opens, nor at a self-service terminal', async () => {
    const places = dataOf(await nearest({ ...FENHU, itemCode, first: 50 })).nearestServicePlaces.places.filter((place) => place.region === 'JIANGSU');
    const closed = places.find((place) => place.kind !== 'SELF_SERVICE_TERMINAL' && !place.openNow);
    const terminal = places.find((place) => place.kind === 'SELF_SERVICE_TERMINAL');
    if (!closed || !terminal) throw new Error('no Jiangsu hall closed for lunch, or no terminal, near 汾湖');
    const holder = await tokens.citizen(CAST.chenZhiqiang);

    const refused = await takeNumber(closed.id, itemCode, holder);
    expect(refused.data?.jiangsu ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'PLACE_CLOSED', opensAt: AFTER_LUNCH });
    expect(refused.errors?.[0]?.message).toBe(`placeId: ${closed.name}现在不办公（下次开放：11月25日（周三）13:30），请在开放时间内取号`);

    const atTerminal = await takeNumber(terminal.id, itemCode, holder);
    expect(atTerminal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'NO_QUEUE_HERE' });
    expect(atTerminal.errors?.[0]?.message).toContain('无需取号');
  });

  it('refuses anonymous numbers, places that do not offer the item, and reused keys', async () => {
    const anonymous = await takeNumber(placeId, itemCode, {});
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SIGN_IN_REQUIRED' });
    const holder = await tokens.citizen(CAST.wangLijuan);
    const unknownPlace = await takeNumber('32-NOWHERE', itemCode, holder);
    expect(unknownPlace.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
    const key = uniqueKey();
    dataOf(await takeNumber(placeId, itemCode, holder, key));
    const reused = await takeNumber(placeId, STORY_ITEMS.socialInsuranceCertificate, holder, key);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: expect.stringMatching(/CONFLICT|BAD_USER_INPUT/) });
    const badId = await ticket('not-a-ticket');
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses a malformed item code, an empty place and another province’s place as such', async () => {
    const holder = await tokens.citizen(CAST.wangLijuan);
    const badItem = await takeNumber(placeId, 'abc', holder);
    expect(badItem.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode', reason: 'FORMAT' });
    expect(badItem.errors?.[0]?.message).toBe('itemCode: 事项基本编码应为12位数字，收到“abc”');

    const empty = await takeNumber('', itemCode, holder);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'EMPTY' });
    expect(empty.errors?.[0]?.message).toBe('placeId: 办事地点编号（placeId）为空，请填写办事地点编号');

    // 33-HALL-00001 is a hall on Zhejiang's map: the number is to be taken from Zhejiang.
    const zhejiangHall = await graphql<{ zhejiang: { takeQueueNumber: Ticket } }>(
      federation.gatewayUrl,
      `mutation Take($key: String!) { zhejiang { takeQueueNumber(placeId: "33-HALL-00001", itemCode: "${itemCode}", idempotencyKey: $key) { id } } }`,
      { key: uniqueKey() },
      holder,
    );
    expect(['NOT_FOUND', 'OTHER_PROVINCE']).not.toContain(zhejiangHall.errors?.[0]?.extensions?.code ?? zhejiangHall.errors?.[0]?.extensions?.reason);
    expect(zhejiangHall.errors?.[0]?.extensions?.reason).not.toBe('OTHER_PROVINCE');
    const elsewhere = await takeNumber('33-HALL-00001', itemCode, holder);
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'OTHER_PROVINCE', region: 'ZHEJIANG', mutationField: 'zhejiang' });
    expect(elsewhere.errors?.[0]?.message).toBe('placeId: 33-HALL-00001 是浙江省的办事地点（编号以 33 开头），不是江苏省的；请向浙江省提交：zhejiang { takeQueueNumber }');
  });
});
