import type { BoundAssertionUses } from './boundAssertionUses.ts';
import type { ClientAddress } from '../http/clientAddress.ts';
import { requestEndSyncFromEnvironment } from '../evidence/requestEndSync.ts';
import { wholeNumberVariable } from '../process/wholeNumberVariable.ts';
import type { TrustListSource } from '../trust/signedMessage.ts';
import { MAX_EVIDENCE_SECONDS } from '../trust/encryptionKeys.ts';
import type { MemberKeys } from '../trust/memberKeys.ts';
import type { AuditLog } from './auditLog.ts';
import type { CaseStore } from './caseStore.ts';
import type { DirectCallRefusals } from './directCallRefusals.ts';
import type { HubClient } from './hubClient.ts';
import type { MapStore } from './mapStore.ts';
import type { QueueStore } from './queueStore.ts';
import type { RequestEndDelivery } from './requestEndDelivery.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { NativeRow, ProvinceStore } from './provinceStore.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';

/** How long the messages of the evidence exchange stay valid, and how often the hub hears this province is in step. */
export interface ExchangeSettings {
  readonly evidenceRequestSeconds: number;
  readonly evidenceSeconds: number;
  /** How often the hub hears "no ended request pending" while the outbox is empty (YRD_REQUEST_END_HEARTBEAT_SECONDS, requestEnd.ts). */
  readonly requestEndHeartbeatSeconds: number;
}

export function exchangeSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ExchangeSettings {
  return {
    evidenceRequestSeconds: wholeNumberVariable(env, 'YRD_EVIDENCE_REQUEST_SECONDS', 15 * 60, 1),
    // No longer than the filing province's retired encryption key still opens it.
    evidenceSeconds: wholeNumberVariable(env, 'YRD_EVIDENCE_SECONDS', 7 * 24 * 3600, 1, MAX_EVIDENCE_SECONDS),
    // Read with the hub's window, so that a heartbeat longer than half of it is refused here too.
    requestEndHeartbeatSeconds: requestEndSyncFromEnvironment(env).heartbeatSeconds,
  };
}

/** Everything a province's resolvers work with, made once at start. */
export interface ProvinceServices {
  readonly config: ProvinceConfig;
  readonly records: ProvinceStore;
  readonly read: (row: NativeRow) => HeldRecord;
  readonly cases: CaseStore;
  readonly audit: AuditLog;
  /** The audit of calls that did not come through the gateway, folded when one address floods. */
  readonly refusals: DirectCallRefusals;
  /** The bound (write) caller assertions taken up, kept across restarts: each runs one request, once. */
  readonly boundAssertionUses: BoundAssertionUses;
  /** Where a request came from (through the province's own trusted proxies, YRD_TRUSTED_PROXIES). */
  readonly clientAddress: ClientAddress;
  readonly keys: MemberKeys;
  readonly trust: TrustListSource;
  readonly hub: HubClient;
  /** Tells the hub which of this province's evidence requests have ended (from the outbox). */
  readonly requestEnds: RequestEndDelivery;
  readonly settings: ExchangeSettings;
  readonly map: MapStore;
  readonly queue: QueueStore;
}
