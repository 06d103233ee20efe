import { ConfigurationError } from './configurationError.ts';
import { runService } from './runService.ts';
import { wholeNumberVariable } from './wholeNumberVariable.ts';

/**
 * A stand-in service for runService.test.ts, without a port or a database. STUB_START says how
 * its start goes: `never` (still starting when told to stop, as a gateway retrying its
 * composition), `refuse` (a setting refused inside start), `ready` (starts at once). A setting
 * read at the top, as the main modules do, is refused before runService runs: STUB_TOP_MS.
 */
wholeNumberVariable(process.env, 'STUB_TOP_MS', 0, 0);
await runService('stub', async () => {
  if (process.env.STUB_START === 'refuse') throw new ConfigurationError('STUB_LEVEL must be one of quiet, loud, got "x"');
  if (process.env.STUB_START === 'never') {
    process.stdout.write('starting\n');
    await new Promise(() => setInterval(() => undefined, 60_000));
  }
  return { url: 'http://127.0.0.1:4999/graphql', close: async () => undefined };
});
