import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import type { GatewayModeSettings } from '../gatewayMode.ts';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { readManifest } from '../persistedOperations/operationManifest.ts';
import { checkSupergraphFile } from '../supergraph/checkSupergraphFile.ts';

/**
 * The files the gateway's settings name, checked by the launcher before anything starts, by the
 * gateway's own loaders and rules — so that a wrong path or a broken file is refused in one line
 * naming its variable, not after the hub and four provinces have started and seeded:
 *
 * - YRD_SUPERGRAPH_FILE, when set: read and loaded by an Apollo Gateway (checkSupergraphFile.ts);
 * - the persisted operation list (YRD_PERSISTED_OPERATIONS, or the committed one): read and
 *   checked when it exists (readManifest, as the gateway does), and refused when it does not
 *   while the safelist is enforced — a gateway without the list runs only when nothing needs it.
 *
 * Paths are taken as the gateway takes them: from the repository root, where `npm start` starts
 * every process.
 */
export async function checkGatewayFiles(env: NodeJS.ProcessEnv, mode: GatewayModeSettings): Promise<void> {
  checkPersistedOperationList(mode);
  const supergraphFile = env.YRD_SUPERGRAPH_FILE;
  if (supergraphFile) await checkSupergraphFile(resolve(REPOSITORY_ROOT, supergraphFile));
}

function checkPersistedOperationList(mode: GatewayModeSettings): void {
  const file = resolve(REPOSITORY_ROOT, mode.persistedOperationsFile);
  if (!existsSync(file)) {
    if (!mode.enforceSafelist) return;
    throw new ConfigurationError(
      `YRD_PERSISTED_OPERATIONS ${file} does not exist, and the safelist is enforced (production mode runs only the operations of that list): run npm run persist, point YRD_PERSISTED_OPERATIONS at the list, or set YRD_SAFELIST=off`,
    );
  }
  try {
    readManifest(file);
  } catch (error) {
    throw new ConfigurationError(`YRD_PERSISTED_OPERATIONS ${file} is not a persisted operation list the gateway can read: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
}
