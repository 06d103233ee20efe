import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which form the launcher starts the federation's processes in:
 * - `compiled`: `dist/main.js` on plain Node, as built by `npm run build` — what `npm start`,
 *   the cross-process tests and an operator run. No TypeScript loader sits in the module
 *   resolution of a running service (tsx resolves every module a service loads lazily), and a
 *   process starts in about two thirds of the time.
 * - `source`: `src/main.ts` under tsx, straight from the TypeScript (`npm run dev`), for
 *   iterating without a build.
 */
export type ServicesForm = 'compiled' | 'source';

/** The variable that chooses the form (tests set `compiled`); without it, the launcher's own form. */
export const SERVICES_FORM_VARIABLE = 'YRD_SERVICES_FROM';

/** The form asked for in `env`, else the form this module itself runs in (a .ts module runs from source). */
export function servicesForm(env: NodeJS.ProcessEnv, launcherModuleUrl: string): ServicesForm {
  const asked = env[SERVICES_FORM_VARIABLE];
  if (asked === undefined || asked === '') return launcherModuleUrl.endsWith('.ts') ? 'source' : 'compiled';
  if (asked === 'compiled' || asked === 'source') return asked;
  throw new Error(`${SERVICES_FORM_VARIABLE} must be "compiled" (dist/main.js on Node) or "source" (src/main.ts under tsx), not "${asked}"`);
}

/** A service's entry point in the given form, under its workspace directory. */
export function serviceEntry(workspaceDir: string, form: ServicesForm): string {
  return form === 'compiled' ? join(workspaceDir, 'dist', 'main.js') : join(workspaceDir, 'src', 'main.ts');
}

/** Refuses a compiled start whose entry points have not been built, naming the command that builds them. */
export function checkServicesBuilt(entries: readonly string[]): void {
  const missing = entries.filter((entry) => !existsSync(entry));
  if (missing.length > 0) {
    throw new Error(
      `the compiled services are missing (${missing.join(', ')}): compile them with \`npm run build\` (\`npm start\` compiles before it starts), or run from the TypeScript sources without ${SERVICES_FORM_VARIABLE}=compiled (\`npm run dev\`)`,
    );
  }
}
