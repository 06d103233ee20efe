import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_ITEMS } from '@yrd/catalog';
import { CAST } from '@yrd/shared/fixtures/storyCast';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { uniqueKey } from '../harness/caseFlow.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { tokenIssuer } from '../harness/userTokens.ts';

/**
 * Next year's holiday arrangement added by the operators (YRD_HOLIDAY_ARRANGEMENTS_FILE), not by
 * a release: the provinces count it. The arrangement here is made up for the test — a 春节 from
 * Saturday 6 to Sunday 14 February 2027 — and the halls' clock reads Monday 8 February, 10:00:
 * a working Monday by the weekdays alone, a holiday by the file.
 */
const MADE_UP_2027 = {
  source: 'test arrangement (made up for the tests; not the State Council notice)',
  daysOff: [
    ['2027-01-01', '2027-01-03'],
    ['2027-02-06', '2027-02-14'],
    ['2027-05-01', '2027-05-05'],
    ['2027-10-01', '2027-10-07'],
  ],
  weekendWorkingDays: ['2027-02-20'],
};
const HOLIDAY_MONDAY = '2027-02-08T10:00+08:00';
/** 汾湖 (吴江), where the three zone counties meet. */
const FENHU = { latitude: 31.03, longitude: 120.88 };
const ITEM = STORY_ITEMS.providentFundLoanCertificate;

const dir = mkdtempSync(join(tmpdir(), 'yrd-holiday-file-'));
let federation: BootedFederation;

beforeAll(async () => {
  const file = join(dir, 'holidays.json');
  writeFileSync(file, JSON.stringify({ 2027: MADE_UP_2027 }));
  federation = await bootFederation({ YRD_HALL_CLOCK_START: HOLIDAY_MONDAY, YRD_HOLIDAY_ARRANGEMENTS_FILE: file });
}, 180_000);

afterAll(async () => {
  await federation?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

interface Place {
  id: string;
  region: string;
  name: string;
  kind: string;
  openNow: boolean;
}

describe('a holiday arrangement added from the operators’ file', () => {
  it('closes every staffed hall of the delta on a day it gives off, terminals staying open; a number is refused until the first working day after', async () => {
    const { nearestServicePlaces } = dataOf(
      await graphql<{ nearestServicePlaces: { places: Place[] } }>(
        federation.gatewayUrl,
        'query ($latitude: Float!, $longitude: Float!, $itemCode: ID!) { nearestServicePlaces(latitude: $latitude, longitude: $longitude, itemCode: $itemCode, first: 50) { places { id region name kind openNow } } }',
        { ...FENHU, itemCode: ITEM },
      ),
    );
    const staffed = nearestServicePlaces.places.filter((place) => place.kind !== 'SELF_SERVICE_TERMINAL');
    expect(new Set(staffed.map((place) => place.region)).size).toBeGreaterThan(1);
    for (const place of staffed) expect(place.openNow, place.name).toBe(false);
    expect(nearestServicePlaces.places.filter((place) => place.kind === 'SELF_SERVICE_TERMINAL').every((place) => place.openNow)).toBe(true);

    const hall = staffed.find((place) => place.region === 'JIANGSU');
    if (!hall) throw new Error('no Jiangsu hall near 汾湖');
    const tokens = await tokenIssuer(federation.dataDir);
    const refused = await graphql(
      federation.gatewayUrl,
      'mutation ($placeId: ID!, $itemCode: ID!, $key: String!) { jiangsu { takeQueueNumber(placeId: $placeId, itemCode: $itemCode, idempotencyKey: $key) { id } } }',
      { placeId: hall.id, itemCode: ITEM, key: uniqueKey() },
      await tokens.citizen(CAST.chenZhiqiang),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId', reason: 'PLACE_CLOSED', opensAt: '2027-02-15T01:00:00.000Z' });
    expect(refused.errors?.[0]?.message).toContain('下次开放：2月15日（周一）09:00');
  });
});
