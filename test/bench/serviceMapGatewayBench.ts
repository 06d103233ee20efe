import { STORY_ITEMS } from '@yrd/catalog';
import { SeededRandom } from '@yrd/shared/fixtures/seededRandom';
import { ANHUI_PUBLISHED_SCALE, DEFAULT_MAP_SCALE, type MapScale } from '@yrd/shared/publicServices/mapScale';
import { bootFederation } from '../src/harness/bootFederation.ts';
import { dataOf, graphql } from '../src/harness/graphqlClient.ts';
import { percentile, type BenchReport } from './benchReport.ts';

/**
 * "The nearest places offering item X" through the gateway — hub, four provinces, merge — with
 * every province's map at Anhui's published scale, side by side with the small default map.
 */
const ITEMS = [STORY_ITEMS.providentFundLoanCertificate, STORY_ITEMS.socialInsuranceCertificate, STORY_ITEMS.householdCertificate];
const QUESTIONS = 300;

const scaleEnv = (scale: MapScale) => ({
  YRD_MAP_PLACES: String(scale.places),
  YRD_MAP_TERMINALS: String(scale.terminals),
  YRD_MAP_OFFERINGS: String(scale.offeringsPerPlace),
  YRD_MAP_LOCAL_ITEMS: String(scale.localItems),
});

async function measure(scale: MapScale): Promise<{ bootSeconds: number; latencies: number[] }> {
  const bootStart = performance.now();
  const federation = await bootFederation(scaleEnv(scale));
  const bootSeconds = (performance.now() - bootStart) / 1000;
  try {
    const random = new SeededRandom(11);
    const query = `query ($lat: Float!, $lng: Float!, $item: ID!) { nearestServicePlaces(latitude: $lat, longitude: $lng, itemCode: $item, first: 10) { places { id distanceMeters } unavailableRegions } }`;
    const ask = () =>
      graphql<{ nearestServicePlaces: { places: unknown[] } }>(federation.gatewayUrl, query, {
        lat: 29.5 + random.next() * 5,
        lng: 115.5 + random.next() * 6,
        item: random.pick(ITEMS),
      });
    for (let i = 0; i < 20; i++) dataOf(await ask());
    const latencies: number[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const start = performance.now();
      const answer = dataOf(await ask());
      latencies.push(performance.now() - start);
      if (answer.nearestServicePlaces.places.length !== 10) throw new Error('a map search returned fewer than 10 places');
    }
    return { bootSeconds, latencies };
  } finally {
    await federation.shutdown();
  }
}

export async function serviceMapGatewayBench(): Promise<BenchReport> {
  const small = await measure(DEFAULT_MAP_SCALE);
  const large = await measure(ANHUI_PUBLISHED_SCALE);
  const p = (values: number[], q: number) => percentile(values, q).toFixed(1);
  return {
    name: 'service map through the gateway',
    lines: [
      `default map (${DEFAULT_MAP_SCALE.places + DEFAULT_MAP_SCALE.terminals} places per province): boot ${small.bootSeconds.toFixed(1)} s, nearest 10 p50 ${p(small.latencies, 0.5)} ms, p95 ${p(small.latencies, 0.95)} ms`,
      `Anhui-scale map in every province (${(ANHUI_PUBLISHED_SCALE.places + ANHUI_PUBLISHED_SCALE.terminals).toLocaleString('en')} places each): boot ${large.bootSeconds.toFixed(1)} s, nearest 10 p50 ${p(large.latencies, 0.5)} ms, p95 ${p(large.latencies, 0.95)} ms`,
    ],
    ratios: { 'Anhui-scale p50 / default p50': percentile(large.latencies, 0.5) / percentile(small.latencies, 0.5) },
    metrics: {
      defaultBootSeconds: small.bootSeconds,
      largeBootSeconds: large.bootSeconds,
      defaultP50Ms: percentile(small.latencies, 0.5),
      largeP50Ms: percentile(large.latencies, 0.5),
      largeP95Ms: percentile(large.latencies, 0.95),
    },
  };
}
