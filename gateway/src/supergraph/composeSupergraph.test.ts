import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { subgraphEndpoints } from '@yrd/shared/process/serviceEnvironment';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { composeSupergraph, workspaceSubgraphs } from './composeSupergraph.ts';

describe('composition of the workspace subgraphs', () => {
  it('composes, with only the expected interface hints and the cache hints\' enum', async () => {
    const { supergraphSdl, hints } = composeSupergraph(await workspaceSubgraphs(subgraphEndpoints({})));
    // The hub's copy of each interface declares only the key it resolves itself.
    expect(new Set(hints.map((hint) => hint.code))).toEqual(new Set(['INCONSISTENT_INTERFACE_VALUE_TYPE_FIELD', 'UNUSED_ENUM_TYPE']));
    // The one enum no field uses: the scope of @cacheControl (cacheControlTypeDefs.ts), which only the directive takes.
    expect(hints.filter((hint) => hint.code === 'UNUSED_ENUM_TYPE').map((hint) => hint.message)).toEqual([expect.stringContaining('"CacheControlScope"')]);
    for (const region of REGIONS) {
      expect(supergraphSdl).toContain(`type ${region.typePrefix}Subject implements RegionalSubject`);
      expect(supergraphSdl).toContain(`type ${region.typePrefix}ItemImplementation implements ItemImplementation`);
    }
  });

  it('matches the committed gateway/supergraph.graphql (run `npm run compose` after a schema change)', async () => {
    const { supergraphSdl } = composeSupergraph(await workspaceSubgraphs(subgraphEndpoints({})));
    expect(readFileSync(join(REPOSITORY_ROOT, 'gateway/supergraph.graphql'), 'utf8')).toBe(supergraphSdl);
  });

  it('reports composition errors with their codes', () => {
    expect(() =>
      composeSupergraph([
        { name: 'a', url: 'http://127.0.0.1:1/graphql', typeDefs: 'type Query { x: Int }' },
        { name: 'b', url: 'http://127.0.0.1:2/graphql', typeDefs: 'type Query { x: String }' },
      ]),
    ).toThrow(/composition failed:[\s\S]*INVALID_FIELD_SHARING|FIELD_TYPE_MISMATCH/);
  });
});
