import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchSupergraphFile } from './supergraphFileWatcher.ts';

let dir: string;
let file: string;
let watcher: { close(): void } | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yrd-watch-'));
  file = join(dir, 'supergraph.graphql');
});
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('watching the supergraph file', () => {
  it('sees a change made before its first poll: the file is compared with what was read, not with itself then', async () => {
    writeFileSync(file, 'one');
    const seen: string[] = [];
    watcher = watchSupergraphFile(file, 'one', (sdl) => seen.push(sdl), 10);
    writeFileSync(file, 'two');
    await expect.poll(() => seen, { timeout: 5_000 }).toEqual(['two']);
  });

  it('hands on each change once, nothing for a rewrite of the same text, and a file put in place by a rename', async () => {
    writeFileSync(file, 'one');
    const seen: string[] = [];
    watcher = watchSupergraphFile(file, 'one', (sdl) => seen.push(sdl), 10);
    writeFileSync(file, 'one');
    writeFileSync(file, 'two');
    await expect.poll(() => seen, { timeout: 5_000 }).toEqual(['two']);
    rmSync(file);
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(join(dir, 'next'), 'three');
    renameSync(join(dir, 'next'), file);
    await expect.poll(() => seen, { timeout: 5_000 }).toEqual(['two', 'three']);
    watcher.close();
    writeFileSync(file, 'four');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual(['two', 'three']);
  });
});
