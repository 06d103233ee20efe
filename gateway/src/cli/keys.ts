import { existsSync } from 'node:fs';
import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { holdKeyAdministration, membersWithKeys, MemberNotAdministrable, openMemberKeys, publishedUpToDate } from '@yrd/shared/trust/keyAdministration';
import { keyChangeEntry, keyChangeLogFile, readKeyChanges, recordKeyChange, type KeyChange } from '@yrd/shared/trust/keyChangeLog';
import { KEY_ACTIVATION_SECONDS, KEY_HANDOVER_SECONDS, UnknownMemberKey, type KeyDescription, type MemberKeys } from '@yrd/shared/trust/memberKeys';
import { commandArguments } from './commandArguments.ts';
import { exitRefused } from './exitRefused.ts';

/**
 * `npm run keys`: the members' keys in the data directory (YRD_DATA_DIR; trust directory
 * YRD_TRUST_DIR), for an administrator — X-Road's key management on a security server.
 *
 *   npm run keys                                  every member's keys and where each stands
 *   npm run keys -- list [member]
 *   npm run keys -- rotate <member> [--activate-in 15m] | rotate <member> --encryption
 *   npm run keys -- revoke <member> <kid>
 *   npm run keys -- history [member]             who changed which key when (key-changes.jsonl)
 *
 * Safe while the federation runs. A new signing key is published at once (the member's
 * registration; the hub's anchor) and signs from KEY_ACTIVATION_SECONDS later (or
 * `--activate-in`: time to carry the registration to a hub on another host), when every process
 * of the member switches; the key it replaces counts for KEY_HANDOVER_SECONDS more. Private keys
 * are never printed.
 */
const COMMAND = 'npm run keys';
const USAGE = 'npm run keys -- [list [member]] | rotate <member> [--activate-in 15m] | rotate <member> --encryption | revoke <member> <kid> | history [member]';
const { values, positionals } = commandArguments(COMMAND, USAGE, {
  allowPositionals: true,
  options: { encryption: { type: 'boolean', default: false }, 'activate-in': { type: 'string' } },
});
const [action = 'list', member, kid, ...extra] = positionals;
const keysDir = keysDirectory();
const trustDir = trustDirectory();

const usageError = (message: string): never => {
  process.stderr.write(`${COMMAND}: ${message}\nusage: ${USAGE}\n`);
  process.exit(2);
};

const instant = (iso: string) => `${iso.slice(0, 19).replace('T', ' ')} UTC`;

function describe(key: KeyDescription): string {
  switch (key.state) {
    case 'CURRENT':
      if (key.use === 'encryption') return 'current: published for encryption to this member';
      return key.retiredAt ? `current: signs until a newer key activates, and counts for what it signs until ${instant(key.retiredAt)}` : 'current: signs';
    case 'PENDING':
      return `published: signs from ${instant(key.activatesAt ?? '')}${key.retiredAt ? `, replaced by a later one at ${instant(key.retiredAt)}` : ''}`;
    case 'HANDING_OVER':
      return `replaced: counts for what it signs until ${instant(key.retiredAt ?? '')}`;
    case 'RETIRED':
      return `retired ${instant(key.retiredAt ?? '')}: ${key.use === 'signing' ? 'verifies what it signed before' : 'decrypts what was encrypted to it'} until ${instant(key.usableUntil ?? '')}`;
    case 'EXPIRED':
      return `expired ${instant(key.usableUntil ?? '')}: no longer used`;
  }
}

function printMember(keys: MemberKeys): void {
  const { identity } = keys;
  process.stdout.write(`${identity.member} (${identity.role}${identity.region ? `, ${identity.region}` : ''})\n`);
  for (const key of keys.describeKeys()) {
    process.stdout.write(`  ${key.use.padEnd(10)} ${key.kid}  made ${instant(key.createdAt)}; ${describe(key)}\n`);
  }
  if (!publishedUpToDate(keys, trustDir)) {
    process.stdout.write(`  ! ${keys.publicationFile(trustDir)} does not name these keys: the member publishes them when it starts; until then the hub lists what it names\n`);
  }
}

/** The member's keys, to change: read only once no other `npm run keys` changes keys here (held until this command ends). */
async function open(name: string | undefined): Promise<MemberKeys> {
  if (!name) return usageError(`${action} needs the member whose keys to change (one of ${membersWithKeys(keysDir).join(', ') || 'none here'})`);
  if (existsSync(keysDir)) holdKeyAdministration(keysDir);
  return openMemberKeys(name, keysDir, trustDir);
}

// Each option belongs to one command: one given to another is a mistake, not a no-op.
if (action !== 'rotate') {
  const misplaced = (['encryption', 'activate-in'] as const).filter((option) => values[option] !== undefined && values[option] !== false);
  if (misplaced.length > 0) usageError(`${misplaced.map((option) => `--${option}`).join(', ')} is for rotate, not ${action}`);
}

/** Where the change is published, and by when it must reach a hub (or, for the hub's key, members) on other hosts. */
function published(keys: MemberKeys, needed: string): string {
  const file = keys.publicationFile(trustDir);
  return keys.identity.role === 'HUB'
    ? `The trust anchor ${file} names it: members on this host read it at their next trust-list fetch; members on other hosts need this anchor ${needed}.`
    : `Published in ${file}: a hub on this host lists it at its next trust-list request; a hub on another host needs this file in its members directory ${needed}.`;
}

/**
 * Records a change made in the key change log. The keys are changed and published by then: a log
 * that cannot be written is said loudly, with the entry, and the command fails — not the change.
 */
function logged(change: Omit<KeyChange, 'at' | 'by'>): void {
  const entry = keyChangeEntry(change);
  try {
    recordKeyChange(keysDir, entry);
  } catch (error) {
    process.stderr.write(
      `${COMMAND}: the change IS made (do not run the command again), but it could not be added to ${keyChangeLogFile(keysDir)} (${error instanceof Error ? error.message : String(error)}); add this line to it by hand:\n${JSON.stringify(entry)}\n`,
    );
    process.exitCode = 1;
  }
}

function describeChange(change: KeyChange): string {
  const when = instant(change.at);
  switch (change.action) {
    case 'ROTATE':
      return `${when}  ${change.member}: new signing key ${change.kid}, signing from ${instant(change.activatesAt ?? change.at)}, replacing ${change.replaces?.join(' and ') || 'none'} — by ${change.by}`;
    case 'ROTATE_ENCRYPTION':
      return `${when}  ${change.member}: new encryption key ${change.kid}, replacing ${change.replaces?.join(' and ') || 'none'} — by ${change.by}`;
    case 'REVOKE':
      return `${when}  ${change.member}: revoked ${change.kid}${change.replacedBy ? `, replaced at once by ${change.replacedBy}` : ''} — by ${change.by}`;
  }
}

/** `--activate-in` as seconds: 30s, 15m, 2h — a day at most. */
function activationDelay(raw: string | undefined): number {
  if (raw === undefined) return KEY_ACTIVATION_SECONDS;
  const match = /^(\d+)(s|m|h)$/.exec(raw);
  const seconds = match ? Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'] : Number.NaN;
  if (!(seconds >= KEY_ACTIVATION_SECONDS && seconds <= 24 * 3600)) {
    return usageError(`--activate-in must be a whole number with its unit, s, m or h, from ${KEY_ACTIVATION_SECONDS}s to 24h (30s, 15m, 2h), got "${raw}"`);
  }
  return seconds;
}

try {
  switch (action) {
    case 'list': {
      if (kid !== undefined) usageError('list takes one member at most');
      const names = member ? [member] : membersWithKeys(keysDir);
      if (names.length === 0) throw new MemberNotAdministrable(`no member keys in ${keysDir}: start the federation once with this data directory, or set YRD_DATA_DIR to the one it runs with`);
      for (const name of names) printMember(await openMemberKeys(name, keysDir, trustDir, false));
      break;
    }
    case 'rotate': {
      if (kid !== undefined) usageError('rotate takes the member only (a key is revoked by its kid, not rotated)');
      if (values.encryption && values['activate-in'] !== undefined) usageError('--activate-in is for a signing key: an encryption key is published at once, and the old one goes on decrypting');
      const activateInSeconds = values.encryption ? 0 : activationDelay(values['activate-in']);
      const keys = await open(member);
      const { member: name } = keys.identity;
      if (values.encryption) {
        const before = keys.describeKeys().find((key) => key.use === 'encryption' && key.state === 'CURRENT');
        if (!before) throw new MemberNotAdministrable(`${name} takes in no confidential messages: it has no encryption key to rotate`);
        await keys.rotateEncryptionKey(new Date(), { publishTo: trustDir });
        const made = keys.describeKeys().find((key) => key.use === 'encryption' && key.state === 'CURRENT')?.kid ?? '';
        logged({ action: 'ROTATE_ENCRYPTION', member: name, kid: made, replaces: [before.kid] });
        process.stdout.write(`${name}: new encryption key ${made}, which senders encrypt to once their trust list names it; ${before.kid} still decrypts what was encrypted to it for 31 days.\n`);
        process.stdout.write(`${published(keys, 'for senders there to use it')}\n`);
      } else {
        const now = new Date();
        await keys.rotate(now, { activateInSeconds, handoverSeconds: KEY_HANDOVER_SECONDS, publishTo: trustDir });
        const described = keys.describeKeys(now);
        const fresh = described[0];
        const from = instant(fresh?.activatesAt ?? '');
        // The keys this rotation retires: those it gave a retirement a handover after the new key's activation.
        const retiring = new Date(Date.parse(fresh?.activatesAt ?? '') + KEY_HANDOVER_SECONDS * 1000).toISOString();
        const replaced = described.filter((key) => key.use === 'signing' && key.retiredAt === retiring).map((key) => key.kid);
        logged({ action: 'ROTATE', member: name, kid: fresh?.kid ?? '', replaces: replaced, ...(fresh?.activatesAt ? { activatesAt: fresh.activatesAt } : {}) });
        process.stdout.write(
          `${name}: new signing key ${fresh?.kid}, published now; it signs from ${from} (every running process of ${name} switches then; one started later signs with it). ` +
            `It replaces ${replaced.join(' and ')}, which counts for what it signs until ${KEY_HANDOVER_SECONDS} s after that and then verifies what it signed before for 31 days.\n`,
        );
        process.stdout.write(`${published(keys, `before ${from} (more time: --activate-in 15m)`)}\n`);
      }
      printMember(keys);
      break;
    }
    case 'revoke': {
      if (!kid) usageError('revoke needs the member and the kid of the key to revoke (npm run keys -- list shows them)');
      if (extra.length > 0) usageError(`unexpected ${extra.join(' ')}`);
      const keys = await open(member);
      const revoked = await keys.revoke(kid ?? '', new Date(), { publishTo: trustDir });
      logged({ action: 'REVOKE', member: keys.identity.member, kid: revoked.kid, ...(revoked.replacedBy ? { replacedBy: revoked.replacedBy } : {}) });
      process.stdout.write(
        `${keys.identity.member}: revoked ${revoked.use} key ${revoked.kid}` +
          (revoked.replacedBy ? `; it was in use — ${revoked.replacedBy} replaces it at once, with no handover` : '') +
          '.\n',
      );
      process.stdout.write(
        revoked.use === 'signing'
          ? 'Members stop trusting it at their next check of the trust list once the hub lists the change (every YRD_TRUST_LIST_CHECK_SECONDS, 5 s by default), and verify again under the new list any ' +
              (keys.identity.role === 'IDENTITY_PROVIDER' ? 'bearer token the gateway verified with it.\n' : 'assertion of it they had verified.\n')
          : 'What was encrypted to it can no longer be read here; a sender holding the previous trust list encrypts to it until its next check of the list (every YRD_TRUST_LIST_CHECK_SECONDS, 5 s by default).\n',
      );
      process.stdout.write(`${published(keys, 'at once')}\n`);
      printMember(keys);
      break;
    }
    case 'history': {
      if (kid !== undefined) usageError('history takes one member at most');
      const { changes: recorded, unreadableLines } = readKeyChanges(keysDir);
      const changes = recorded.filter((change) => member === undefined || change.member === member);
      if (changes.length === 0) process.stdout.write(`no key changes recorded in ${keyChangeLogFile(keysDir)}${member ? ` for ${member}` : ''}\n`);
      for (const change of changes) process.stdout.write(`${describeChange(change)}\n`);
      if (unreadableLines.length > 0) {
        process.stderr.write(`${COMMAND}: left out line${unreadableLines.length > 1 ? 's' : ''} ${unreadableLines.join(', ')} of ${keyChangeLogFile(keysDir)}: not a key change as the command writes it\n`);
      }
      break;
    }
    default:
      usageError(`unknown command "${action}"`);
  }
} catch (error) {
  if (error instanceof MemberNotAdministrable || error instanceof UnknownMemberKey) exitRefused(COMMAND, error.message);
  throw error;
}
