import { launchSettingsOrExit } from './launchSettings.ts';
import { runFederation } from './runFederation.ts';

/**
 * The launcher alone, as it was built: `npm run dev` runs it from the TypeScript sources (the
 * processes start under tsx too), `node gateway/dist/cli/startFederation.js` compiled, on what
 * `npm run build` last compiled. `npm start` goes through start.ts, which compiles first.
 */
const command = process.env.npm_lifecycle_event === 'dev' ? 'npm run dev' : 'npm start';
await runFederation(command, await launchSettingsOrExit(command));
