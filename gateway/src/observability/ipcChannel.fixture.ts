import { EventEmitter } from 'node:events';
import type { IpcPeer } from './ipcQuestions.ts';

/**
 * Both ends of an IPC channel in one process, for tests: a message crosses as JSON and later,
 * as over node:cluster's channel; once closed, nothing is sent; a muted end receives nothing
 * (a worker still starting, or hung).
 */
export function ipcChannel() {
  const toPrimary = new EventEmitter();
  const toWorker = new EventEmitter();
  const state = { open: true, muted: false };
  const end = (inbox: EventEmitter, outbox: EventEmitter): IpcPeer => ({
    send: (message) => {
      if (!state.open) return false;
      const copy: unknown = JSON.parse(JSON.stringify(message));
      setImmediate(() => {
        if (!(outbox === toWorker && state.muted)) outbox.emit('message', copy);
      });
      return true;
    },
    onMessage: (listener) => {
      inbox.on('message', listener);
    },
  });
  return {
    primary: end(toPrimary, toWorker),
    worker: end(toWorker, toPrimary),
    close: () => {
      state.open = false;
    },
    /** The worker stops hearing the primary. */
    mute: () => {
      state.muted = true;
    },
  };
}
