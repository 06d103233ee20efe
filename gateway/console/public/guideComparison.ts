import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import type { ItemGuideResult, ItemImplementation } from '../graphql/resultTypes.ts';
import { h } from '../ui/dom.ts';
import { feeVariantList, feeWithVariants } from '../ui/feeDisplay.ts';
import { fee, timeLimit, yesNo } from '../ui/format.ts';
import { evidenceKindLabel, regionLabel } from '../ui/labels.ts';

type Guide = NonNullable<ItemGuideResult['item']>;

const ROWS: [string, (implementation: ItemImplementation) => string | HTMLElement][] = [
  ['是否办理', (i) => (i.offered ? '办理' : '不办理')],
  ['本地事项编码', (i) => i.localCode ?? '—'],
  ['本地名称', (i) => i.localName ?? '—'],
  ['实施机构', (i) => i.implementingBody ?? '—'],
  ['承诺时限', (i) => timeLimit(i.promisedTimeLimit)],
  ['收费', (i) => feeWithVariants(i.fee)],
  ['跑动次数', (i) => (i.visitsRequired === null ? '—' : `${i.visitsRequired} 次`)],
  ['跨省通办', (i) => yesNo(i.crossRegion)],
  ['容缺受理', (i) => yesNo(i.tolerantAcceptance)],
  ['告知承诺', (i) => yesNo(i.commitmentSystem)],
  ['办公时间', (i) => i.hours ?? '—'],
  ['网上办理', (i) => i.onlineUrl ?? '—'],
  ['办理地点', (i) => h('ul', { class: 'places' }, i.places.map((place) => h('li', {}, place.name, h('small', {}, ` ${place.address}${place.phone ? ` · ${place.phone}` : ''}`))))],
];

/**
 * 办事指南 · 四地对照: the standard item, and each province's implementation side by side —
 * columns on a desk, one card per province on a phone (the same table, restyled).
 */
export function guideComparison(guide: Guide): HTMLElement {
  const columns = REGIONS.map((region, index) => guide.implementations.find((implementation) => implementation?.region === region.code) ?? (guide.implementations[index] === null ? null : undefined));
  return h(
    'section',
    { class: 'guide', testId: 'guide' },
    h('h3', {}, guide.name, h('small', {}, ` ${guide.code}`)),
    h(
      'p',
      { class: 'note' },
      `主管部门：${guide.department} · 国家标准承诺时限：${timeLimit(guide.promisedTimeLimit)} · 法定时限：${timeLimit(guide.statutoryTimeLimit)} · ${fee(guide.fee)}`,
      guide.instantApproval ? h('span', { class: 'tag' }, '秒批') : null,
      guide.tolerantAcceptance ? h('span', { class: 'tag' }, '容缺') : null,
      guide.commitmentSystem ? h('span', { class: 'tag' }, '告知承诺') : null,
    ),
    guide.fee?.charged && guide.fee.variants.length > 0 ? h('div', { class: 'note', testId: 'guide-standard-fee' }, '国家标准其他情形收费：', feeVariantList(guide.fee)) : null,
    guide.evidenceKinds.length > 0 ? h('p', { class: 'note' }, `无需提交、由数据共享取得：${guide.evidenceKinds.map(evidenceKindLabel).join('、')}`) : null,
    h('h4', {}, '申请材料'),
    h('ul', { class: 'materials-list' }, guide.materials.map((material) => h('li', {}, `${material.code} ${material.name}`, material.replacedBy ? h('span', { class: 'tag tag-ok' }, `可由${evidenceKindLabel(material.replacedBy)}替代`) : null))),
    h('h4', {}, '四地对照'),
    h(
      'div',
      { class: 'comparison-scroll' },
      h(
        'table',
        { class: 'comparison', testId: 'guide-comparison' },
        h('thead', {}, h('tr', {}, h('th', {}, '项目'), REGIONS.map((region) => h('th', { 'data-region': region.code }, regionLabel(region.code))))),
        h(
          'tbody',
          {},
          ROWS.map(([label, cell]) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, label),
              columns.map((implementation, index) =>
                h('td', { 'data-label': `${regionLabel(REGIONS[index]?.code)} · ${label}` }, implementation ? cell(implementation) : implementation === null ? '暂不可用' : '—'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
