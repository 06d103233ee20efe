import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IDENTITY_PROVIDER_IDENTITY, mintCheckedUserToken, TokenRejected, type UserCaller } from '@yrd/shared/identity/userTokens';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { keysDirectory } from '@yrd/shared/trust/trustDirectory';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { maxTokenLifetimeFromEnvironment } from '../callerAuthentication.ts';
import { commandArguments } from './commandArguments.ts';

/**
 * `npm run token -- <citizen|enterprise|operator> …`: mints a development bearer token with
 * the development identity provider's key, which the gateway made in the data directory
 * (YRD_DATA_DIR) at its first start. Never made here: a key made in the wrong directory signs
 * tokens the running gateway refuses (BAD_SIGNATURE), with nothing to say why.
 *
 *   npm run token -- citizen 310118198804123021
 *   npm run token -- enterprise 91330421MA2B3C4D17
 *   npm run token -- operator --region JIANGSU --division 320509 --window WJ-01 --operator js-0001
 *   … [--expires-in 8h]
 */
const USAGE = 'npm run token -- citizen <resident id> | enterprise <credit code> | operator --region R --division D --window W --operator ID [--expires-in 8h]';
const { values, positionals } = commandArguments('npm run token', USAGE, {
  allowPositionals: true,
  options: {
    region: { type: 'string' },
    division: { type: 'string' },
    window: { type: 'string' },
    operator: { type: 'string' },
    'expires-in': { type: 'string', default: '8h' },
  },
});
const [kind, identifier] = positionals;
let caller: UserCaller;
switch (kind) {
  case 'citizen':
    caller = { kind: 'CITIZEN', residentId: identifier ?? '' };
    break;
  case 'enterprise':
    caller = { kind: 'ENTERPRISE', creditCode: identifier ?? '' };
    break;
  case 'operator': {
    // A window's identity is all four: one left out is named (an empty one reads as a blank in the token's refusal).
    const missing = (['region', 'division', 'window', 'operator'] as const).filter((name) => !values[name]);
    if (missing.length > 0) {
      process.stderr.write(`npm run token: operator needs ${missing.map((name) => `--${name}`).join(', ')}\nusage: ${USAGE}\n`);
      process.exit(2);
    }
    caller = {
      kind: 'OPERATOR',
      region: (values.region ?? '') as never,
      division: values.division ?? '',
      window: values.window ?? '',
      operatorId: values.operator ?? '',
    };
    break;
  }
  default:
    process.stderr.write(`usage: ${USAGE}\n`);
    process.exit(2);
}
const expiresIn = values['expires-in'];
if (!/^\d+(s|m|h|d)$/.test(expiresIn)) {
  process.stderr.write(`npm run token: --expires-in must be a whole number with its unit, s, m, h or d (15m, 8h, 1d), got "${expiresIn}"\nusage: ${USAGE}\n`);
  process.exit(2);
}
const keysDir = keysDirectory();
if (!existsSync(join(keysDir, `${IDENTITY_PROVIDER_IDENTITY.member}.keys.json`))) {
  const named = process.env.YRD_DATA_DIR ? `YRD_DATA_DIR=${process.env.YRD_DATA_DIR}` : 'YRD_DATA_DIR is unset: the default ./data';
  process.stderr.write(
    `no development identity key in ${keysDir} (${named}): start the gateway once with this data directory (npm start), or set YRD_DATA_DIR to the one it runs with\n`,
  );
  process.exit(2);
}
// The key exists, so MemberKeys.open reads it (and makes nothing); the gateway registered it at its start.
const keys = await MemberKeys.open(IDENTITY_PROVIDER_IDENTITY, keysDir);
try {
  // Read back as the gateway will, so a typo in an identifier is reported here, not at the gateway.
  // Never longer than the gateway accepts (YRD_TOKEN_MAX_LIFETIME_SECONDS, read from the same environment).
  const { token } = await mintCheckedUserToken(keys, caller, expiresIn, maxTokenLifetimeFromEnvironment(process.env));
  process.stdout.write(`${token}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof TokenRejected || error instanceof ConfigurationError ? error.message : String(error)}\n`);
  process.exit(2);
}
