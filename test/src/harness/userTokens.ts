import { join } from 'node:path';
import type { Caller } from '@yrd/shared/identity/caller';
import type { RegionCode } from '@yrd/shared/regions/regionRegistry';
import { IDENTITY_PROVIDER_IDENTITY, mintUserToken } from '@yrd/shared/identity/userTokens';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';

type UserCaller = Exclude<Caller, { kind: 'ANONYMOUS' } | { kind: 'SERVICE' }>;

/**
 * Bearer tokens for tests, minted with the development identity provider's key of a booted
 * federation (as `npm run token` does), as Authorization headers.
 */
export async function tokenIssuer(dataDir: string) {
  const keys = await MemberKeys.open(IDENTITY_PROVIDER_IDENTITY, join(dataDir, 'keys'));
  const header = async (caller: UserCaller, expiresIn: string | number = '1h') => ({
    authorization: `Bearer ${await mintUserToken(caller, keys.signingKey, expiresIn)}`,
  });
  return {
    header,
    citizen: (residentId: string) => header({ kind: 'CITIZEN', residentId }),
    enterprise: (creditCode: string) => header({ kind: 'ENTERPRISE', creditCode }),
    operator: (region: RegionCode, division: string, window: string, operatorId: string) => header({ kind: 'OPERATOR', region, division, window, operatorId }),
    /** The clerk at the 吴江 (Suzhou) YRD window of story 1. */
    wujiangClerk: () => header({ kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-01', operatorId: 'js-wj-0001' }),
    /** A colleague at the next 吴江 window: decides what the story 1 clerk accepted (受审分离 — the clerk who accepts a case does not decide it). */
    wujiangColleague: () => header({ kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-CSJ-02', operatorId: 'js-wj-0002' }),
    /** The clerk at the 嘉善 (Zhejiang) window of story 2. */
    jiashanClerk: () => header({ kind: 'OPERATOR', region: 'ZHEJIANG', division: '330421', window: 'JS-YJS-01', operatorId: 'zj-js-0007' }),
  };
}
