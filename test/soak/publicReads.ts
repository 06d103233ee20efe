import { STORY_ITEMS } from '@yrd/catalog';
import type { RetryingCaller } from './retryingCaller.ts';

/**
 * The public, anonymous reads mixed into the soak, as the public-guide and service-map tests
 * send them: an item's guide with every province's implementation, a knowledge-base search,
 * and the nearest service places around 汾湖. Sent once each (a reader just asks again); a
 * province that is down shows as a partial answer with its error.
 */
const GUIDE = `query SoakGuide($code: ID!) { item(code: $code) { name implementations {
  region offered localCode localName promisedTimeLimit { amount unit } fee { charged amount }
  places { name address phone } hours onlineUrl visitsRequired tolerantAcceptance commitmentSystem } } }`;

const SEARCH = `query SoakSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { totalCount readings pageInfo { hasNextPage endCursor } hits { kind title highlightedTitle snippet exact item { code name } } }
}`;

const NEAREST = `query SoakNearest($latitude: Float!, $longitude: Float!, $itemCode: ID!, $first: Int) {
  nearestServicePlaces(latitude: $latitude, longitude: $longitude, itemCode: $itemCode, first: $first) {
    item { code } places { id region name kind distanceMeters open24h openNow hours { weekdays opens closes } } unavailableRegions
  }
}`;

const ITEMS = [STORY_ITEMS.providentFundLoanCertificate, STORY_ITEMS.branchRegistration, STORY_ITEMS.birthRegistration, STORY_ITEMS.socialInsuranceCertificate];
const SEARCHES = ['开公司', '公积金贷款证明', '社保', '户口', '生育登记'];
/** Around 汾湖 (吴江), where Shanghai, Jiangsu and Zhejiang meet. */
const FENHU = { latitude: 31.03, longitude: 120.88 };

export async function publicRead(caller: RetryingCaller, random: () => number): Promise<void> {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
  const which = random();
  if (which < 0.4) {
    await caller.once({ kind: 'read', operation: 'SoakGuide', label: 'read item guide', query: GUIDE, variables: { code: pick(ITEMS) }, headers: {} });
  } else if (which < 0.7) {
    await caller.once({ kind: 'read', operation: 'SoakSearch', label: 'read search', query: SEARCH, variables: { text: pick(SEARCHES), first: 10 }, headers: {} });
  } else {
    const jitter = () => (random() - 0.5) * 0.1;
    await caller.once({
      kind: 'read',
      operation: 'SoakNearest',
      label: 'read nearest places',
      query: NEAREST,
      variables: { latitude: FENHU.latitude + jitter(), longitude: FENHU.longitude + jitter(), itemCode: pick(ITEMS), first: 10 },
      headers: {},
    });
  }
}
