import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDirectoryLockFile, dataDirectoryUsers, holdDataDirectory } from './dataDirectoryLock.ts';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (and been reaped): what a killed service leaves in its file. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('a data directory in use', () => {
  it('names each live process that holds it, and no longer once released', () => {
    const dir = newDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(dataDirectoryLockFile(dir, 'anhui'), `${sleeper.pid}\n`);
      expect(dataDirectoryUsers(dir)).toEqual([{ service: 'anhui', pid: sleeper.pid, file: join(dir, 'anhui.pid') }]);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('is held by this process from hold to release, the file naming its pid', () => {
    const dir = join(newDir(), 'made-here');
    const held = holdDataDirectory(dir, 'jiangsu');
    expect(readFileSync(join(dir, 'jiangsu.pid'), 'utf8')).toBe(`${process.pid}\n`);
    // This process's own mark is not a reason for it to refuse (seed holds none, but a test might).
    expect(dataDirectoryUsers(dir)).toEqual([]);
    held.release();
    expect(existsSync(join(dir, 'jiangsu.pid'))).toBe(false);
  });

  it('ignores a stale mark (its process gone), an unreadable one and other files', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'zhejiang.pid'), `${deadPid()}\n`);
    writeFileSync(join(dir, 'shanghai.pid'), 'not a pid\n');
    writeFileSync(join(dir, 'anhui.sqlite'), '');
    expect(dataDirectoryUsers(dir)).toEqual([]);
    expect(dataDirectoryUsers(join(dir, 'missing'))).toEqual([]);
  });

  it('leaves a mark another process took over', () => {
    const dir = newDir();
    const held = holdDataDirectory(dir, 'anhui');
    writeFileSync(join(dir, 'anhui.pid'), '12345\n');
    held.release();
    expect(readFileSync(join(dir, 'anhui.pid'), 'utf8')).toBe('12345\n');
  });

  it('is refused while a live process that is no sibling holds it (a second npm start, a service started alone), the holder’s mark kept', () => {
    const dir = newDir();
    // A child of this process: alive, and not started by this process's parent.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(dataDirectoryLockFile(dir, 'anhui'), `${other.pid}\n`);
      expect(() => holdDataDirectory(dir, 'anhui')).toThrow(
        `anhui: the data directory ${dir} is in use by another anhui (pid ${other.pid}, ${join(dir, 'anhui.pid')}) — another npm start, or the service started on its own, uses it: stop that one, or set YRD_DATA_DIR to another directory`,
      );
      expect(readFileSync(join(dir, 'anhui.pid'), 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('is taken over from a sibling still finishing (the launcher restarting the service), and from a stale mark', () => {
    const dir = newDir();
    // Siblings, as a launcher's restart and its predecessor are: a parent (a node -e script) starts two
    // processes, the first holding the mark, the second taking it over while the first is still alive.
    const script = [
      `const { spawn } = require('node:child_process');`,
      `const first = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);`,
      `const second = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '-e', ${JSON.stringify(
        `import('${join(import.meta.dirname, 'dataDirectoryLock.ts')}').then(({ holdDataDirectory }) => { holdDataDirectory(${JSON.stringify(dir)}, 'anhui'); console.log('held'); })`,
      )}], { stdio: ['ignore', 'pipe', 'inherit'] });`,
      `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'anhui.pid'))}, first.pid + '\\n');`,
      `let out = ''; second.stdout.on('data', (d) => (out += d)); second.on('exit', (code) => { first.kill('SIGKILL'); console.log(code === 0 && out.includes('held') ? 'TAKEN' : 'REFUSED ' + out); });`,
    ].join('\n');
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(result.stdout.trim()).toBe('TAKEN');
    writeFileSync(join(dir, 'anhui.pid'), `${deadPid()}\n`);
    expect(() => holdDataDirectory(dir, 'anhui').release()).not.toThrow();
  });
});
