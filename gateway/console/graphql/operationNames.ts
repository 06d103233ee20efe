import { operationIds } from 'yrd:persisted-operations';
import type { Region } from '@yrd/shared/regions/regionRegistry';

/** The published operations the console sends (gateway/operations), by name. */
export type QueryName =
  | 'Bundles'
  | 'Case'
  | 'EnumLabels'
  | 'EvidenceSources'
  | 'FeeOnDate'
  | 'ItemGuide'
  | 'Me'
  | 'MyAccessLog'
  | 'MyCases'
  | 'MySubject'
  | 'NearestServicePlaces'
  | 'PassedOnItems'
  | 'PolicyMatch'
  | 'QueueTicket'
  | 'ReviewQueue'
  | 'SearchKnowledge'
  | 'SubjectLookup';

/** The per-province templates (gateway/operations/perProvince), published once per region. */
export type ProvinceAction =
  | 'AuthoriseEvidence'
  | 'CancelQueueNumber'
  | 'CollectEvidence'
  | 'CompletePostCheck'
  | 'DecideEvidence'
  | 'OpenBundle'
  | 'OpenCase'
  | 'RequestEvidence'
  | 'ReviewCase'
  | 'SubmitCase'
  | 'SupplyMaterial'
  | 'TakeQueueNumber'
  | 'WithdrawCase';

export type OperationName = QueryName | `${ProvinceAction}${Region['typePrefix']}`;

/** `OpenCase` in Jiangsu is `OpenCaseJiangsu`, writing to the `jiangsu` namespace. */
export function provinceOperation(action: ProvinceAction, region: Region): OperationName {
  return `${action}${region.typePrefix}`;
}

/** The manifest id of an operation, or undefined when the gateway does not publish it. */
export function operationIdOf(name: OperationName): string | undefined {
  return operationIds[name];
}

/** Operations the console needs that the gateway's manifest lacks (an out-of-date manifest). */
export function missingOperations(names: readonly OperationName[]): OperationName[] {
  return names.filter((name) => operationIds[name] === undefined);
}
