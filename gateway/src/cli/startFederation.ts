import { dataDirectory } from '@yrd/shared/process/serviceEnvironment';
import { startFederation } from '../launcher/startFederation.ts';

/**
 * `npm start`: the catalog, the four provinces and the gateway as separate processes on
 * loopback; databases are seeded on first start; Ctrl-C stops everything.
 */
const dataDir = dataDirectory();
process.stdout.write(`Starting the YRD federation (data in ${dataDir}) …\n`);
const federation = await startFederation({ dataDir });

const example = `{
  subject(id: "310118198804123021") {
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
const lines = [
  '',
  'YRD cross-region service gateway is up.',
  ...Object.entries(federation.subgraphUrls).map(([name, url]) => `  ${name.padEnd(9)} ${url}`),
  `  gateway   ${federation.gatewayUrl}   (health: ${federation.gatewayUrl.replace(/\/graphql$/, '/health')}, ready: ${federation.gatewayUrl.replace(/\/graphql$/, '/ready')})`,
  `  console   ${federation.gatewayUrl.replace(/\/graphql$/, '/console')}   (窗口控制台: window desk, 我的 citizen pages, public services)`,
  '',
  "Try (personal records need the person's own token; see the README for operator and enterprise tokens):",
  `  TOKEN=$(npm run -s token -- citizen 310118198804123021)`,
  `  curl -s ${federation.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
  `    -d '${JSON.stringify({ query: example.replace(/\s+/g, ' ') })}'`,
  '',
  'Ctrl-C stops all processes.',
  '',
];
process.stdout.write(lines.join('\n'));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping …\n');
  await federation.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
