import { join } from 'node:path';
import { MemberKeys, type MemberIdentity } from './memberKeys.ts';
import { TrustListPublisher } from './publishTrustList.ts';
import type { TrustListSource } from './signedMessage.ts';

/**
 * Test support: a hub in a fresh directory under `root`, the members a test registers with it,
 * and the trust list (600 s) as those members read it — from the hub's publisher, asked afresh
 * on refresh.
 */
export async function trustedMembers(root: string) {
  const keysDir = join(root, 'keys');
  const trustDir = join(root, 'trust');
  const hub = await MemberKeys.open({ member: 'catalog', role: 'HUB', region: null }, keysDir);
  const publisher = new TrustListPublisher(hub, trustDir, 600);
  const trust: TrustListSource = { current: async () => (await publisher.signed()).list, refresh: async () => (await publisher.signed(true)).list };
  /** A member's keys, registered with the hub (again after a rotation: `register`). */
  const member = async (identity: MemberIdentity) => {
    const keys = await MemberKeys.open(identity, keysDir);
    keys.register(trustDir);
    return keys;
  };
  return { trust, trustDir, member, register: (keys: MemberKeys) => keys.register(trustDir) };
}
