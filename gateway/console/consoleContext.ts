import type { GatewayClient } from './graphql/gatewayClient.ts';
import type { RetryKeys } from './retryKeys.ts';
import type { SessionStore } from './session/sessionStore.ts';
import type { EnumLabels } from './ui/enumLabels.ts';

/** What every part of the console works with: the gateway, the seats, whether development sign-in is offered, the keys of mutations that may be pressed again, and the schema's labels of coded values. */
export interface ConsoleContext {
  readonly client: GatewayClient;
  readonly sessions: SessionStore;
  readonly developmentSignIn: boolean;
  readonly retryKeys: RetryKeys;
  readonly labels: EnumLabels;
}
