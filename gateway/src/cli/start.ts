import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildServices } from '../launcher/buildServices.ts';
import { SERVICES_FORM_VARIABLE } from '../launcher/servicesForm.ts';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { exitRefused } from './exitRefused.ts';
import { launchSettingsOrExit } from './launchSettings.ts';
import { runFederation } from './runFederation.ts';
import { whenParentEnds } from './whenParentEnds.ts';

/**
 * `npm start`, in one process — so that no npm setting can skip a step (ignore-scripts skips
 * pre-scripts, and the launcher would then run whatever dist/ held): the settings are checked (a
 * wrong one is refused in one line before anything is compiled), then what changed since the last
 * build is compiled through turbo's cache, then the launcher starts every process compiled, on
 * plain Node. YRD_SERVICES_FROM=source starts them from the TypeScript sources instead, with
 * nothing to compile.
 */
const command = 'npm start';
process.env[SERVICES_FORM_VARIABLE] ||= 'compiled';
const settings = await launchSettingsOrExit(command);
if (settings.form === 'compiled') await compileOrExit();
await runFederation(command, settings);

/**
 * Compiles what changed: silent when everything is up to date, else saying so once it has taken a
 * moment (a first start compiles every workspace: about half a minute) and naming what it
 * compiled. Stopped meanwhile — Ctrl-C, SIGTERM to npm (which passes it on to nobody), npm gone —
 * the compile stops too, and so does this process.
 */
async function compileOrExit(): Promise<void> {
  const started = Date.now();
  const firstBuild = !existsSync(join(REPOSITORY_ROOT, 'gateway', 'dist', 'main.js'));
  const announce = setTimeout(
    () => process.stdout.write(firstBuild ? 'Compiling the TypeScript workspaces to dist/ (a first start: about half a minute) …\n' : 'Compiling what changed since the last build …\n'),
    1_500,
  );
  const abort = new AbortController();
  const stopCompiling = () => abort.abort();
  process.once('SIGINT', stopCompiling);
  process.once('SIGTERM', stopCompiling);
  const stopWatching = whenParentEnds(stopCompiling);
  try {
    const build = await buildServices(REPOSITORY_ROOT, abort.signal, (holder) =>
      process.stdout.write(`Waiting for another compile of this checkout (pid ${holder}: another npm start, or a test run) to finish …\n`),
    );
    if (build.compiled.length > 0) process.stdout.write(`Compiled ${build.compiled.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  } catch (error) {
    exitRefused(command, (error as Error).message);
  } finally {
    clearTimeout(announce);
    process.off('SIGINT', stopCompiling);
    process.off('SIGTERM', stopCompiling);
    stopWatching();
  }
}
