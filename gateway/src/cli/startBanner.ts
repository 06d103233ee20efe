import { existsSync } from 'node:fs';
import { readManifest } from '../persistedOperations/operationManifest.ts';
import type { FederationConfiguration } from './federationConfiguration.ts';

/**
 * What `npm start` prints once everything is up: the URLs, and a query to try that works as
 * printed in the federation as configured — the token minted from the data directory the
 * gateway really uses, /ready where it really is, and an operation the gateway will run.
 */
export interface StartFacts {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly dataDir: string;
  /** Where `npm run token` looks when YRD_DATA_DIR is unset (./data of the repository). */
  readonly defaultDataDir: string;
  readonly configuration: FederationConfiguration;
}

/** A person of the fixture world with records in Shanghai (her own token reads them). */
const EXAMPLE_CITIZEN = '310118198804123021';
/** The published operation the example runs where only published operations run. */
const EXAMPLE_OPERATION = 'MySubject';

const EXAMPLE_QUERY = `{
  subject(id: "${EXAMPLE_CITIZEN}") {
    kind
    regions {
      region
      records(kinds: [PROVIDENT_FUND, SOCIAL_INSURANCE]) {
        __typename kind holdingAuthority updatedOn
        ... on ProvidentFundRecord { accountStatus continuousMonths outstandingLoan }
        ... on SocialInsuranceRecord { insuranceStatus contributionMonths }
      }
    }
  }
}`;

/** `text` as one shell word: as it is when nothing in it is special to the shell, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function startBanner(facts: StartFacts): string {
  const { gatewayUrl, configuration } = facts;
  const { mode, ops } = configuration;
  const at = (path: string) => gatewayUrl.replace(/\/graphql$/, path);
  const opsAt = (path: string) => (ops && ops.port !== 0 ? `http://${ops.host}:${ops.port}${path}` : undefined);
  // With YRD_OPS_PORT the public port keeps only /health; /ready and /metrics are on the ops listener.
  const readiness = ops
    ? opsAt('/ready')
      ? `ready: ${opsAt('/ready')}, metrics: ${opsAt('/metrics')}`
      : `ready and metrics: on a free port of ${ops.host} (YRD_OPS_PORT=0; the gateway logs it)`
    : `ready: ${at('/ready')}`;
  const lines = [
    '',
    'YRD cross-region service gateway is up.',
    ...Object.entries(facts.subgraphUrls).map(([name, url]) => `  ${name.padEnd(9)} ${url}`),
    `  gateway   ${gatewayUrl}   (${mode.mode}; health: ${at('/health')}, ${readiness})`,
    `  console   ${at('/console')}   (窗口控制台: window desk, 我的 citizen pages, public services)`,
    '',
    ...tryLines(facts),
    '',
    ...(configuration.calendarNotice ? [`Note: ${configuration.calendarNotice}`, ''] : []),
    'Ctrl-C stops all processes.',
    '',
  ];
  return lines.join('\n');
}

function tryLines(facts: StartFacts): string[] {
  const { gatewayUrl, configuration } = facts;
  const { mode, jwksUrl } = configuration;
  const tokenLine = jwksUrl
    ? // The gateway trusts only that provider: a development token would be refused.
      `  TOKEN=…   # a token of your identity provider for ${EXAMPLE_CITIZEN} (the gateway checks it with YRD_IDP_JWKS_URL=${jwksUrl.href})`
    : `  TOKEN=$(${facts.dataDir === facts.defaultDataDir ? '' : `YRD_DATA_DIR=${shellWord(facts.dataDir)} `}npm run -s token -- citizen ${EXAMPLE_CITIZEN})`;
  const curl = (body: unknown) => [
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
    `    -d ${shellWord(JSON.stringify(body))}`,
  ];
  if (!mode.enforceSafelist) {
    return [
      "Try (personal records need the person's own token; see the README for operator and enterprise tokens):",
      tokenLine,
      ...curl({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') }),
    ];
  }
  // Only the published operations run: the example is one of them, sent by its hash.
  const manifest = existsSync(mode.persistedOperationsFile) ? readManifest(mode.persistedOperationsFile) : undefined;
  const operation = manifest?.operations.find((candidate) => candidate.name === EXAMPLE_OPERATION);
  if (!operation) return [`Only the operations in ${mode.persistedOperationsFile} run here (safelist enforced): send one by its sha256Hash.`];
  return [
    `Try (only published operations run here: this is ${EXAMPLE_OPERATION}, by its hash, with the person's own token):`,
    tokenLine,
    ...curl({
      extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
      variables: { recordKinds: ['PROVIDENT_FUND', 'SOCIAL_INSURANCE'] },
    }),
  ];
}
