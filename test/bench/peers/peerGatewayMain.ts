import { runService } from '@yrd/shared/process/runService';

/**
 * A peer gateway as its own process, for the benchmarks (so that it has a process of its own,
 * as our gateway has, and its CPU and memory can be measured): `YRD_PEER=hive` (Hive Gateway)
 * or `YRD_PEER=stock` (a plain Apollo Gateway with defaults), configured from the environment.
 */
const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const kind = required('YRD_PEER');
const options = {
  supergraphFile: required('YRD_PEER_SUPERGRAPH_FILE'),
  hubUrl: required('YRD_CATALOG_URL'),
  trustDir: required('YRD_TRUST_DIR'),
  keysDir: required('YRD_PEER_KEYS_DIR'),
  member: `${kind}-gateway`,
  port: 0,
  env: process.env,
};

// Only the peer's own libraries are loaded, so that its memory is its own.
await runService(`${kind}-gateway`, async () => {
  if (kind === 'hive') return (await import('../../src/harness/hiveGateway.ts')).startHiveGateway(options);
  if (kind === 'stock') return (await import('../../src/harness/stockApolloGateway.ts')).startStockApolloGateway(options);
  throw new Error(`YRD_PEER must be hive or stock, not ${kind}`);
});
