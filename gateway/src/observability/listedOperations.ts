import { existsSync } from 'node:fs';
import { gatewayModeFromEnvironment } from '../gatewayMode.ts';
import { readManifest } from '../persistedOperations/operationManifest.ts';

/**
 * The names of the persisted operation list (gateway/persisted-operations.json, or the file
 * YRD_PERSISTED_OPERATIONS names, as gatewayMode.ts reads it): the only operation names that
 * become metrics labels. Empty when there is no list (every operation is then "unlisted").
 */
export function listedOperationNames(file: string = listFileOfThisProcess()): ReadonlySet<string> {
  if (!existsSync(file)) return new Set();
  return new Set(readManifest(file).operations.map((operation) => operation.name));
}

/** The list file of the process's own environment: only the variable that places it is read (the mode's other checks are startGateway's). */
function listFileOfThisProcess(): string {
  const placed = process.env.YRD_PERSISTED_OPERATIONS;
  return gatewayModeFromEnvironment(placed === undefined ? {} : { YRD_PERSISTED_OPERATIONS: placed }).persistedOperationsFile;
}
