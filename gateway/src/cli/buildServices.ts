import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildServices } from '../launcher/buildServices.ts';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { checkFederationConfiguration } from './federationConfiguration.ts';
import { checkGatewayFiles } from './gatewayFiles.ts';
import { whenParentEnds } from './whenParentEnds.ts';

/**
 * `npm start`'s first step (prestart): the settings are checked (a wrong one is refused in one
 * line before anything is compiled, as the launcher checks them again before anything starts),
 * then what changed since the last build is compiled, so that the processes run as compiled
 * JavaScript on Node. Silent when everything is up to date; otherwise it says it is compiling
 * once the build has taken a moment (a first start compiles every workspace: about half a minute).
 */
try {
  await checkGatewayFiles(process.env, checkFederationConfiguration(process.env).mode);
} catch (error) {
  process.stderr.write(`npm start: ${(error as Error).message}\n`);
  process.exit(1);
}
const started = Date.now();
const firstBuild = !existsSync(join(REPOSITORY_ROOT, 'gateway', 'dist', 'main.js'));
const announce = setTimeout(
  () => process.stdout.write(firstBuild ? 'Compiling the TypeScript workspaces to dist/ (a first start: about half a minute) …\n' : 'Compiling what changed since the last build …\n'),
  1_500,
);
// Stopped while it compiles — Ctrl-C, SIGTERM to npm (which passes it on to nobody), npm gone — the compile stops too.
const abort = new AbortController();
process.once('SIGINT', () => abort.abort());
process.once('SIGTERM', () => abort.abort());
whenParentEnds(() => abort.abort());
try {
  const build = await buildServices(REPOSITORY_ROOT, abort.signal);
  clearTimeout(announce);
  if (build.compiled > 0) process.stdout.write(`Compiled ${build.compiled} workspace(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
} catch (error) {
  clearTimeout(announce);
  process.stderr.write(`npm start: ${(error as Error).message}\n`);
  process.exit(1);
}
