import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { checkFederationConfiguration } from './federationConfiguration.ts';
import { checkGatewayFiles } from './gatewayFiles.ts';

/** The launcher's checks in the order `npm start` runs them: the settings, then the files they name. */
async function checkedAtStart(env: NodeJS.ProcessEnv): Promise<void> {
  await checkGatewayFiles(env, checkFederationConfiguration(env).mode);
}

const PRODUCTION = { YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow' };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yrd-gateway-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the launcher's check of the gateway's files, before anything starts", () => {
  it('passes the committed supergraph and persisted operation list, in either mode', async () => {
    await checkedAtStart({ YRD_SUPERGRAPH_FILE: 'gateway/supergraph.graphql' });
    await checkedAtStart({ ...PRODUCTION, YRD_SUPERGRAPH_FILE: join(REPOSITORY_ROOT, 'gateway/supergraph.graphql') });
  }, 60_000);

  it('refuses a supergraph file that is missing or does not load, in one line naming the variable', async () => {
    const garbage = join(dir, 'garbage.graphql');
    writeFileSync(garbage, 'garbage\n');
    const notASupergraph = join(dir, 'plain.graphql');
    writeFileSync(notASupergraph, 'type Query { hello: String }\n');
    const refusals: [string, RegExp][] = [
      ['/nonexistent.graphql', /^YRD_SUPERGRAPH_FILE \/nonexistent\.graphql does not load: ENOENT: no such file or directory/],
      [dir, /^YRD_SUPERGRAPH_FILE .* does not load: EISDIR/],
      [garbage, /^YRD_SUPERGRAPH_FILE .*garbage\.graphql does not load: Syntax Error: Unexpected Name "garbage"\.$/],
      [notASupergraph, /^YRD_SUPERGRAPH_FILE .*plain\.graphql does not load: Invalid supergraph: must be a core schema$/],
    ];
    for (const [file, refusal] of refusals) {
      const error = await checkedAtStart({ YRD_SUPERGRAPH_FILE: file }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, file).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message, file).toMatch(refusal);
      expect((error as Error).message, file).not.toContain('\n');
    }
  });

  it('refuses a missing persisted operation list when production mode would need it, naming the variable', async () => {
    await expect(checkedAtStart({ ...PRODUCTION, YRD_PERSISTED_OPERATIONS: '/nonexistent.json' })).rejects.toThrow(
      /^YRD_PERSISTED_OPERATIONS \/nonexistent\.json does not exist, and the safelist is enforced/,
    );
    // As the gateway: without the safelist nothing needs the list, and it runs without one.
    await checkedAtStart({ YRD_PERSISTED_OPERATIONS: '/nonexistent.json' });
    await checkedAtStart({ ...PRODUCTION, YRD_SAFELIST: 'off', YRD_PERSISTED_OPERATIONS: '/nonexistent.json' });
  });

  it('refuses a persisted operation list that does not parse, in either mode, naming the variable', async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ "format": ');
    const wrongFormat = join(dir, 'wrong.json');
    writeFileSync(wrongFormat, JSON.stringify({ format: 'something else', version: 1, operations: [] }));
    const committed = join(dir, 'committed.json');
    copyFileSync(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json'), committed);
    for (const env of [{}, PRODUCTION]) {
      await expect(checkedAtStart({ ...env, YRD_PERSISTED_OPERATIONS: notJson })).rejects.toThrow(/^YRD_PERSISTED_OPERATIONS .*not\.json is not a persisted operation list the gateway can read: .*not JSON/);
      await expect(checkedAtStart({ ...env, YRD_PERSISTED_OPERATIONS: wrongFormat })).rejects.toThrow(/^YRD_PERSISTED_OPERATIONS .*wrong\.json is not a persisted operation list the gateway can read: .*format: expected "apollo-persisted-query-manifest"/);
      await checkedAtStart({ ...env, YRD_PERSISTED_OPERATIONS: committed });
    }
  });
});
