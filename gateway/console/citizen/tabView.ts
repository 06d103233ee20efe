import { unavailableRegions } from '../graphql/gatewayErrors.ts';
import { h, show } from '../ui/dom.ts';
import { regionLabel } from '../ui/labels.ts';

/**
 * A tab's content in its own element, shown at once: a slower answer for a tab the person
 * has since left writes into a detached element and never replaces the tab they are on.
 */
export function freshView(tab: HTMLElement): HTMLElement {
  const view = h('div', {});
  show(tab, view);
  return view;
}

/** The provinces whose part is missing, named. */
export function unavailableNote(errors: Parameters<typeof unavailableRegions>[0], alsoMissing: Iterable<string> = []): HTMLElement | null {
  // `alsoMissing`: provinces an earlier answer lacked and none has brought since (RegionalList.unanswered).
  const down = [...new Set([...unavailableRegions(errors).keys(), ...alsoMissing])];
  return down.length > 0 ? h('div', { class: 'banner banner-warning', role: 'alert' }, `${down.map(regionLabel).join('、')}暂不可用，以下未含其数据。`) : null;
}
