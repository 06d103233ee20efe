import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDirectory } from './dataDirectoryCheck.ts';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-data-check-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data directory a start would use', () => {
  it('may be one still to make, and is not made by the check', () => {
    const dataDir = join(newDir(), 'a', 'b');
    expect(() => checkDataDirectory(dataDir)).not.toThrow();
    expect(existsSync(dataDir)).toBe(false);
  });

  it('is refused under a file, naming the variable and the file', () => {
    const root = newDir();
    writeFileSync(join(root, 'README.md'), '');
    const dataDir = join(root, 'README.md', 'data');
    expect(() => checkDataDirectory(dataDir)).toThrow(`YRD_DATA_DIR: the data directory ${dataDir} cannot be made, ${join(root, 'README.md')} is not a directory`);
  });

  it.skipIf(process.getuid?.() === 0)('is refused where this user may not write', () => {
    const root = newDir();
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      expect(() => checkDataDirectory(join(locked, 'data'))).toThrow(`cannot be made: this user may not write in ${locked}`);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});
