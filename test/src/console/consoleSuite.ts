import { afterAll, beforeAll } from 'vitest';
import { bootFederation, type BootedFederation } from '../harness/bootFederation.ts';
import { tokenIssuer } from '../harness/userTokens.ts';
import { launchConsoleBrowser, type ConsoleBrowser } from './consoleBrowser.ts';

/** What a console test file works with: the federation, a browser on its console, and its tokens. */
export interface ConsoleSuite {
  readonly federation: BootedFederation;
  readonly browser: ConsoleBrowser;
  readonly tokens: Awaited<ReturnType<typeof tokenIssuer>>;
}

/**
 * Boots the real federation and a browser on its console once for the calling test file (and
 * closes both after it). The returned suite is filled in before the file's first test runs.
 */
export function consoleSuite(options: Parameters<typeof launchConsoleBrowser>[1] = {}): ConsoleSuite {
  const suite = {} as { federation: BootedFederation; browser: ConsoleBrowser; tokens: ConsoleSuite['tokens'] };
  beforeAll(async () => {
    suite.federation = await bootFederation();
    suite.tokens = await tokenIssuer(suite.federation.dataDir);
    suite.browser = await launchConsoleBrowser(suite.federation.gatewayUrl, options);
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.federation?.shutdown();
  });
  return suite;
}
