import { dataDirectory } from '@yrd/shared/process/serviceEnvironment';
import { servicesForm, type ServicesForm } from '../launcher/servicesForm.ts';
import { checkDataDirectory } from './dataDirectoryCheck.ts';
import { exitRefused } from './exitRefused.ts';
import { checkFederationConfiguration, type FederationConfiguration } from './federationConfiguration.ts';
import { checkGatewayFiles } from './gatewayFiles.ts';
import { checkPortsFree } from './portsCheck.ts';

/** What a start of the federation goes by, checked before anything is compiled or started. */
export interface LaunchSettings {
  readonly configuration: FederationConfiguration;
  /** Which form the processes start in (YRD_SERVICES_FROM, else the launcher's own). */
  readonly form: ServicesForm;
}

/**
 * Every process's settings, the files the gateway's settings name (a path that is wrong, a list or
 * supergraph that does not load), the data directory (writable, not in use by another start) and
 * the ports (not taken): a wrong one is refused now, in one line after the
 * command the operator ran (`npm start: PORT must be …`), not after five processes have started
 * and seeded — nor, under `npm start`, after half a minute of compiling. Exits 1 on a refusal.
 */
export async function launchSettingsOrExit(command: string, env: NodeJS.ProcessEnv = process.env): Promise<LaunchSettings> {
  try {
    const configuration = checkFederationConfiguration(env);
    await checkGatewayFiles(env, configuration.mode);
    // …and what the machine must offer: a data directory to write that no other start uses, ports free.
    checkDataDirectory(dataDirectory(env));
    await checkPortsFree(env);
    return { configuration, form: servicesForm(env, import.meta.url) };
  } catch (error) {
    exitRefused(command, (error as Error).message);
  }
}
