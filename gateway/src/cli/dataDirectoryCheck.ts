import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataDirectoryUsers } from '@yrd/shared/process/dataDirectoryLock';
import { ConfigurationError } from '@yrd/shared/process/configurationError';

/**
 * The data directory a start would use, checked before anything is compiled or started (and
 * without making it): that it can be made and written — its nearest existing part a directory
 * this user may write in — and that no other start uses it (each process's `<name>.pid`): two
 * federations on one directory would open the same databases.
 */
export function checkDataDirectory(dataDir: string): void {
  let existing = dataDir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) {
    throw new ConfigurationError(`YRD_DATA_DIR: the data directory ${dataDir} cannot be made, ${existing} is not a directory`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch {
    throw new ConfigurationError(`YRD_DATA_DIR: the data directory ${dataDir} cannot be ${existing === dataDir ? 'written' : 'made'}: this user may not write in ${existing}`);
  }
  const users = dataDirectoryUsers(dataDir);
  if (users.length > 0) {
    throw new ConfigurationError(
      `the data directory ${dataDir} is in use by ${users.map((user) => `${user.service} (pid ${user.pid})`).join(', ')} — another npm start, or a service started on its own: stop it, or set YRD_DATA_DIR to another directory`,
    );
  }
}
