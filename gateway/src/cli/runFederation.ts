import { join } from 'node:path';
import { holdDataDirectory } from '@yrd/shared/process/dataDirectoryLock';
import { dataDirectory } from '@yrd/shared/process/serviceEnvironment';
import { checkFederationBuilt, REPOSITORY_ROOT, startFederation, type RunningFederation } from '../launcher/startFederation.ts';
import { supervisionMessage } from '../launcher/supervisionMessage.ts';
import type { SupervisionEvent } from '../launcher/superviseServices.ts';
import { exitRefused } from './exitRefused.ts';
import type { LaunchSettings } from './launchSettings.ts';
import { startBanner } from './startBanner.ts';
import { whenParentEnds } from './whenParentEnds.ts';

/**
 * The launcher proper, once its settings are checked (launchSettings.ts): the catalog, the four
 * provinces and the gateway as separate processes on loopback; databases are seeded on first
 * start; a process that crashes is started again; Ctrl-C, SIGTERM, or the end of the process that
 * started it (npm) stops everything. `command` is what the operator ran, for its refusals.
 */
export async function runFederation(command: string, { configuration, form }: LaunchSettings): Promise<void> {
  const dataDir = dataDirectory();
  try {
    // To start them compiled, they must be built: refused, naming `npm run build`, before anything starts.
    checkFederationBuilt(form);
    // For as long as the launcher runs (restarting a province it has stopped for a moment included),
    // `npm run seed` refuses to delete the databases under it; refused if another start took it meanwhile.
    holdDataDirectory(dataDir, 'launcher');
  } catch (error) {
    exitRefused(command, (error as Error).message);
  }
  process.stdout.write(`Starting the YRD federation (data in ${dataDir}) …\n`);
  let stopping = false;
  let federation: RunningFederation | undefined;
  async function stop(code: number, why = ''): Promise<void> {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nStopping …${why}\n`);
    // Still starting: the processes started so far see their IPC channel close when this one exits,
    // and stop themselves — a service still starting included (runService).
    await federation?.stop();
    process.exit(code);
  }
  // Before the start, which takes a while: a SIGTERM meanwhile must not leave the processes started so far behind.
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  // Its parent's end (npm, killed by a process manager) is the end of `npm start`.
  whenParentEnds((parentPid) => void stop(0, ` (the process that started it, pid ${parentPid}, has ended)`));
  const report = (event: SupervisionEvent) => {
    process.stdout.write(`\n${supervisionMessage(event)}\n`);
    // One that keeps dying leaves the federation broken: stop it all and fail, not linger half up.
    if (event.type === 'gave-up') void stop(1);
  };
  try {
    federation = await startFederation({ dataDir, form, restartCrashed: { report } });
  } catch (error) {
    // The process that failed has said why (its output is this one's); the rest are stopped.
    exitRefused(command, (error as Error).message.split('\n')[0]?.replace(/:$/, '') ?? '');
  }
  process.stdout.write(
    startBanner({
      gatewayUrl: federation.gatewayUrl,
      subgraphUrls: federation.subgraphUrls,
      dataDir,
      defaultDataDir: join(REPOSITORY_ROOT, 'data'),
      configuration,
    }),
  );
}
