import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { join } from 'node:path';
import { identityProviderKeys } from '@yrd/gateway/callerAuthentication';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { listenOn } from '@yrd/shared/http/listenOn';
import { MemberKeys } from '@yrd/shared/trust/memberKeys';
import { TrustListClient } from '@yrd/shared/trust/trustListClient';

/**
 * What every other gateway in front of the same running subgraphs needs, on the same composed
 * supergraph: Hive Gateway (hiveGateway.ts: portability test, peer benchmark) and a stock Apollo
 * Gateway with defaults (stockApolloGateway.ts: benchmark). Each in a module of its own, so that a
 * process running one loads only its libraries. Nothing about the subgraphs changes: each peer is a
 * federation member with the GATEWAY role, verifies the client's bearer token the way our gateway
 * does, and vouches for the caller to every subgraph with a signed `x-yrd-caller` assertion
 * addressed to it.
 */

/** The committed composed supergraph. */
export const COMMITTED_SUPERGRAPH = join(REPOSITORY_ROOT, 'gateway', 'supergraph.graphql');

/**
 * A copy of the committed supergraph, in a new directory under `parentDir` (removed with it),
 * with each `@join__graph(name:, url:)` pointing where `urls` says (by subgraph name); fails if
 * a subgraph in the file has no URL.
 */
export function rewriteSupergraph(urls: Readonly<Record<string, string>>, parentDir: string, source = COMMITTED_SUPERGRAPH): string {
  const missing: string[] = [];
  const sdl = readFileSync(source, 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g, (_whole, name: string) => {
    const url = urls[name];
    if (!url) missing.push(name);
    return `@join__graph(name: "${name}", url: "${url ?? ''}")`;
  });
  if (missing.length > 0) throw new Error(`no URL for subgraph(s) ${missing.join(', ')}`);
  const file = join(mkdtempSync(join(parentDir, 'supergraph-')), 'supergraph.graphql');
  writeFileSync(file, sdl);
  return file;
}

export interface PeerGatewayOptions {
  /** A supergraph file whose join__graph URLs already point at the subgraphs (see rewriteSupergraph). */
  readonly supergraphFile: string;
  /** The catalog hub's GraphQL URL: the trust list is served beside it at /trust-list. */
  readonly hubUrl: string;
  /** The federation's member directory (`<dataDir>/trust`). */
  readonly trustDir: string;
  /** Where the peer keeps its own key pair. */
  readonly keysDir: string;
  /** The member name the peer registers under (role GATEWAY). */
  readonly member: string;
  readonly host?: string;
  /** 0 (default): a free port. */
  readonly port?: number;
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningPeerGateway {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * What a peer needs to be a gateway of this federation: its own member key registered with the
 * role GATEWAY, and the identity provider's keys through the hub's signed trust list.
 */
export async function joinFederation(options: PeerGatewayOptions) {
  const keys = await MemberKeys.open({ member: options.member, role: 'GATEWAY', region: null }, options.keysDir);
  keys.register(options.trustDir);
  const trust = new TrustListClient(options.hubUrl.replace(/\/graphql$/, '/trust-list'), options.trustDir);
  // Leaving stops the trust list's checks against the hub.
  return { signingKey: keys.signingKey, tokenKeys: identityProviderKeys(trust, options.env ?? {}), leave: () => trust.close() };
}

/** The one part of `authenticateRequest` a request needs: its Authorization header. */
export function withAuthorization(authorization: string | null | undefined): IncomingMessage {
  const headers = authorization ? { authorization } : {};
  return { headers } as Pick<IncomingMessage, 'headers'> as IncomingMessage;
}

export async function listen(server: Server, options: PeerGatewayOptions): Promise<string> {
  const host = options.host ?? '127.0.0.1';
  return `http://${host}:${await listenOn(server, options.port ?? 0, host)}`;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
