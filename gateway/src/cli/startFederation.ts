import { dataDirectory } from '@yrd/shared/process/serviceEnvironment';
import { startFederation, type RunningFederation } from '../launcher/startFederation.ts';
import { supervisionMessage } from '../launcher/supervisionMessage.ts';
import type { SupervisionEvent } from '../launcher/superviseServices.ts';

/**
 * `npm start`: the catalog, the four provinces and the gateway as separate processes on
 * loopback; databases are seeded on first start; a process that crashes is started again;
 * Ctrl-C stops everything.
 */
const dataDir = dataDirectory();
process.stdout.write(`Starting the YRD federation (data in ${dataDir}) …\n`);
let stopping = false;
let federation: RunningFederation | undefined;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping …\n');
  await federation?.stop();
  process.exit(code);
}
const report = (event: SupervisionEvent) => {
  process.stdout.write(`\n${supervisionMessage(event)}\n`);
  // One that keeps dying leaves the federation broken: stop it all and fail, not linger half up.
  if (event.type === 'gave-up') void stop(1);
};
federation = await startFederation({ dataDir, restartCrashed: { report } });

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

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
