import { defineConfig } from 'vitest/config';

/**
 * Shared Vitest settings for every workspace. Workspace packages export their TypeScript
 * sources under the "source" condition, so tests run against src/ without a build.
 */
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
