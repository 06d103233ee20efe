import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Records, in order, what writeJsonFile asks of the file system (the real calls still happen).
const calls: string[] = [];
const paths = new Map<number, string>();
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const name = (path: unknown) => String(path).split('/').pop();
  return {
    ...fs,
    openSync: (path: string, ...rest: never[]) => {
      const fd = (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
      paths.set(fd, name(path) ?? '');
      calls.push(`open ${name(path)}`);
      return fd;
    },
    writeFileSync: (path: string, ...rest: never[]) => {
      calls.push(`writeFile ${name(path)}`);
      return (fs.writeFileSync as (...args: unknown[]) => void)(path, ...rest);
    },
    writeSync: (fd: number, ...rest: never[]) => {
      calls.push(`write ${paths.get(fd)}`);
      return (fs.writeSync as (...args: unknown[]) => number)(fd, ...rest);
    },
    fsyncSync: (fd: number) => {
      calls.push(`fsync ${paths.get(fd)}`);
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      calls.push(`rename ${name(from)} ${name(to)}`);
      fs.renameSync(from, to);
    },
  };
});

const { writeJsonFile } = await import('./jsonFile.ts');
const root = mkdtempSync(join(tmpdir(), 'yrd-json-durable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeJsonFile durability', () => {
  it('fsyncs the data before the rename and the directory after it', () => {
    const directory = join(root, 'members');
    writeJsonFile(join(root, 'first.json'), {});
    calls.length = 0;
    writeJsonFile(join(root, 'anchor.json'), { member: 'catalog' });
    const temporary = `anchor.json.${process.pid}.tmp`;
    const dir = root.split('/').pop();
    expect(calls).toEqual([`open ${temporary}`, `write ${temporary}`, `fsync ${temporary}`, `rename ${temporary} anchor.json`, `open ${dir}`, `fsync ${dir}`]);
    // A directory created for the file is made durable in its parent as well.
    calls.length = 0;
    writeJsonFile(join(directory, 'jiangsu.json'), {});
    expect(calls.slice(-4)).toEqual(['open members', 'fsync members', `open ${dir}`, `fsync ${dir}`]);
  });
});
