import { lookupDivision } from '@yrd/shared/identifiers/index';
import { DIVISION_CENTRES } from '@yrd/shared/publicServices/divisionCentres';
import type { ConsoleContext } from '../consoleContext.ts';
import type { NearestPlacesResult } from '../graphql/resultTypes.ts';
import { button, field, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { distance } from '../ui/format.ts';
import { placeKindLabel, regionLabel } from '../ui/labels.ts';
import { placeHours } from './placeHours.ts';
import { placesPlot } from './placesPlot.ts';
import { queueNumberButton } from './queueNumber.ts';
import { otherErrors } from '../graphql/gatewayErrors.ts';

interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

/** 长三角生态绿色一体化发展示范区: 汾湖, where 青浦, 吴江 and 嘉善 meet. */
const FENHU: Point = { latitude: 31.03, longitude: 120.88 };

/**
 * 7×24 附近办事地点: the nearest halls, windows and self-service terminals offering an item,
 * across province borders — from the browser's position when the person allows it, else
 * from a district they choose; as a list and a small plot. A province that is down is named.
 */
export function nearestPlaces(context: ConsoleContext, item: { code: string; name: string }, signIn: () => void): HTMLElement {
  const where = h(
    'select',
    { name: 'district' },
    h('option', { value: 'FENHU' }, '长三角示范区（汾湖）'),
    Object.keys(DIVISION_CENTRES).map((code) => h('option', { value: code }, `${lookupDivision(code)?.name ?? code}（${code}）`)),
  );
  const status = h('p', { class: 'note', role: 'status', testId: 'location-status' });
  const results = h('div', { class: 'places-results', testId: 'nearest-places' });

  const search = async (point: Point, label: string) => {
    show(status, `按${label}查找…`);
    const { data, errors } = await context.client.run<NearestPlacesResult>('NearestServicePlaces', { latitude: point.latitude, longitude: point.longitude, itemCode: item.code, first: 10 });
    const found = data?.nearestServicePlaces;
    show(status, `位置：${label}（${point.latitude.toFixed(4)}, ${point.longitude.toFixed(4)}）`);
    if (!found) return show(results, errorList(errors));
    show(
      results,
      found.unavailableRegions.length > 0 ? h('div', { class: 'banner banner-warning', role: 'alert', testId: 'places-unavailable' }, `${found.unavailableRegions.map(regionLabel).join('、')}暂不可用，结果未含其办事地点。`) : null,
      h(
        'div',
        { class: 'places-layout' },
        h(
          'ol',
          { class: 'places-list' },
          found.places.map((place) =>
            h(
              'li',
              { class: 'card place', testId: 'place', 'data-region': place.region },
              h('header', {}, h('strong', {}, place.name), h('span', { class: 'tag' }, regionLabel(place.region)), h('span', { class: 'tag' }, placeKindLabel(place.kind))),
              h('p', {}, `${distance(place.distanceMeters)} · ${place.address}`),
              h(
                'small',
                {},
                placeHours(place),
                place.openNow ? ' · 现在开放' : ' · 现在未开放',
                place.phone ? ` · ${place.phone}` : '',
              ),
              place.kind === 'SELF_SERVICE_TERMINAL' ? null : queueNumberButton(context, place, item.code, signIn),
            ),
          ),
        ),
        placesPlot(found, found.places),
      ),
      errorList(otherErrors(errors)),
    );
  };

  const fromDistrict = () => {
    const code = where.value;
    const point = code === 'FENHU' ? FENHU : DIVISION_CENTRES[code];
    if (!point) return;
    return search(point, code === 'FENHU' ? '长三角示范区（汾湖）' : (lookupDivision(code)?.name ?? code));
  };
  const fromBrowser = () =>
    new Promise<void>((resolve) => {
      if (!('geolocation' in navigator)) {
        show(status, '浏览器不支持定位，请选择区县');
        return resolve();
      }
      show(status, '正在请求定位…');
      navigator.geolocation.getCurrentPosition(
        (position) => void search({ latitude: position.coords.latitude, longitude: position.coords.longitude }, '您的当前位置').finally(resolve),
        () => {
          show(status, '未获得定位许可，请选择区县后查找');
          resolve();
        },
        { timeout: 8_000, maximumAge: 600_000 },
      );
    });

  return h(
    'section',
    { class: 'nearest' },
    h('h3', {}, `附近可办理“${item.name}”的地点（7×24）`),
    h('div', { class: 'row' }, button('使用我的位置', fromBrowser, { class: 'primary', testId: 'use-my-location' }), field('或选择区县', where), button('按区县查找', fromDistrict, { testId: 'find-by-district' })),
    status,
    results,
  );
}
