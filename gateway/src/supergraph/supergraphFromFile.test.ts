import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ApolloGateway } from '@apollo/gateway';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@yrd/shared/observability/logger';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { composeSupergraph } from './composeSupergraph.ts';
import type { ClusterSupergraph } from './lastGoodSupergraph.ts';
import { compositionIdOf } from './supergraphFileRefusal.ts';
import { supergraphFromFile, type SupergraphFileOptions } from './supergraphFromFile.ts';

/** Two small supergraphs: one with `hello`, one with `goodbye` too. */
const compose = (fields: string) =>
  composeSupergraph([
    {
      name: 'catalog',
      url: 'http://127.0.0.1:9/graphql',
      typeDefs: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"]) type Query { ${fields} }`,
    },
  ]).supergraphSdl;
const HELLO = compose('hello: String');
const GOODBYE = compose('hello: String goodbye: String');

let dir: string;
let file: string;
let lines: Record<string, unknown>[];
let gateway: ApolloGateway | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yrd-supergraph-'));
  file = join(dir, 'supergraph.graphql');
  lines = [];
});
afterEach(async () => {
  await gateway?.stop();
  gateway = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Loads an Apollo Gateway from the file as startGateway does; the query fields of the schema it serves. */
async function load(options: Omit<SupergraphFileOptions, 'file' | 'logger'> = {}): Promise<string[]> {
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>));
      done();
    },
  });
  const logger = createLogger('gateway', {}, output);
  // Apollo Gateway's usage telemetry stays off in tests (it is read as the gateway is constructed,
  // and put back after: this file's worker runs other files too).
  const telemetry = process.env.APOLLO_TELEMETRY_DISABLED;
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  try {
    gateway = new ApolloGateway({ supergraphSdl: supergraphFromFile({ file, logger, watchIntervalMs: 20, ...options }), logger: logger.child({ component: 'apollo-gateway' }) });
  } finally {
    if (telemetry === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = telemetry;
  }
  const { schema } = await gateway.load();
  return Object.keys(schema.getQueryType()?.getFields() ?? {}).filter((name) => !name.startsWith('_'));
}

/** A cluster worker's line to its primary, which holds `lastGood`; what the worker reported serving. */
function primaryHolding(lastGood: string | undefined) {
  const served: string[] = [];
  const cluster: ClusterSupergraph = { served: (sdl) => void served.push(sdl), lastGood: async () => lastGood };
  return { cluster, served };
}

describe('the supergraph file', () => {
  it('is served as it is, and a cluster worker tells its primary what it serves', async () => {
    writeFileSync(file, HELLO);
    const primary = primaryHolding(GOODBYE);
    expect(await load({ cluster: primary.cluster })).toEqual(['hello']);
    expect(primary.served).toEqual([HELLO]);
  });

  it('that does not load fails the start of a lone gateway, in one line naming the variable', async () => {
    writeFileSync(file, 'garbage\n');
    const refusal = await load().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ConfigurationError);
    expect((refusal as Error).message).toBe(`YRD_SUPERGRAPH_FILE ${file} does not load: Syntax Error: Unexpected Name "garbage".`);
  });

  it('that is missing fails it too, naming the variable', async () => {
    await expect(load()).rejects.toThrow(/^YRD_SUPERGRAPH_FILE .*supergraph\.graphql does not load: ENOENT/);
  });

  it("that does not load, or is missing, as a cluster worker starts: the primary's last good schema is served, and the log says so", async () => {
    for (const bad of ['garbage\n', undefined]) {
      if (bad === undefined) rmSync(file, { force: true });
      else writeFileSync(file, bad);
      lines = [];
      const primary = primaryHolding(GOODBYE);
      expect(await load({ cluster: primary.cluster })).toEqual(['hello', 'goodbye']);
      await gateway?.stop();
      gateway = undefined;
      const said = lines.find((line) => line.msg === 'supergraph file does not load; serving the last good schema');
      expect(said).toMatchObject({ level: 50, file, served: { compositionId: compositionIdOf(GOODBYE), from: 'the cluster primary' } });
      expect(said?.reason).toMatch(/^YRD_SUPERGRAPH_FILE .* does not load: /);
    }
  });

  it('that does not load as a cluster worker starts, and the primary has none: the start fails as a lone gateway’s does', async () => {
    writeFileSync(file, 'garbage\n');
    await expect(load({ cluster: primaryHolding(undefined).cluster })).rejects.toThrow(/^YRD_SUPERGRAPH_FILE .* does not load: Syntax Error/);
  });

  it('once it loads again after the fallback, is served, and the primary is told', async () => {
    writeFileSync(file, 'garbage\n');
    const primary = primaryHolding(HELLO);
    const reloads: string[] = [];
    expect(await load({ cluster: primary.cluster, reloaded: (outcome) => void reloads.push(outcome) })).toEqual(['hello']);
    const schemas: string[][] = [];
    gateway?.onSchemaLoadOrUpdate(({ apiSchema }) => schemas.push(Object.keys(apiSchema.getQueryType()?.getFields() ?? {})));
    writeFileSync(file, GOODBYE);
    await expect.poll(() => reloads, { timeout: 10_000 }).toEqual(['loaded']);
    expect(schemas.at(-1)).toContain('goodbye');
    expect(primary.served).toEqual([GOODBYE]);
  });
});
