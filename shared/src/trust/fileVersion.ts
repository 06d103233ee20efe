import { statSync } from 'node:fs';

/**
 * Which version of a file this is, as far as a stat tells — a rename (an atomic write) changes
 * the inode, an edit the time or size — or undefined when there is none. Two readings that
 * differ mean the file changed in between.
 */
export function fileVersion(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
