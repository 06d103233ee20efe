import { join, resolve } from 'node:path';
import { dataDirectory } from '../process/serviceEnvironment.ts';

/**
 * Where the federation's trust material lives.
 *
 * - `<dataDir>/keys/<member>.keys.json`: a member's own key pairs (private, mode 0600).
 * - `<trustDir>/members/<member>.json`: a member's registered public keys. Registering a
 *   key is what an administrator does with the hub (X-Road: registering a certificate); in
 *   a single-machine deployment the members write here themselves.
 * - `<trustDir>/anchor.json`: the hub's public keys, the anchor every member verifies the
 *   signed trust list with (X-Road: the configuration anchor), distributed out of band.
 */
export function keysDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDirectory(env), 'keys');
}

export function trustDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.YRD_TRUST_DIR ? resolve(env.YRD_TRUST_DIR) : join(dataDirectory(env), 'trust');
}

export function memberRegistrationFile(trustDir: string, member: string): string {
  return join(trustDir, 'members', `${member}.json`);
}

export function anchorFile(trustDir: string): string {
  return join(trustDir, 'anchor.json');
}

/**
 * `<trustDir>/trust-list.json`: the last trust list a member verified, as the hub signed it, so
 * that a member restarted while the hub is unreachable still knows who is who until the list
 * expires (X-Road: the security server's copy of the global configuration). Whoever reads it
 * verifies it against the anchor again: the file is trusted no more than the hub's answer.
 */
export function keptTrustListFile(trustDir: string): string {
  return join(trustDir, 'trust-list.json');
}
