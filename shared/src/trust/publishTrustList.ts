import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileVersion } from './fileVersion.ts';
import type { MemberKeys } from './memberKeys.ts';
import { signMessage } from './signedMessage.ts';
import { TRUST_LIST_TYPE, type MemberRole, type TrustedMember, type TrustList } from './trustList.ts';

/**
 * The hub's side of the trust list: gathers the registered members, signs the list with the
 * hub's key and keeps it until shortly before it expires.
 *
 * Each registration is read on its own: a file that is not a member registration (empty, cut
 * short, not JSON, not shaped like one, or named for another member) is left out of the list
 * and reported, and every other member is still published. One bad file must not take the
 * trust list — and with it every signed call in the federation — down.
 */
/** The list as the hub signed it, with the entity tag a member asks again with (trustListRoute.ts). */
export interface SignedTrustList {
  readonly token: string;
  readonly list: TrustList;
  /** A quoted HTTP entity tag naming this very token: a member holding it is answered 304. */
  readonly etag: string;
}

export class TrustListPublisher {
  private cached: (SignedTrustList & { refreshAfter: number; basis: string }) | undefined;
  private lastBasis: { basis: string; at: number } | undefined;
  /** The problem last reported per file, so that a file is reported once per distinct problem, not at every rebuild. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly hubKeys: MemberKeys,
    private readonly trustDir: string,
    private readonly lifetimeSeconds: number,
    private readonly report: (message: string) => void = (message) => console.error(message),
  ) {}

  private get membersDirectory(): string {
    return join(this.trustDir, 'members');
  }

  private registrationFiles(): string[] {
    try {
      return readdirSync(this.membersDirectory).filter((file) => file.endsWith('.json'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return [];
    }
  }

  /**
   * What the list is built from, as a stamp: the hub's keys and each registration file's name,
   * inode (a registration is written whole under a new one), size and time of change. A key rotated or revoked (`npm run keys`), a member registering
   * anew, is published at the next request rather than when the kept list is due.
   */
  private basis(now: Date, look = false): string {
    // The hub verifies its own callers against the list too: the files are looked at once a second at most, unless asked to.
    if (!look && this.lastBasis && now.getTime() - this.lastBasis.at < BASIS_RECHECK_MS && now.getTime() >= this.lastBasis.at) return this.lastBasis.basis;
    const registrations = this.registrationFiles().map((file) => {
      try {
        return `${file}:${fileVersion(join(this.membersDirectory, file)) ?? 'gone'}`;
      } catch {
        return `${file}:unreadable`;
      }
    });
    const hubKeys = [this.hubKeys.signingKey.kid, ...this.hubKeys.publicMember().keys.map((key) => `${key.kid}:${key.retiredAt ?? ''}`)];
    const basis = [...hubKeys, ...registrations].join('|');
    this.lastBasis = { basis, at: now.getTime() };
    return basis;
  }

  /** Every registered member, the hub itself first. */
  members(now = new Date()): TrustedMember[] {
    const directory = this.membersDirectory;
    const files = this.registrationFiles();
    const registered: TrustedMember[] = [];
    for (const file of files) {
      const member = this.registration(join(directory, file));
      if (member && member.member !== this.hubKeys.identity.member) registered.push(member);
    }
    for (const file of this.reported.keys()) if (!files.includes(basename(file))) this.reported.delete(file);
    return [this.hubKeys.publicMember(now), ...registered.sort((a, b) => a.member.localeCompare(b.member))];
  }

  /** The member a registration file names, or undefined (reported) when it is not one. */
  private registration(file: string): TrustedMember | undefined {
    let problem: string | undefined;
    let member: TrustedMember | undefined;
    try {
      const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
      problem = registrationProblem(value, basename(file, '.json'));
      if (!problem) member = value as TrustedMember;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Removed between listing and reading: nothing to publish, nothing wrong.
      if (code === 'ENOENT') return undefined;
      problem = error instanceof SyntaxError ? `not JSON (${error.message})` : `unreadable (${code ?? String(error)})`;
    }
    if (!problem) {
      this.reported.delete(file);
      return member;
    }
    if (this.reported.get(file) !== problem) {
      this.reported.set(file, problem);
      this.report(`trust list: left out ${file}: ${problem}`);
    }
    return undefined;
  }

  /**
   * The signed list. Rebuilt when half its lifetime has passed, or when a registration or the
   * hub's own keys changed since it was built — looked at once a second at most, and at once when
   * `fresh` is asked for (a member met a key it does not know: a registration may have just
   * happened). A list asked for afresh with nothing changed is the one kept: anyone can send a
   * made-up key id.
   */
  async signed(fresh = false, now = new Date()): Promise<SignedTrustList> {
    const basis = this.basis(now, fresh);
    const cached = this.cached;
    if (cached && now.getTime() < cached.refreshAfter && cached.basis === basis) return cached;
    const list: TrustList = {
      issuer: this.hubKeys.identity.member,
      issuedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.lifetimeSeconds * 1000).toISOString(),
      members: this.members(now),
    };
    const token = await signMessage(TRUST_LIST_TYPE, list, this.hubKeys.signingKey, this.lifetimeSeconds, now);
    const etag = `"${createHash('sha256').update(token).digest('base64url')}"`;
    this.cached = { token, list, etag, refreshAfter: now.getTime() + (this.lifetimeSeconds * 1000) / 2, basis };
    return this.cached;
  }
}

/** How long a look at the registrations and the hub's keys stands for them. */
const BASIS_RECHECK_MS = 1_000;

const ROLES: readonly MemberRole[] = ['HUB', 'GATEWAY', 'PROVINCE', 'IDENTITY_PROVIDER'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isInstant = (value: unknown): boolean => isText(value) && !Number.isNaN(Date.parse(value));
const isInstantOrNull = (value: unknown): boolean => value === null || isInstant(value);
const isJwk = (value: unknown): boolean => isObject(value) && isText(value.kty);

/** What is wrong with a registration read from `<name>.json`, or undefined when it is one. */
function registrationProblem(value: unknown, name: string): string | undefined {
  if (!isObject(value)) return 'not a member registration (an object is expected)';
  if (!isText(value.member)) return 'no member name';
  if (value.member !== name) return `registers ${JSON.stringify(value.member)}, but a registration is named after its member`;
  if (!ROLES.includes(value.role as MemberRole)) return `unknown role ${JSON.stringify(value.role)}`;
  // Shape only: a region the hub's code does not know yet (a province joining) is still published.
  if (value.region !== null && !isText(value.region)) return `region ${JSON.stringify(value.region)} is neither a region code nor null`;
  if (!Array.isArray(value.keys) || value.keys.length === 0) return 'no keys';
  for (const key of value.keys as unknown[]) {
    if (!isObject(key) || !isText(key.kid) || !isJwk(key.jwk) || !isInstant(key.createdAt) || !isInstantOrNull(key.retiredAt) || !isInstantOrNull(key.verifyUntil)) {
      return 'a key without a kid, a JWK, its creation time, or with a retirement time that is not one';
    }
  }
  const encryption = value.encryptionKey;
  if (encryption !== undefined && !(isObject(encryption) && isText(encryption.kid) && isJwk(encryption.jwk) && isInstant(encryption.createdAt))) {
    return 'an encryption key without a kid, a JWK or its creation time';
  }
  return undefined;
}
