import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLockFile, withBuildLock } from './buildLock.ts';

const dirs: string[] = [];
const checkout = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-build-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('one compile of a checkout at a time', () => {
  it('makes a second compile wait until the first is done, telling whom it waits for, and leaves no mark', async () => {
    const root = checkout();
    const order: string[] = [];
    let release: () => void = () => {};
    const first = withBuildLock(root, async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('first ends');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const waitedFor: number[] = [];
    const second = withBuildLock(root, async () => order.push('second starts'), undefined, (holder) => waitedFor.push(holder));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(order).toEqual(['first starts']);
    expect(waitedFor).toEqual([process.pid]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
    expect(existsSync(buildLockFile(root))).toBe(false);
  });

  it('takes over the mark of a compile whose process is gone', async () => {
    const root = checkout();
    mkdirSync(dirname(buildLockFile(root)), { recursive: true });
    writeFileSync(buildLockFile(root), `${spawnSync(process.execPath, ['-e', '']).pid}\n`);
    await expect(withBuildLock(root, async () => 'compiled')).resolves.toBe('compiled');
  });

  it('gives up waiting when stopped, as a stopped compile does, and leaves the other’s mark', async () => {
    const root = checkout();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      mkdirSync(dirname(buildLockFile(root)), { recursive: true });
      writeFileSync(buildLockFile(root), `${other.pid}\n`);
      const abort = new AbortController();
      const waiting = withBuildLock(root, async () => 'compiled', abort.signal);
      setTimeout(() => abort.abort(), 100);
      await expect(waiting).rejects.toThrow('compiling the services was stopped');
      expect(existsSync(buildLockFile(root))).toBe(true);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
