import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemberKeys } from './memberKeys.ts';
import { TrustListPublisher } from './publishTrustList.ts';
import { verifyMessage } from './signedMessage.ts';
import { memberRegistrationFile } from './trustDirectory.ts';
import { TRUST_LIST_TYPE, type TrustList } from './trustList.ts';

const root = mkdtempSync(join(tmpdir(), 'yrd-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function hubWithMembers(name: string) {
  const keysDir = join(root, name, 'keys');
  const trustDir = join(root, name, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  for (const identity of [
    { member: 'shanghai', role: 'PROVINCE', region: 'SHANGHAI' },
    { member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' },
    { member: 'gateway', role: 'GATEWAY', region: null },
  ] as const) {
    (await MemberKeys.open(identity, keysDir)).register(trustDir);
  }
  const reports: string[] = [];
  const publisher = new TrustListPublisher(hub, trustDir, 600, (message) => reports.push(message));
  return { hub, trustDir, publisher, reports, members: join(trustDir, 'members') };
}

describe('the trust list publisher', () => {
  it('leaves out registrations it cannot read, reports each by name, and publishes every other member', async () => {
    const { hub, trustDir, publisher, reports, members } = await hubWithMembers('bad-files');
    const gateway = JSON.parse(readFileSync(memberRegistrationFile(trustDir, 'gateway'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(members, 'empty.json'), '');
    writeFileSync(join(members, 'zhejiang.json'), '{"member": "zhejiang", "role": "PROV');
    writeFileSync(join(members, 'anhui.json'), JSON.stringify({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }));
    writeFileSync(join(members, 'list.json'), '[]');
    writeFileSync(join(members, 'idp.json'), JSON.stringify({ ...gateway, member: 'idp', role: 'ROOT' }));
    writeFileSync(join(members, 'portal.json'), JSON.stringify({ ...gateway, member: 'portal', keys: [{ kid: 'k', jwk: { kty: 'OKP' }, createdAt: 'yesterday', retiredAt: null, verifyUntil: null }] }));
    // A copy kept beside the real one would publish the member's old keys a second time.
    writeFileSync(join(members, 'shanghai.old.json'), readFileSync(memberRegistrationFile(trustDir, 'shanghai')));
    mkdirSync(join(members, 'folder.json'));

    const { token, list } = await publisher.signed();
    expect(list.members.map((member) => member.member)).toEqual(['catalog', 'gateway', 'jiangsu', 'shanghai']);
    const anchorOnly = { current: async () => ({ ...list, members: [hub.publicMember()] }), refresh: async () => ({ ...list, members: [hub.publicMember()] }) };
    expect((await verifyMessage<TrustList>(token, TRUST_LIST_TYPE, anchorOnly, { roles: ['HUB'] })).payload.members).toHaveLength(4);

    const left = ['anhui.json', 'empty.json', 'folder.json', 'idp.json', 'list.json', 'portal.json', 'shanghai.old.json', 'zhejiang.json'];
    expect(reports).toHaveLength(left.length);
    for (const file of left) expect(reports.filter((report) => report.includes(join(members, file)))).toHaveLength(1);
    expect(reports.find((report) => report.includes('empty.json'))).toMatch(/not JSON/);
    expect(reports.find((report) => report.includes('folder.json'))).toMatch(/unreadable \(EISDIR\)/);
    expect(reports.find((report) => report.includes('anhui.json'))).toMatch(/no keys/);
    expect(reports.find((report) => report.includes('idp.json'))).toMatch(/unknown role "ROOT"/);
    expect(reports.find((report) => report.includes('portal.json'))).toMatch(/a key without/);
    expect(reports.find((report) => report.includes('shanghai.old.json'))).toMatch(/registers "shanghai"/);
  });

  it('reports a file once per distinct problem, however often the list is rebuilt', async () => {
    const { publisher, reports, members } = await hubWithMembers('once');
    const file = join(members, 'zhejiang.json');
    writeFileSync(file, '');
    await publisher.signed(true);
    await publisher.signed(true);
    await publisher.signed(true);
    expect(reports).toHaveLength(1);

    writeFileSync(file, '{}');
    await publisher.signed(true);
    await publisher.signed(true);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toMatch(/no member name/);

    // Repaired, then broken the same way again: that is news again.
    rmSync(file);
    await publisher.signed(true);
    writeFileSync(file, '{}');
    await publisher.signed(true);
    expect(reports).toHaveLength(3);
    expect((await publisher.signed(true)).list.members.map((member) => member.member)).toEqual(['catalog', 'gateway', 'jiangsu', 'shanghai']);
  });

  it('publishes a registration again once it is repaired', async () => {
    const { trustDir, publisher, members } = await hubWithMembers('repaired');
    const file = memberRegistrationFile(trustDir, 'jiangsu');
    const good = readFileSync(file);
    writeFileSync(file, '{"member": "jiangsu"');
    expect((await publisher.signed(true)).list.members.map((member) => member.member)).not.toContain('jiangsu');
    writeFileSync(join(members, 'jiangsu.json'), good);
    expect((await publisher.signed(true)).list.members.map((member) => member.member)).toContain('jiangsu');
  });

  it('keeps its list when asked afresh with nothing changed, and builds it anew at once when a registration changed', async () => {
    const { trustDir, publisher } = await hubWithMembers('fresh');
    const first = await publisher.signed();
    // A made-up key id sent to a member makes it ask afresh: nothing is signed again for it.
    expect(await publisher.signed(true)).toBe(first);
    expect(await publisher.signed(true)).toBe(first);
    const anhui = await MemberKeys.open({ member: 'anhui', role: 'PROVINCE', region: 'ANHUI' }, join(trustDir, '..', 'keys'));
    anhui.register(trustDir);
    const rebuilt = await publisher.signed(true);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.list.members.map((member) => member.member)).toContain('anhui');
  });
});
