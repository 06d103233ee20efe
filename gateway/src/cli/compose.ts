import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphEndpoints } from '@yrd/shared/process/serviceEnvironment';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { commandArguments } from './commandArguments.ts';
import { composeSupergraph, workspaceSubgraphs } from '../supergraph/composeSupergraph.ts';

/**
 * `npm run compose [-- --out file]`: composes the workspace subgraphs into the supergraph
 * that production gateways (this one with YRD_SUPERGRAPH_FILE, Hive Gateway, Apollo Router)
 * serve. The file carries the default loopback URLs of `npm start`, so it is the same on
 * every machine; a deployment points the gateway elsewhere with YRD_<NAME>_URL (or the
 * other router's own subgraph URL overrides).
 */
const { values } = commandArguments('npm run compose', 'npm run compose [-- --out <file>]', { options: { out: { type: 'string' } } });
const out = values.out ?? join(REPOSITORY_ROOT, 'gateway/supergraph.graphql');
try {
  const { supergraphSdl, hints } = composeSupergraph(await workspaceSubgraphs(subgraphEndpoints({})));
  writeFileSync(out, supergraphSdl);
  const byCode = new Map<string, number>();
  for (const hint of hints) byCode.set(hint.code, (byCode.get(hint.code) ?? 0) + 1);
  process.stdout.write(`supergraph written to ${out}\n`);
  for (const [code, count] of byCode) process.stdout.write(`  hint ${code} × ${count}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
