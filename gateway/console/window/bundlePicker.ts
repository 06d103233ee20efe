import type { ConsoleContext } from '../consoleContext.ts';
import type { Bundle, BundlesResult } from '../graphql/resultTypes.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { evidenceKindLabel } from '../ui/labels.ts';

/**
 * 一件事一次办: the one-thing bundles a window can open (Bundles, public) — each with what it
 * is for, the items it files together, and the shared data it draws on — to choose one. They
 * are read when the clerk first opens the list, not with every page.
 */
export function bundlePicker(context: ConsoleContext, onChosen: (bundle: Bundle) => void): HTMLElement {
  const list = h('div', { class: 'bundles', testId: 'bundles' }, h('p', { class: 'note' }, '正在读取“一件事”…'));

  const load = async () => {
    const { data, errors } = await context.client.run<BundlesResult>('Bundles', {});
    const bundles = data?.bundles ?? [];
    show(
      list,
      errorList(errors),
      data && bundles.length === 0 ? h('p', { class: 'note' }, '暂无可办理的“一件事”') : null,
      data ? null : button('重新读取', load, { testId: 'reload-bundles' }),
      bundles.map((bundle) => bundleCard(bundle, choose)),
    );
  };
  // Once chosen, the list folds away: the chosen line says what was chosen.
  const choose = (bundle: Bundle) => {
    picker.open = false;
    onChosen(bundle);
  };
  let loaded = false;
  const picker = h('details', { class: 'bundle-picker', testId: 'bundle-picker' }, h('summary', {}, '一件事一次办：选择“一件事”（多个事项一次申请）'), list);
  picker.addEventListener('toggle', () => {
    if (!picker.open || loaded) return;
    loaded = true;
    void load();
  });
  return picker;
}

function bundleCard(bundle: Bundle, onChosen: (bundle: Bundle) => void): HTMLElement {
  return h(
    'article',
    { class: 'card bundle', testId: `bundle-${bundle.code}` },
    h('header', {}, h('strong', {}, bundle.name), h('small', {}, ` ${bundle.code}`)),
    h('p', { class: 'note' }, bundle.description),
    h('ul', { class: 'bundle-items', 'aria-label': `${bundle.name}包含的事项` }, bundle.items.map((item) => h('li', { 'data-item': item.code }, item.name))),
    bundle.evidenceKinds.length > 0 ? h('small', {}, `共享数据：${bundle.evidenceKinds.map(evidenceKindLabel).join('、')}`) : null,
    h('div', { class: 'row' }, button('选择此“一件事”', () => onChosen(bundle), { testId: `choose-bundle-${bundle.code}` })),
  );
}
