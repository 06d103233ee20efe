import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { readManifest } from '../persistedOperations/operationManifest.ts';
import { checkFederationConfiguration } from './federationConfiguration.ts';
import { shellWord, startBanner } from './startBanner.ts';

const defaultDataDir = join(REPOSITORY_ROOT, 'data');
const banner = (env: NodeJS.ProcessEnv, dataDir = defaultDataDir) =>
  startBanner({
    gatewayUrl: 'http://127.0.0.1:6000/graphql',
    subgraphUrls: { catalog: 'http://127.0.0.1:6001/graphql' },
    dataDir,
    defaultDataDir,
    configuration: checkFederationConfiguration(env),
  });

describe('the start banner', () => {
  it('ends with the note of a holiday arrangement the calendar lacks, when it lacks one', () => {
    const facts = { gatewayUrl: 'http://127.0.0.1:6000/graphql', subgraphUrls: {}, dataDir: defaultDataDir, defaultDataDir };
    const configuration = checkFederationConfiguration({});
    const lacking = startBanner({ ...facts, configuration: { ...configuration, calendarNotice: 'the holiday arrangement of 2027 is not loaded: …' } });
    expect(lacking).toContain('\nNote: the holiday arrangement of 2027 is not loaded: …\n\nCtrl-C stops all processes.');
    expect(startBanner({ ...facts, configuration: { ...configuration, calendarNotice: undefined } })).not.toContain('Note:');
  });

  it('mints the token from the data directory the federation uses, when it is not the default', () => {
    expect(banner({})).toContain('  TOKEN=$(npm run -s token -- citizen 310118198804123021)');
    expect(banner({ YRD_DATA_DIR: '/tmp/yrd data' }, '/tmp/yrd data')).toContain("  TOKEN=$(YRD_DATA_DIR='/tmp/yrd data' npm run -s token -- citizen 310118198804123021)");
  });

  it('prints /ready where it is: on the ops listener when there is one, never on a public port that answers 404', () => {
    expect(banner({})).toContain('ready: http://127.0.0.1:6000/ready');
    const withOps = banner({ YRD_OPS_PORT: '6090' });
    expect(withOps).toContain('ready: http://127.0.0.1:6090/ready, metrics: http://127.0.0.1:6090/metrics');
    expect(withOps).not.toContain('6000/ready');
  });

  it('tries, in production, a published operation by its hash (the safelist refuses any other query)', () => {
    const production = banner({ YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow', YRD_OPS_PORT: '6090' });
    const mySubject = readManifest(join(REPOSITORY_ROOT, 'gateway/persisted-operations.json')).operations.find((operation) => operation.name === 'MySubject');
    expect(production).toContain(`"sha256Hash":"${mySubject?.id}"`);
    expect(production).not.toContain('"query"');
    expect(production).toContain('(production; health: http://127.0.0.1:6000/health, ready: http://127.0.0.1:6090/ready');
  });

  it('asks for a token of the identity provider the gateway trusts, not a development one it would refuse', () => {
    const text = banner({ YRD_GATEWAY_MODE: 'production', YRD_IDP_JWKS_URL: 'https://idp.example/jwks' });
    expect(text).not.toContain('npm run -s token');
    expect(text).toContain('YRD_IDP_JWKS_URL=https://idp.example/jwks');
  });

  it('quotes a word for the shell only when it must', () => {
    expect(shellWord('/srv/yrd/data')).toBe('/srv/yrd/data');
    expect(shellWord("/tmp/it's")).toBe(`'/tmp/it'\\''s'`);
  });
});
