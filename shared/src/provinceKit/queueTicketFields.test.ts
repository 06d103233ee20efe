import { graphql } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { ANONYMOUS, type Caller } from '../identity/caller.ts';
import { HALL_HOURS } from '../publicServices/openingHours.ts';
import type { MapPlace } from '../publicServices/servicePlace.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import type { ItemStandard } from './hubClient.ts';
import { MapStore } from './mapStore.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { QueueStore } from './queueStore.ts';
import { provinceSubgraphSchema } from './startProvinceSubgraph.ts';

// @apollo/subgraph builds the schema with graphql's CommonJS build; Vitest would give this file
// the ES build, which refuses that schema ("from another module or realm"). One copy for both.
vi.mock('graphql', async () => (await import('node:module')).createRequire(import.meta.url)('graphql') as object);

/**
 * A queue ticket as Jiangsu's schema shows it — to the holder following her number, to anyone
 * holding its id, to the window calling it: where she stands while she waits, and once called
 * when and from which window (never which clerk).
 */
const JIANGSU = requireRegion('JIANGSU');
const ITEM = '000000000101';
const HALL = '32-CTR-000028';
/** A working Thursday in China, 10:00; and 17:00, the hall's closing. */
const MORNING = new Date('2026-11-26T02:00:00Z');
const CLOSING = new Date('2026-11-26T09:00:00Z');
const CLERK = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' } as const satisfies Caller;
const HER: Caller = { kind: 'CITIZEN', residentId: '320509199001011234' };
const HIM: Caller = { kind: 'CITIZEN', residentId: '310118198804123021' };

const hall: MapPlace = {
  id: HALL,
  region: 'JIANGSU',
  name: '吴江区政务服务中心',
  kind: 'SERVICE_HALL',
  address: '吴江区中山路1号',
  divisionCode: '320509',
  latitude: 31.03,
  longitude: 120.88,
  open24h: false,
  lunchService: true,
  hours: HALL_HOURS,
  phone: null,
  itemCodes: [ITEM],
};

const TICKET = 'id status position estimatedWaitMinutes calledAt calledWindow';

function province() {
  let now = MORNING;
  const db = openProvinceDatabase(':memory:');
  const map = new MapStore(db, 'JIANGSU');
  map.load([hall]);
  const item = { code: ITEM, name: '个体工商户设立登记', audiences: ['NATURAL_PERSON', 'ENTERPRISE'] } as unknown as ItemStandard;
  const services = { config: { region: JIANGSU }, map, queue: new QueueStore(db, JIANGSU), hub: { item: async (code: string) => (code === ITEM ? item : undefined) } };
  const schema = provinceSubgraphSchema({ region: JIANGSU } as unknown as ProvinceConfig, () => now);
  const run = async (caller: Caller, source: string) => {
    const result = await graphql({ schema, source, contextValue: { caller, services, loaders: {} } as unknown as ProvinceContext });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, Record<string, Record<string, unknown> | null>>;
  };
  return {
    queue: services.queue,
    at: (instant: Date) => (now = instant),
    take: async (caller: Caller, key: string) =>
      (await run(caller, `mutation { jiangsu { takeQueueNumber(placeId: "${HALL}", itemCode: "${ITEM}", idempotencyKey: "${key}") { ${TICKET} } } }`)).jiangsu?.takeQueueNumber as Record<string, unknown>,
    cancel: async (caller: Caller, id: string) => (await run(caller, `mutation { jiangsu { cancelQueueNumber(ticketId: "${id}") { ${TICKET} } } }`)).jiangsu?.cancelQueueNumber,
    callNext: async (caller: Caller, key: string) => (await run(caller, `mutation { jiangsu { callNextNumber(placeId: "${HALL}", idempotencyKey: "${key}") { ${TICKET} } } }`)).jiangsu?.callNextNumber,
    /** queueTicket(id:) as the hub resolves it, by the province's entity. */
    read: async (id: string) => {
      const data = await run(ANONYMOUS, `{ _entities(representations: [{ __typename: "JiangsuQueueTicket", id: "${id}" }]) { ... on JiangsuQueueTicket { ${TICKET} } } }`);
      return (data._entities as unknown as Record<string, unknown>[])[0];
    },
  };
}

describe('a queue ticket as it is shown', () => {
  it('says where a waiting number stands, and nothing of a call yet', async () => {
    const { take, read } = province();
    await take(HER, 'hers');
    const his = await take(HIM, 'his');
    expect(his).toMatchObject({ status: 'WAITING', position: 1, calledAt: null, calledWindow: null });
    expect(await read(his.id as string)).toMatchObject({ status: 'WAITING', position: 1, calledAt: null, calledWindow: null });
  });

  it('says when a called number was called and from which window — to the window and to anyone following it — and has no position', async () => {
    const { take, callNext, read, queue } = province();
    const hers = await take(HER, 'hers');
    const called = await callNext(CLERK, 'call-1');
    const expected = { id: hers.id, status: 'CALLED', position: null, calledAt: MORNING.toISOString(), calledWindow: 'WJ-CSJ-01' };
    expect(called).toMatchObject(expected);
    expect(await read(hers.id as string)).toMatchObject(expected);
    // The clerk is the province's record only: nothing shown names them.
    expect(JSON.stringify(await read(hers.id as string))).not.toContain('js-wj-0001');
    expect(queue.ticket(hers.id as string)).toMatchObject({ calledBy: 'js-wj-0001', calledWindow: 'WJ-CSJ-01' });
  });

  it('keeps the window of the call a retry retries, whichever window retries it', async () => {
    const { take, callNext, read, queue } = province();
    const hers = await take(HER, 'hers');
    await callNext(CLERK, 'call-1');
    expect(await callNext(CLERK, 'call-1')).toMatchObject({ id: hers.id, calledWindow: 'WJ-CSJ-01' });
    // The same clerk retrying from another window does not move it.
    expect(await callNext({ ...CLERK, window: 'WJ-CSJ-07' }, 'call-1')).toMatchObject({ id: hers.id, calledWindow: 'WJ-CSJ-01' });
    expect(await read(hers.id as string)).toMatchObject({ calledWindow: 'WJ-CSJ-01' });
  });

  it('has no position once cancelled or expired', async () => {
    const { take, cancel, read, at } = province();
    const hers = await take(HER, 'hers');
    const his = await take(HIM, 'his');
    expect(await cancel(HIM, his.id as string)).toMatchObject({ status: 'CANCELLED', position: null, calledAt: null, calledWindow: null });
    at(CLOSING);
    expect(await read(hers.id as string)).toMatchObject({ status: 'EXPIRED', position: null, estimatedWaitMinutes: 0, calledAt: null, calledWindow: null });
  });
});
