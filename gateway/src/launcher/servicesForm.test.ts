import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkServicesBuilt, serviceEntry, servicesForm } from './servicesForm.ts';

describe('the form the launcher starts the processes in', () => {
  it('follows the launcher: compiled when it runs from dist/, from source when it runs under tsx', () => {
    expect(servicesForm({}, 'file:///srv/yrd/gateway/dist/launcher/startFederation.js')).toBe('compiled');
    expect(servicesForm({}, 'file:///srv/yrd/gateway/src/launcher/startFederation.ts')).toBe('source');
    expect(servicesForm({ YRD_SERVICES_FROM: '' }, 'file:///srv/yrd/gateway/src/launcher/startFederation.ts')).toBe('source');
  });

  it('takes YRD_SERVICES_FROM over the launcher’s own form, and refuses anything else naming the variable', () => {
    expect(servicesForm({ YRD_SERVICES_FROM: 'compiled' }, 'file:///srv/yrd/gateway/src/launcher/startFederation.ts')).toBe('compiled');
    expect(servicesForm({ YRD_SERVICES_FROM: 'source' }, 'file:///srv/yrd/gateway/dist/launcher/startFederation.js')).toBe('source');
    expect(() => servicesForm({ YRD_SERVICES_FROM: 'dist' }, 'file:///x.js')).toThrow(/YRD_SERVICES_FROM must be "compiled" .* or "source" .*, not "dist"/);
  });

  it('starts dist/main.js compiled and src/main.ts from source', () => {
    expect(serviceEntry('/srv/yrd/subgraphs/anhui', 'compiled')).toBe('/srv/yrd/subgraphs/anhui/dist/main.js');
    expect(serviceEntry('/srv/yrd/gateway', 'source')).toBe('/srv/yrd/gateway/src/main.ts');
  });

  it('refuses a compiled start before anything is built, naming what is missing and the command that builds it', () => {
    const root = mkdtempSync(join(tmpdir(), 'yrd-form-'));
    try {
      const built = serviceEntry(join(root, 'gateway'), 'compiled');
      const unbuilt = serviceEntry(join(root, 'subgraphs', 'anhui'), 'compiled');
      mkdirSync(join(root, 'gateway', 'dist'), { recursive: true });
      writeFileSync(built, '');
      expect(() => checkServicesBuilt([built])).not.toThrow();
      expect(() => checkServicesBuilt([built, unbuilt])).toThrow(
        `the compiled services are missing (${unbuilt}): compile them with \`npm run build\` (\`npm start\` compiles before it starts), or run from the TypeScript sources without YRD_SERVICES_FROM=compiled (\`npm run dev\`)`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
