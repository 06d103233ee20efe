/**
 * Questions between a cluster's primary and its workers over node:cluster's IPC channel, each
 * answered by a message carrying its id. An asker gives up after a timeout, and at once when its
 * peer is gone, so that a worker that is slow or dying never holds up a scrape or a probe.
 */
const QUESTION = 'yrd:ops-question';
const ANSWER = 'yrd:ops-answer';

export interface IpcQuestion {
  readonly type: typeof QUESTION;
  readonly id: number;
  readonly topic: string;
}

export type IpcAnswer =
  | { readonly type: typeof ANSWER; readonly id: number; readonly value: unknown }
  | { readonly type: typeof ANSWER; readonly id: number; readonly error: string };

export type IpcMessage = IpcQuestion | IpcAnswer;

/** One end of the channel: a worker as the primary sees it, or a worker's own process. */
export interface IpcPeer {
  /** False when the message could not be sent (the channel is closed), not merely queued; never throws. */
  send(message: IpcMessage): boolean;
  /** Every message from the peer, ours and node's or other libraries' alike. */
  onMessage(listener: (message: unknown) => void): void;
}

function isMessage(message: unknown, type: string): message is { type: string; id: number } {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === type && 'id' in message && typeof message.id === 'number';
}

interface OpenQuestion {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class IpcAsker {
  private nextId = 0;
  private readonly open = new Map<number, OpenQuestion>();

  constructor(private readonly peer: IpcPeer) {
    peer.onMessage((message) => {
      if (!isMessage(message, ANSWER)) return;
      const question = this.open.get(message.id);
      if (!question) return; // answered after its timeout
      this.settle(message.id);
      const answer = message as IpcAnswer;
      if ('error' in answer) question.reject(new Error(answer.error));
      else question.resolve(answer.value);
    });
  }

  /** The peer's answer (as it came over the channel: the caller checks its shape). */
  ask(topic: string, timeoutMs: number): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(id);
        reject(new Error(`no answer to "${topic}" within ${timeoutMs} ms`));
      }, timeoutMs);
      timer.unref();
      this.open.set(id, { resolve, reject, timer });
      if (!this.peer.send({ type: QUESTION, id, topic })) {
        this.settle(id);
        reject(new Error(`"${topic}" could not be asked: the channel is closed`));
      }
    });
  }

  /** The peer is gone: every question still open fails now rather than at its timeout. */
  abandon(reason: string): void {
    for (const [id, question] of this.open) {
      this.settle(id);
      question.reject(new Error(reason));
    }
  }

  private settle(id: number): void {
    clearTimeout(this.open.get(id)?.timer);
    this.open.delete(id);
  }
}

/** Answers the peer's questions by topic; a topic without an answer, or one that fails, is answered with an error. */
export function answerQuestions(peer: IpcPeer, answers: Readonly<Record<string, () => Promise<unknown>>>): void {
  peer.onMessage((message) => {
    if (!isMessage(message, QUESTION)) return;
    const { id, topic } = message as IpcQuestion;
    const answer = Object.hasOwn(answers, topic) ? answers[topic] : undefined;
    if (!answer) {
      peer.send({ type: ANSWER, id, error: `no answer to "${topic}" here` });
      return;
    }
    answer().then(
      (value) => peer.send({ type: ANSWER, id, value }),
      (error: unknown) => peer.send({ type: ANSWER, id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
