import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../launcher/startFederation.ts';
import { MANIFEST_FILE, readManifest } from '../persistedOperations/operationManifest.ts';
import { buildConsoleBundle } from './consoleBundle.ts';

/** The console's bundle with and without source maps: a production gateway serves no map of its sources. */
describe('buildConsoleBundle', () => {
  const manifest = readManifest(join(REPOSITORY_ROOT, MANIFEST_FILE));

  it('makes no source map, and links none from the script, without sourceMaps (production)', async () => {
    const bundle = await buildConsoleBundle(manifest, { developmentSignIn: false, sourceMaps: false });
    const names = [...bundle.assets.keys()];
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
    const script = names.find((name) => name.endsWith('.js')) as string;
    expect(bundle.assets.get(script)?.body.toString('utf8').includes('sourceMappingURL'), 'the script links a source map').toBe(false);
  }, 60_000);

  it('links a source map from the script with sourceMaps (development)', async () => {
    const bundle = await buildConsoleBundle(manifest, { developmentSignIn: true, sourceMaps: true });
    const script = [...bundle.assets.keys()].find((name) => name.endsWith('.js')) as string;
    expect(bundle.assets.has(`${script}.map`)).toBe(true);
    expect(bundle.assets.get(script)?.body.toString('utf8')).toContain(`sourceMappingURL=${script.split('/').pop()}.map`);
  }, 60_000);
});
