import type { GatewayClient } from './graphql/gatewayClient.ts';
import type { SessionStore } from './session/sessionStore.ts';

/** What every part of the console works with: the gateway, the seats, and whether development sign-in is offered. */
export interface ConsoleContext {
  readonly client: GatewayClient;
  readonly sessions: SessionStore;
  readonly developmentSignIn: boolean;
}

/** A fresh key for a mutation that must happen once (openCase, submitCase, takeQueueNumber). */
export function idempotencyKey(): string {
  return `console-${crypto.randomUUID()}`;
}
