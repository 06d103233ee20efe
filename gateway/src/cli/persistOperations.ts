import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { buildManifest, formatManifest, MANIFEST_FILE, OPERATIONS_DIR, supergraphApiSchema } from '../persistedOperations/operationManifest.ts';

/**
 * `npm run persist`: checks every operation in gateway/operations/ — its own `*.graphql`
 * files, each per-province template of `perProvince/` expanded for every registered region, with
 * the shared fragments of `fragments/` they use — against the committed supergraph
 * (gateway/supergraph.graphql, `npm run compose`) and writes the persisted operation manifest
 * the gateway safelists, gateway/persisted-operations.json. Run it after adding or changing an
 * operation, a template or a fragment, and after composing a changed supergraph.
 */
try {
  const supergraphFile = join(REPOSITORY_ROOT, 'gateway/supergraph.graphql');
  const schema = await supergraphApiSchema(readFileSync(supergraphFile, 'utf8'));
  const manifest = buildManifest(join(REPOSITORY_ROOT, OPERATIONS_DIR), schema);
  const out = join(REPOSITORY_ROOT, MANIFEST_FILE);
  writeFileSync(out, formatManifest(manifest));
  const byType = new Map<string, number>();
  for (const operation of manifest.operations) byType.set(operation.type, (byType.get(operation.type) ?? 0) + 1);
  const counts = [...byType].map(([type, count]) => `${type} ${count}`);
  process.stdout.write(`${manifest.operations.length} operations (${counts.join(', ')}) written to ${out}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
