import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { ConsoleContext } from '../consoleContext.ts';
import { idempotencyKey } from '../retryKeys.ts';
import { provinceOperation } from '../graphql/operationNames.ts';
import type { GraphQLErrorShape, QueueTicket, ServicePlace } from '../graphql/resultTypes.ts';
import { button, h, show } from '../ui/dom.ts';
import { errorList } from '../ui/errorList.ts';
import { dateTime } from '../ui/format.ts';
import { ticketStatusLabel } from '../ui/labels.ts';

/** A called number: which window to go to, and when it was called. */
function calledInWords(ticket: QueueTicket): string {
  const where = ticket.calledWindow ? `请到 ${ticket.calledWindow} 窗口办理` : '请到窗口办理';
  return ticket.calledAt ? `${where}（${dateTime(ticket.calledAt)} 叫号）` : where;
}

/**
 * A ticket as the holder sees it: number, place, status, wait, and — while waiting — a way to
 * cancel it (`ended` is told once the province has cancelled it, or says it has expired: the
 * next press asks for a new number). A number its hall closed on without calling it has expired
 * (已过号): it says so and that a new number is taken next time. A called number says which
 * window called it, and when: where to go.
 */
function ticketView(context: ConsoleContext, area: HTMLElement, ticket: QueueTicket, ended: () => void, errors: readonly GraphQLErrorShape[] = []): HTMLElement {
  const cancel = async () => {
    const region = requireRegion(ticket.region);
    const { data, errors: cancelErrors } = await context.client.run<Record<string, { cancelQueueNumber: QueueTicket } | null>>(
      provinceOperation('CancelQueueNumber', region),
      { ticketId: ticket.id, cancelCode: ticket.cancelCode },
      'citizen',
    );
    const after = data?.[region.subgraphName]?.cancelQueueNumber;
    // Expired meanwhile (the hall closed without calling it): shown as such, with the province's words.
    const expired = cancelErrors.some((error) => error.extensions?.status === 'EXPIRED');
    if (after?.status === 'CANCELLED' || expired) ended();
    // On another refusal the ticket stays as it was, with the province's reason above it.
    show(area, ticketView(context, area, after ?? (expired ? { ...ticket, status: 'EXPIRED', position: null, estimatedWaitMinutes: 0 } : ticket), ended, cancelErrors));
  };
  const waiting = ticket.status === 'WAITING';
  const expired = ticket.status === 'EXPIRED';
  const called = ticket.status === 'CALLED';
  return h(
    'div',
    {},
    errorList(errors),
    h(
      'div',
      { class: 'ticket', role: 'status', testId: 'queue-ticket' },
      h('strong', { class: 'ticket-number' }, ticket.number),
      h(
        'span',
        {},
        waiting
          ? `${ticket.placeName} · ${ticketStatusLabel(ticket.status)} · 前面还有 ${ticket.position ?? 0} 人 · 约 ${ticket.estimatedWaitMinutes} 分钟`
          : expired
            ? `${ticket.placeName} · ${ticketStatusLabel(ticket.status)} · 该号已作废，如需办理请重新取号`
            : called
              ? `${ticket.placeName} · ${ticketStatusLabel(ticket.status)} · ${calledInWords(ticket)}`
              : `${ticket.placeName} · ${ticketStatusLabel(ticket.status)}`,
      ),
      waiting && ticket.cancelCode ? h('small', {}, `取消码 ${ticket.cancelCode}`) : null,
      waiting ? button('取消排队号', cancel, { class: 'link', testId: 'cancel-number' }) : null,
    ),
  );
}

/**
 * 在线取号 at a place: only a signed-in citizen takes a number (the province refuses an
 * anonymous one), so without a citizen sign-in the page says so and points to it. At a place
 * closed now the province refuses with when it opens (PLACE_CLOSED), shown as it says.
 */
export function queueNumberButton(context: ConsoleContext, place: ServicePlace, itemCode: string, signIn: () => void): HTMLElement {
  const area = h('div', { class: 'ticket-area', testId: `ticket-${place.id}` });
  // One key per number wanted: pressing again (a retry) returns the same ticket; once it is
  // cancelled or has expired, pressing again asks for a new number.
  let key = idempotencyKey();
  const ended = () => {
    key = idempotencyKey();
  };
  // Signed out (or refused): her ticket and its cancel code leave the screen with her, and whoever
  // signs in next asks for a number of their own. A button drawn away stops listening at the next change.
  let shown = false;
  const stopListening = context.sessions.onChange((slot) => {
    if (area.isConnected) shown = true;
    else if (shown) return stopListening();
    if (slot === 'citizen' && !context.sessions.session('citizen')) {
      show(area);
      key = idempotencyKey();
    }
  });
  const take = async () => {
    if (!context.sessions.session('citizen')) {
      show(area, h('p', { class: 'banner banner-warning', role: 'alert', testId: 'queue-sign-in-needed' }, '在线取号需要以居民身份登录。', button('去登录', signIn, { class: 'link' })));
      return;
    }
    const region = requireRegion(place.region);
    const { data, errors } = await context.client.run<Record<string, { takeQueueNumber: QueueTicket } | null>>(
      provinceOperation('TakeQueueNumber', region),
      { placeId: place.id, itemCode, idempotencyKey: key },
      'citizen',
    );
    const ticket = data?.[region.subgraphName]?.takeQueueNumber;
    // The key's ticket from a day gone by has expired: it is shown, and the next press takes a new number.
    if (ticket?.status === 'EXPIRED') ended();
    if (ticket) return show(area, ticketView(context, area, ticket, ended, errors));
    // She already waits here for this item (taken in another tab, say): show that number, with the province's words.
    const heldId = errors.find((error) => error.extensions?.reason === 'ALREADY_WAITING')?.extensions?.ticketId;
    if (typeof heldId === 'string') {
      const held = await context.client.run<{ queueTicket: QueueTicket | null }>('QueueTicket', { id: heldId });
      if (held.data?.queueTicket) return show(area, ticketView(context, area, { ...held.data.queueTicket, cancelCode: null }, ended, errors));
    }
    show(area, errorList(errors));
  };
  return h('div', { class: 'queue-number' }, button('在线取号', take, { testId: `take-number-${place.id}` }), area);
}
