import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Shared Vitest settings for every workspace. Workspace packages export their TypeScript
 * sources under the "source" condition, so tests run against src/ without a build.
 */
const base = defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});

export default base;

/** A test file that replaces modules for itself (vi.mock, vi.doMock) needs a module registry of its own. */
const REPLACES_MODULES = /\bvi\.(?:mock|doMock)\(/;

function testFilesUnder(root: string, directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts') && !entry.parentPath.includes('node_modules'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The test files under `directories` (relative to `root`) that replace a module for themselves. */
export function testFilesReplacingModules(root: string, directories: readonly string[]): string[] {
  return directories.flatMap((directory) => testFilesUnder(root, directory)).filter((file) => REPLACES_MODULES.test(readFileSync(join(root, file), 'utf8')));
}

/**
 * A workspace's unit tests (the `.test.ts` files under `directories`, relative to `root`), run
 * in two projects: most files share one module registry per worker (isolate: false), so that
 * graphql, Apollo and our own modules are imported once rather than once per file — about a
 * third of the time the unit tests took, and on two cores the suite's CPU is the suite's time;
 * the few files that replace a module (vi.mock) each get a registry of their own, as a mock
 * must not reach another file's imports. A file that changes process-wide state (the clock,
 * process.env) restores it after itself, as it always had to for the tests in its own file.
 */
export function unitTestConfig(root: string, directories: readonly string[]): ViteUserConfig {
  const replacingModules = testFilesReplacingModules(root, directories);
  const include = directories.map((directory) => `${directory}/**/*.test.ts`);
  // Not `...base.test`: a project that extends the root adds its `include` to the root's.
  const { include: _rootInclude, ...rootTest } = base.test ?? {};
  return defineConfig({
    ...base,
    test: {
      ...rootTest,
      projects: [
        { extends: true, test: { name: 'shared modules', include, exclude: replacingModules, isolate: false } },
        ...(replacingModules.length > 0 ? [{ extends: true, test: { name: 'modules replaced', include: replacingModules, isolate: true } }] : []),
      ],
    },
  });
}
