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
 * for, and cancelling a number — by a stranger once it was cancelled, and once it was called.
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
        description: '未能自动核验以下情形（浙江未应答，暂无法判断）：企业存在尚未履行完毕的行政处罚',
        detail: '浙江未应答，暂无法判断',
      });
      for (const rule of undecided) expect(rule.description, rule.code).toMatch(/^未能自动核验以下情形（浙江未应答，暂无法判断）：/);
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

interface Ticket {
  id: string;
  number: string;
  status: string;
  cancelCode: string | null;
}

describe('queue numbers at 32-HALL-00001 (吴江)', () => {
  const PLACE = '32-HALL-00001';
  const ITEM = STORY_ITEMS.providentFundLoanCertificate;
  function take(headers: Headers, itemCode = ITEM, key = uniqueKey()) {
    return graphql<{ jiangsu: { takeQueueNumber: Ticket } }>(
      federation.gatewayUrl,
      `mutation T($place: ID!, $item: ID!, $key: String!) { jiangsu { takeQueueNumber(placeId: $place, itemCode: $item, idempotencyKey: $key) { ${TICKET_FIELDS} } } }`,
      { place: PLACE, item: itemCode, key },
      headers,
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
});
