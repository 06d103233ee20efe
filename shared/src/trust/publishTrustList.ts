import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile } from './jsonFile.ts';
import type { MemberKeys } from './memberKeys.ts';
import { signMessage } from './signedMessage.ts';
import { TRUST_LIST_TYPE, type TrustedMember, type TrustList } from './trustList.ts';

/**
 * The hub's side of the trust list: gathers the registered members, signs the list with the
 * hub's key and keeps it until shortly before it expires.
 */
export class TrustListPublisher {
  private cached: { token: string; list: TrustList; refreshAfter: number } | undefined;

  constructor(
    private readonly hubKeys: MemberKeys,
    private readonly trustDir: string,
    private readonly lifetimeSeconds: number,
  ) {}

  /** Every registered member, the hub itself first. */
  members(now = new Date()): TrustedMember[] {
    const directory = join(this.trustDir, 'members');
    let files: string[] = [];
    try {
      files = readdirSync(directory).filter((file) => file.endsWith('.json'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const registered = files
      .map((file) => readJsonFile<TrustedMember>(join(directory, file)))
      .filter((member): member is TrustedMember => member !== undefined && member.member !== this.hubKeys.identity.member);
    return [this.hubKeys.publicMember(now), ...registered.sort((a, b) => a.member.localeCompare(b.member))];
  }

  /**
   * The signed list. Rebuilt when half its lifetime has passed, or at once when `fresh` is
   * asked for (a member met a key it does not know: a registration may have just happened).
   */
  async signed(fresh = false, now = new Date()): Promise<{ token: string; list: TrustList }> {
    if (!fresh && this.cached && now.getTime() < this.cached.refreshAfter) return this.cached;
    const list: TrustList = {
      issuer: this.hubKeys.identity.member,
      issuedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.lifetimeSeconds * 1000).toISOString(),
      members: this.members(now),
    };
    const token = await signMessage(TRUST_LIST_TYPE, list, this.hubKeys.signingKey, this.lifetimeSeconds, now);
    this.cached = { token, list, refreshAfter: now.getTime() + (this.lifetimeSeconds * 1000) / 2 };
    return this.cached;
  }
}
