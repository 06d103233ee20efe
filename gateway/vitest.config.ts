import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.base.ts';

/** The gateway's tests, and the console's own unit tests (what runs in the page without a DOM). */
export default mergeConfig(base, defineConfig({ test: { include: ['src/**/*.test.ts', 'console/**/*.test.ts'] } }));
