import { keysDirectory, trustDirectory } from '@yrd/shared/trust/trustDirectory';
import { membersWithKeys, MemberNotAdministrable, openMemberKeys, publishedUpToDate } from '@yrd/shared/trust/keyAdministration';
import { KEY_FILE_POLL_MS, KEY_HANDOVER_SECONDS, UnknownMemberKey, type KeyDescription, type MemberKeys } from '@yrd/shared/trust/memberKeys';
import { commandArguments } from './commandArguments.ts';
import { exitRefused } from './exitRefused.ts';

/**
 * `npm run keys`: the members' keys in the data directory (YRD_DATA_DIR; trust directory
 * YRD_TRUST_DIR), for an administrator — X-Road's key management on a security server.
 *
 *   npm run keys                                  every member's keys and where each stands
 *   npm run keys -- list [member]
 *   npm run keys -- rotate <member> [--encryption]
 *   npm run keys -- revoke <member> <kid>
 *
 * Safe while the federation runs: a running member takes up its file within a second or two, a
 * rotated signing key goes on counting for KEY_HANDOVER_SECONDS meanwhile, and the new public
 * keys are published at once (the member's registration; the hub's anchor) for the hub's next
 * trust list. Private keys are never printed.
 */
const COMMAND = 'npm run keys';
const USAGE = 'npm run keys -- [list [member]] | rotate <member> [--encryption] | revoke <member> <kid>';
const { values, positionals } = commandArguments(COMMAND, USAGE, {
  allowPositionals: true,
  options: { encryption: { type: 'boolean', default: false } },
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
      return key.use === 'signing' ? 'current: signs' : 'current: published for encryption to this member';
    case 'HANDING_OVER':
      return `rotated: retires at ${instant(key.retiredAt ?? '')}`;
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

async function open(name: string | undefined): Promise<MemberKeys> {
  if (!name) return usageError(`${action} needs the member whose keys to change (one of ${membersWithKeys(keysDir).join(', ') || 'none here'})`);
  return openMemberKeys(name, keysDir, trustDir);
}

/** What happens next, for the administrator of a federation spread over several hosts too. */
function published(keys: MemberKeys): string {
  const file = keys.publicationFile(trustDir);
  return keys.identity.role === 'HUB'
    ? `the new trust anchor is ${file}: members on this host read it at their next trust-list fetch; carry it to members on other hosts`
    : `published in ${file}: the hub lists it at the next trust-list request (carry the file to the hub's trust directory when the hub runs on another host)`;
}

try {
  switch (action) {
    case 'list': {
      if (kid !== undefined) usageError('list takes one member at most');
      const names = member ? [member] : membersWithKeys(keysDir);
      if (names.length === 0) throw new MemberNotAdministrable(`no member keys in ${keysDir}: start the federation once with this data directory, or set YRD_DATA_DIR to the one it runs with`);
      for (const name of names) printMember(await openMemberKeys(name, keysDir, trustDir));
      break;
    }
    case 'rotate': {
      if (kid !== undefined) usageError('rotate takes the member only (a key is revoked by its kid, not rotated)');
      const keys = await open(member);
      const before = keys.describeKeys().find((key) => key.state === 'CURRENT' && key.use === (values.encryption ? 'encryption' : 'signing'));
      if (values.encryption) {
        if (!keys.describeKeys().some((key) => key.use === 'encryption')) {
          throw new MemberNotAdministrable(`${keys.identity.member} takes in no confidential messages: it has no encryption key to rotate`);
        }
        await keys.rotateEncryptionKey();
      } else {
        await keys.rotate(new Date(), KEY_HANDOVER_SECONDS);
      }
      keys.register(trustDir);
      const after = keys.describeKeys().find((key) => key.state === 'CURRENT' && key.use === (values.encryption ? 'encryption' : 'signing'));
      process.stdout.write(
        values.encryption
          ? `${keys.identity.member}: new encryption key ${after?.kid}; ${before?.kid} still decrypts what was encrypted to it for 31 days\n`
          : `${keys.identity.member}: new signing key ${after?.kid} (a running ${keys.identity.member} takes it up within ${(KEY_FILE_POLL_MS / 1000) * 2} s, a stopped one at its start); ${before?.kid} signs for ${KEY_HANDOVER_SECONDS} s more, then verifies what it signed before for 31 days\n`,
      );
      process.stdout.write(`${published(keys)}\n`);
      printMember(keys);
      break;
    }
    case 'revoke': {
      if (!kid) usageError('revoke needs the member and the kid of the key to revoke (npm run keys -- list shows them)');
      if (extra.length > 0) usageError(`unexpected ${extra.join(' ')}`);
      const keys = await open(member);
      const revoked = await keys.revoke(kid ?? '');
      keys.register(trustDir);
      process.stdout.write(
        `${keys.identity.member}: revoked ${revoked.use} key ${revoked.kid}` +
          (revoked.replacedBy ? `; it was the current one — ${revoked.replacedBy} replaces it, with no handover` : '') +
          '\n',
      );
      process.stdout.write(
        revoked.use === 'signing'
          ? 'Members stop trusting it when they next fetch the trust list (within YRD_TRUST_LIST_SECONDS of now, 600 by default); an assertion a subgraph verified with it before counts until it expires (60 s at most).\n'
          : 'What was encrypted to it can no longer be read here; a sender holding the last list encrypts to it until it fetches the next one.\n',
      );
      process.stdout.write(`${published(keys)}\n`);
      printMember(keys);
      break;
    }
    default:
      usageError(`unknown command "${action}"`);
  }
} catch (error) {
  if (error instanceof MemberNotAdministrable || error instanceof UnknownMemberKey) exitRefused(COMMAND, error.message);
  throw error;
}
