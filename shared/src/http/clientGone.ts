import type { IncomingMessage } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Whether the client of a request has gone, so that nobody waits for its answer: its connection
 * is closed or closing (the client hung up, or gave up on the request — the gateway destroys a
 * connection it stops waiting on), as far as Node has read it.
 */
export function clientGone(request: IncomingMessage): boolean {
  const { socket } = request;
  return socket.destroyed || !socket.writable;
}

/**
 * Resolves once Node has read what the kernel already holds for open connections. Node finds
 * out about a close only when it reads the socket again, in the event loop's next poll for I/O:
 * a request taken up together with its client's close (a stalled process resuming with both in
 * the kernel's buffers) looks connected until then. Two turns of the loop: the current one ends,
 * and the next one's poll reads what is there — then clientGone tells.
 */
export async function closesRead(): Promise<void> {
  await nextTurn();
  await nextTurn();
}
