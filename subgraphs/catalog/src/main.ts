import { runService } from '@yrd/shared/process/runService';
import { dataDirectory, serviceHost, subgraphPort } from '@yrd/shared/process/serviceEnvironment';
import { wholeNumberVariable } from '@yrd/shared/process/wholeNumberVariable';
import { requestEndSyncFromEnvironment } from '@yrd/shared/evidence/requestEndSync';
import { httpServerLimitsFromEnvironment } from '@yrd/shared/http/httpServerLimits';
import { hallClockFromEnvironment } from '@yrd/shared/publicServices/hallClock';
import { MAX_TRUST_LIST_SECONDS } from '@yrd/shared/trust/encryptionKeys';
import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { loadHolidayArrangements } from '@yrd/shared/time/holidayArrangementsFile';
import { startCatalogSubgraph } from './startCatalogSubgraph.ts';

// Next year's holiday arrangement, published since the release: the time limits are checked against it too.
loadHolidayArrangements(process.env);
// No longer than a retired encryption key's grace allows for a copy that still names it.
const trustListSeconds = wholeNumberVariable(process.env, 'YRD_TRUST_LIST_SECONDS', 600, 1, MAX_TRUST_LIST_SECONDS);
// The hub vouches a request is live only this long after its issuer last said the hub had all its ends.
const { syncWindowSeconds } = requestEndSyncFromEnvironment(process.env);
const httpLimits = httpServerLimitsFromEnvironment(process.env);

await runService('catalog', () =>
  startCatalogSubgraph({
    host: serviceHost(),
    port: subgraphPort('catalog'),
    dataDir: dataDirectory(),
    keysDir: keysDirectory(),
    trustDir: trustDirectory(),
    trustListSeconds,
    hallClock: hallClockFromEnvironment(),
    requestEndSyncWindowSeconds: syncWindowSeconds,
    httpLimits,
  }),
);
