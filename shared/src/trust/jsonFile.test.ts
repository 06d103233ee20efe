import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonFile, writeJsonFile } from './jsonFile.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-json-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('writeJsonFile', () => {
  it('writes the JSON, creating the directory private, and leaves no temporary file behind', () => {
    const file = join(root, 'new', 'nested', 'member.json');
    writeJsonFile(file, { member: 'shanghai', keys: ['k1'] });
    expect(readJsonFile(file)).toEqual({ member: 'shanghai', keys: ['k1'] });
    expect(readFileSync(file, 'utf8')).toBe('{\n  "member": "shanghai",\n  "keys": [\n    "k1"\n  ]\n}\n');
    expect(modeOf(join(root, 'new')) & 0o077).toBe(0);
    expect(modeOf(join(root, 'new', 'nested')) & 0o077).toBe(0);
    expect(readdirSync(join(root, 'new', 'nested'))).toEqual(['member.json']);
  });

  it('gives the file the mode asked for, and replaces an existing file whole', () => {
    const file = join(root, 'keys', 'shanghai.keys.json');
    writeJsonFile(file, { version: 1 }, 0o600);
    expect(modeOf(file)).toBe(0o600);
    writeJsonFile(file, { version: 2, padding: 'x'.repeat(100_000) }, 0o600);
    expect(readJsonFile<{ version: number; padding: string }>(file)?.padding).toHaveLength(100_000);
    expect(modeOf(file)).toBe(0o600);
    expect(readdirSync(join(root, 'keys'))).toEqual(['shanghai.keys.json']);
  });

  it('does not take the mode of a temporary file a crashed process left under the same name', () => {
    const directory = join(root, 'crashed');
    mkdirSync(directory);
    const file = join(directory, 'shanghai.keys.json');
    writeFileSync(`${file}.${process.pid}.tmp`, '{"half', { mode: 0o644 });
    writeJsonFile(file, { secret: true }, 0o600);
    expect(modeOf(file)).toBe(0o600);
    expect(readJsonFile(file)).toEqual({ secret: true });
    expect(readdirSync(directory)).toEqual(['shanghai.keys.json']);
  });
});
