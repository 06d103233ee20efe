/**
 * Filled in by the gateway's bundler (gateway/src/console/operationIdsPlugin.ts) from the
 * persisted operation manifest the gateway runs: every published operation's id, by name.
 */
declare module 'yrd:persisted-operations' {
  export const operationIds: Readonly<Record<string, string>>;
}
