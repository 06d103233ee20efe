import type { MyCase } from '../graphql/resultTypes.ts';
import { h } from '../ui/dom.ts';
import { passOnStatusLabel } from '../ui/labels.ts';

/**
 * What a case's card in 我的办件 says beneath its status, from the list alone (MyCases), so
 * that the applicant need not open 查看详情 to learn that something ended against her or where a
 * bundle's pass-ons stand. The decision itself, with its reasons and 救济途径, is in 查看详情.
 */

/** Why a case was revoked, as the province noted it on revoking (the post-check's findings). */
export function revocationNote(own: { readonly status: string; readonly postCheck: string | null; readonly statusHistory: MyCase['statusHistory'] }): HTMLElement | null {
  if (own.status !== 'REVOKED') return null;
  const revoked = own.statusHistory.filter((event) => event.status === 'REVOKED').at(-1);
  return h(
    'p',
    { class: 'problem', testId: 'revocation' },
    own.postCheck === 'FAILED' ? '告知承诺经核查不属实，原准予决定已撤销，电子证照随之失效。' : '原决定已撤销。',
    revoked?.note ? ` 核查情况：${revoked.note}` : '',
    ' 如有异议，可向受理省份申请复核。',
  );
}

/** 容缺 终止办理: the deferred materials did not all arrive in time; she may apply again with them. */
export function terminationNote(own: { readonly status: string }): HTMLElement | null {
  if (own.status !== 'TERMINATED') return null;
  return h(
    'p',
    { class: 'problem', testId: 'termination' },
    '容缺材料未在承诺期限内补齐，本次申请已终止办理；材料齐全后可重新申请。缺少的材料、终止决定和救济途径见“查看详情”。',
  );
}

/** 联动过户: each item a bundle passes on to an enterprise, its receiver, and where it stands. */
export function passOnList(own: Pick<MyCase, 'id' | 'passedOn'>): HTMLElement | null {
  if (own.passedOn.length === 0) return null;
  return h(
    'div',
    { class: 'bundle-parts' },
    h('h4', {}, `联动过户（${own.passedOn.length}）：由承办企业办理，无需另行申请`),
    h(
      'ul',
      { class: 'bundle-cases', testId: `my-pass-ons-${own.id}` },
      own.passedOn.map((passOn) =>
        h(
          'li',
          { testId: `my-pass-on-${passOn.itemCode}`, 'data-status': passOn.status },
          h('strong', {}, passOn.item?.name ?? `事项 ${passOn.itemCode}`),
          h('span', { class: `tag pass-on-${passOn.status}` }, passOnStatusLabel(passOn.status)),
          h('small', {}, `承办企业：${passOn.receiver}`),
        ),
      ),
    ),
  );
}
