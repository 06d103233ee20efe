import { buildServices } from '../launcher/buildServices.ts';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';

/**
 * `npm start`'s first step (prestart): compiles what changed since the last build, so that the
 * processes run as compiled JavaScript on Node. Silent when everything is up to date; the first
 * start compiles every workspace (about half a minute) and says so.
 */
const started = Date.now();
const announce = setTimeout(() => process.stdout.write('Compiling the TypeScript workspaces to dist/ (the first start takes about half a minute) …\n'), 1_500);
try {
  const build = await buildServices(REPOSITORY_ROOT);
  clearTimeout(announce);
  if (build.compiled > 0) process.stdout.write(`Compiled ${build.compiled} workspace(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
} catch (error) {
  clearTimeout(announce);
  process.stderr.write(`npm start: ${(error as Error).message}\n`);
  process.exit(1);
}
