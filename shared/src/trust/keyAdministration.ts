import { closeSync, existsSync, openSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive, markRelease, pidIn } from '../process/pidFile.ts';
import { readJsonFile } from './jsonFile.ts';
import { MemberKeys, type MemberIdentity } from './memberKeys.ts';
import { anchorFile, memberRegistrationFile } from './trustDirectory.ts';
import type { TrustedMember } from './trustList.ts';

/**
 * An administrator's view of the members whose keys a data directory holds (`npm run keys`):
 * which members there are, and each one's keys opened as the member itself opens them, so that
 * a rotation or revocation is written exactly as the member would write it — and then
 * published where the member publishes it (its registration; for the hub, the trust anchor).
 *
 * A member's role and region are not in its key file: they are read from what it published at
 * its first start. A member that never started has nothing to administer.
 */

const KEY_FILE_SUFFIX = '.keys.json';

/** A member named that the data directory holds no keys of, or one that never published them. */
export class MemberNotAdministrable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MemberNotAdministrable';
  }
}

/** The members whose key files the directory holds, by name. */
export function membersWithKeys(keysDir: string): string[] {
  if (!existsSync(keysDir)) return [];
  return readdirSync(keysDir)
    .filter((file) => file.endsWith(KEY_FILE_SUFFIX))
    .map((file) => file.slice(0, -KEY_FILE_SUFFIX.length))
    .sort();
}

/** What the member last published: the anchor for the hub, its registration otherwise (undefined: neither). */
export function publishedKeysOf(member: string, trustDir: string): TrustedMember | undefined {
  const anchor = readJsonFile<TrustedMember>(anchorFile(trustDir));
  if (anchor?.member === member) return anchor;
  return readJsonFile<TrustedMember>(memberRegistrationFile(trustDir, member));
}

/**
 * The member's keys, opened for administration — `toChange` by this user, who must then be the
 * one the key file belongs to; MemberNotAdministrable when there are none to open.
 */
export async function openMemberKeys(member: string, keysDir: string, trustDir: string, toChange = true): Promise<MemberKeys> {
  const held = membersWithKeys(keysDir);
  if (!held.includes(member)) {
    throw new MemberNotAdministrable(
      held.length === 0
        ? `no member keys in ${keysDir}: start the federation once with this data directory, or set YRD_DATA_DIR to the one it runs with`
        : `no keys of "${member}" in ${keysDir}; it holds ${held.join(', ')}`,
    );
  }
  // Written by another user, the file would be that user's (mode 0600): the member could no longer read its own keys.
  const file = join(keysDir, `${member}${KEY_FILE_SUFFIX}`);
  const owner = statSync(file).uid;
  const user = process.getuid?.();
  if (toChange && user !== undefined && owner !== user) {
    throw new MemberNotAdministrable(
      `${file} belongs to user ${owner}, and this is user ${user}: change a member's keys as the user it runs as (sudo -u '#${owner}' npm run keys …) — a key file this user wrote could no longer be read by the member`,
    );
  }
  const published = publishedKeysOf(member, trustDir);
  if (!published) {
    throw new MemberNotAdministrable(
      `${member} has keys in ${keysDir} but never published them in ${trustDir} (no registration, not the anchor): start it once, or set YRD_TRUST_DIR to the directory it registers in`,
    );
  }
  const identity: MemberIdentity = { member, role: published.role, region: published.region };
  return MemberKeys.open(identity, keysDir);
}

/** Whether what the member published names exactly the keys it holds (the kids of publicMember). */
export function publishedUpToDate(keys: MemberKeys, trustDir: string, now = new Date()): boolean {
  const published = publishedKeysOf(keys.identity.member, trustDir);
  if (!published) return false;
  // A key past its grace since the registration was written is no difference: nobody trusts it either way.
  const live = (member: TrustedMember) => member.keys.filter((key) => key.verifyUntil === null || Date.parse(key.verifyUntil) > now.getTime());
  const kids = (member: TrustedMember) => [...live(member).map((key) => `${key.kid}:${key.retiredAt ?? ''}`), member.encryptionKey?.kid ?? ''].join(' ');
  return kids(keys.publicMember(now)) === kids(published);
}

/**
 * Marks the keys directory as being changed by this process until the returned function is
 * called (or the process exits): two administrators changing keys at once would each write the
 * key file from their own read — the second's write losing the first's key, which the change log
 * would still name. A mark whose process is gone is stale and taken over.
 */
export function holdKeyAdministration(keysDir: string): () => void {
  const file = join(keysDir, 'key-administration.lock');
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = pidIn(file);
    if (holder !== undefined && isAlive(holder)) {
      throw new MemberNotAdministrable(`another npm run keys (pid ${holder}) is changing keys in ${keysDir}: run this one when it has ended (if no such process runs, delete ${file})`);
    }
    // Stale, or being written this instant by a process just started: taken over once read as stale.
    if (holder !== undefined) unlinkSync(file);
  }
  return markRelease(file);
}
