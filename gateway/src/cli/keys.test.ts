import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import type { TrustedMember } from '@yrd/shared/trust/trustList';

const command = fileURLToPath(new URL('./keys.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'yrd-keys-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm run keys -- …args` against the data directory, as an administrator runs it. */
function keys(...args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', command, ...args], {
    env: { ...process.env, YRD_DATA_DIR: dataDir, YRD_TRUST_DIR: '' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const registration = (member: string) => JSON.parse(readFileSync(join(dataDir, 'trust', 'members', `${member}.json`), 'utf8')) as TrustedMember;
const privateParts = () =>
  ['gateway', 'shanghai'].flatMap((member) => {
    const stored = JSON.parse(readFileSync(join(dataDir, 'keys', `${member}.keys.json`), 'utf8')) as { keys: { privateJwk: { d: string } }[]; encryptionKeys?: { privateJwk: { d: string } }[] };
    return [...stored.keys, ...(stored.encryptionKeys ?? [])].map((key) => key.privateJwk.d);
  });

describe('npm run keys', () => {
  it('says where the keys would be when the federation never started with this data directory', () => {
    const { status, stderr } = keys();
    expect(status).toBe(1);
    expect(stderr).toBe(`npm run keys: no member keys in ${join(dataDir, 'keys')}: start the federation once with this data directory, or set YRD_DATA_DIR to the one it runs with\n`);
  });

  describe('on a federation that started once', () => {
    let gatewayKid = '';
    beforeAll(async () => {
      const trustDir = join(dataDir, 'trust');
      (await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, join(dataDir, 'keys'))).register(trustDir);
      const gateway = await MemberKeys.open({ member: 'gateway', role: 'GATEWAY', region: null }, join(dataDir, 'keys'));
      gateway.register(trustDir);
      gatewayKid = gateway.signingKey.kid;
      (await MemberKeys.open({ member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' }, join(dataDir, 'keys'))).register(trustDir);
    });

    it('lists every member and where each key stands, never a private part', () => {
      const { status, stdout } = keys('list');
      expect(status).toBe(0);
      expect(stdout).toMatch(/^catalog \(HUB\)\n {2}signing {4}\S{43} {2}made \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC; current: signs\n/);
      expect(stdout).toContain(`gateway (GATEWAY)\n  signing    ${gatewayKid}  made `);
      expect(stdout).toMatch(/shanghai \(PROVINCE, SHANGHAI\)\n {2}signing .*current: signs\n {2}encryption .*current: published for encryption to this member\n/);
      for (const secret of privateParts()) expect(stdout).not.toContain(secret);
    });

    it('rotates a signing key: the new one published at once and signing from its activation, the old one counting for a handover after', () => {
      const { status, stdout } = keys('rotate', 'gateway', '--activate-in', '15m');
      expect(status).toBe(0);
      const published = registration('gateway').keys;
      expect(published.map((key) => key.kid)).toEqual([expect.not.stringMatching(gatewayKid), gatewayKid]);
      const fresh = published[0]?.kid ?? '';
      expect(stdout).toMatch(
        new RegExp(
          `^gateway: new signing key ${fresh}, published now; it signs from (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC \\(every running process of gateway switches then; one started later signs with it\\)\\. ` +
            `It replaces ${gatewayKid}, which counts for what it signs until 10 s after that and then verifies what it signed before for 31 days\\.\n`,
        ),
      );
      const from = Date.parse(`${/it signs from (\S+ \S+) UTC/.exec(stdout)?.[1]?.replace(' ', 'T')}Z`);
      expect(from - Date.now()).toBeGreaterThan(14 * 60_000);
      expect(from - Date.now()).toBeLessThanOrEqual(15 * 60_000);
      expect(stdout).toContain(`Published in ${join(dataDir, 'trust', 'members', 'gateway.json')}: a hub on this host lists it at its next trust-list request; a hub on another host needs this file in its members directory before `);
      expect(stdout).toMatch(new RegExp(`${fresh} {2}made .*; published: signs from `));
      expect(stdout).toMatch(new RegExp(`${gatewayKid} {2}made .*; current: signs until a newer key activates, and counts for what it signs until \\S+ \\S+ UTC\n`));
      for (const secret of privateParts()) expect(stdout).not.toContain(secret);
    });

    it('revokes a key by its kid: gone from the keys and from what is published, its replacement signing at once', () => {
      const { status, stdout } = keys('revoke', 'gateway', gatewayKid);
      expect(status).toBe(0);
      const replacement = registration('gateway').keys.find((key) => key.retiredAt === null)?.kid;
      expect(stdout).toContain(`gateway: revoked signing key ${gatewayKid}; it was in use — ${replacement} replaces it at once, with no handover.\n`);
      expect(stdout).toContain('Members stop trusting it at their next check of the trust list once the hub lists the change (every YRD_TRUST_LIST_CHECK_SECONDS, 5 s by default)');
      expect(registration('gateway').keys.map((key) => key.kid)).not.toContain(gatewayKid);
      expect(readFileSync(join(dataDir, 'keys', 'gateway.keys.json'), 'utf8')).not.toContain(gatewayKid);
      expect(stdout).toMatch(new RegExp(`${replacement} {2}made .*; current: signs\n`));
      for (const secret of privateParts()) expect(stdout).not.toContain(secret);
    });

    it('rotates a province’s encryption key on its own', () => {
      const before = registration('shanghai');
      const { status, stdout } = keys('rotate', 'shanghai', '--encryption');
      expect(status).toBe(0);
      const after = registration('shanghai');
      expect(after.encryptionKey?.kid).not.toBe(before.encryptionKey?.kid);
      expect(after.keys).toEqual(before.keys);
      expect(stdout).toContain(`shanghai: new encryption key ${after.encryptionKey?.kid}, which senders encrypt to once their trust list names it; ${before.encryptionKey?.kid} still decrypts what was encrypted to it for 31 days.`);
      for (const secret of privateParts()) expect(stdout).not.toContain(secret);
    });

    it('keeps a history of the changes: what, when, by whom', () => {
      const { status, stdout } = keys('history');
      expect(status).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      const by = ` — by ${userInfo().username} (uid ${process.getuid?.()})`;
      expect(lines[0]).toMatch(new RegExp(`^\\S+ \\S+ UTC {2}gateway: new signing key \\S{43}, signing from \\S+ \\S+ UTC, replacing ${gatewayKid}${by.replace(/[()]/g, '\\$&')}$`));
      expect(lines[1]).toMatch(new RegExp(`^\\S+ \\S+ UTC {2}gateway: revoked ${gatewayKid}, replaced at once by \\S{43}${by.replace(/[()]/g, '\\$&')}$`));
      expect(lines[2]).toMatch(/ {2}shanghai: new encryption key \S{43}, replacing \S{43} — by /);
      expect(keys('history', 'shanghai').stdout.trimEnd().split('\n')).toEqual([lines[2]]);
      expect(keys('history', 'catalog').stdout).toBe(`no key changes recorded in ${join(dataDir, 'keys', 'key-changes.jsonl')} for catalog\n`);
    });

    it('refuses what it cannot do, saying what is wrong', () => {
      expect(keys('revoke', 'gateway', 'no-such-kid')).toMatchObject({ status: 1, stderr: expect.stringMatching(/^npm run keys: gateway holds no key no-such-kid; its keys are \S{43}\n$/) });
      expect(keys('rotate', 'jiangsu')).toMatchObject({ status: 1, stderr: `npm run keys: no keys of "jiangsu" in ${join(dataDir, 'keys')}; it holds catalog, gateway, shanghai\n` });
      expect(keys('rotate', 'gateway', '--encryption')).toMatchObject({ status: 1, stderr: 'npm run keys: gateway takes in no confidential messages: it has no encryption key to rotate\n' });
      expect(keys('rotate')).toMatchObject({ status: 2, stderr: expect.stringContaining('rotate needs the member whose keys to change (one of catalog, gateway, shanghai)') });
      expect(keys('revoke', 'gateway')).toMatchObject({ status: 2, stderr: expect.stringContaining('revoke needs the member and the kid') });
      expect(keys('renew', 'gateway')).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown command "renew"') });
      expect(keys('rotate', 'gateway', '--force')).toMatchObject({ status: 2, stderr: expect.stringContaining("Unknown option '--force'") });
      for (const delay of ['15', '2d', '1s', '25h']) {
        expect(keys('rotate', 'gateway', '--activate-in', delay), delay).toMatchObject({ status: 2, stderr: expect.stringContaining(`--activate-in must be a whole number with its unit, s, m or h, from 5s to 24h (30s, 15m, 2h), got "${delay}"`) });
      }
      expect(keys('rotate', 'shanghai', '--encryption', '--activate-in', '1h')).toMatchObject({ status: 2, stderr: expect.stringContaining('--activate-in is for a signing key') });
      expect(keys('revoke', 'gateway', 'some-kid', '--activate-in', '1h')).toMatchObject({ status: 2, stderr: expect.stringContaining('--activate-in is for rotate, not revoke') });
      expect(keys('list', '--encryption')).toMatchObject({ status: 2, stderr: expect.stringContaining('--encryption is for rotate, not list') });
      // Sixteen runs of the command, each a Node start with tsx: about a second each, several on a loaded machine.
    }, 120_000);
  });
});
