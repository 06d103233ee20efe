import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentAdministrator, keyChangeEntry, keyChangeLogFile, readKeyChanges, recordKeyChange } from './keyChangeLog.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-key-changes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the key change log', () => {
  it('keeps every change in order, with who made it, readable by the owner only', () => {
    const keysDir = mkdtempSync(join(root, 'log-'));
    expect(readKeyChanges(keysDir)).toEqual({ changes: [], unreadableLines: [] });
    recordKeyChange(keysDir, keyChangeEntry({ action: 'ROTATE', member: 'gateway', kid: 'k2', replaces: ['k1'], activatesAt: '2026-11-28T09:00:05.000Z' }, new Date('2026-11-28T09:00:00Z')));
    recordKeyChange(keysDir, keyChangeEntry({ action: 'REVOKE', member: 'gateway', kid: 'k1' }, new Date('2026-11-28T09:01:00Z')));
    expect(readKeyChanges(keysDir).changes).toEqual([
      { at: '2026-11-28T09:00:00.000Z', action: 'ROTATE', member: 'gateway', kid: 'k2', replaces: ['k1'], activatesAt: '2026-11-28T09:00:05.000Z', by: currentAdministrator() },
      { at: '2026-11-28T09:01:00.000Z', action: 'REVOKE', member: 'gateway', kid: 'k1', by: currentAdministrator() },
    ]);
    expect(currentAdministrator()).toMatch(/^\S+ \(uid \d+\)$/);
    expect(statSync(keyChangeLogFile(keysDir)).mode & 0o077).toBe(0);
  });

  it('makes a log someone opened to others owner-only again at the next change', () => {
    const keysDir = mkdtempSync(join(root, 'mode-'));
    writeFileSync(keyChangeLogFile(keysDir), '');
    chmodSync(keyChangeLogFile(keysDir), 0o644);
    recordKeyChange(keysDir, keyChangeEntry({ action: 'REVOKE', member: 'anhui', kid: 'k9' }));
    expect(statSync(keyChangeLogFile(keysDir)).mode & 0o777).toBe(0o600);
  });

  it('leaves out, and names, lines that are no change: one an interrupted append cut short, one written by hand in another shape', () => {
    const keysDir = mkdtempSync(join(root, 'cut-'));
    recordKeyChange(keysDir, keyChangeEntry({ action: 'ROTATE_ENCRYPTION', member: 'jiangsu', kid: 'e2', replaces: ['e1'] }));
    appendFileSync(keyChangeLogFile(keysDir), '{"at": "2026-11-28T09:02:00.000Z", "action": "REV');
    recordKeyChange(keysDir, keyChangeEntry({ action: 'REVOKE', member: 'jiangsu', kid: 'e1' }));
    appendFileSync(keyChangeLogFile(keysDir), '{"action": "REVOKE", "member": "jiangsu", "kid": "e0"}\nnull\n');
    const { changes, unreadableLines } = readKeyChanges(keysDir);
    expect(changes.map((change) => [change.action, change.kid])).toEqual([
      ['ROTATE_ENCRYPTION', 'e2'],
      ['REVOKE', 'e1'],
    ]);
    expect(unreadableLines).toEqual([2, 4, 5]);
    expect(readFileSync(keyChangeLogFile(keysDir), 'utf8').split('\n')).toHaveLength(6);
  });
});
