import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.base.ts';

/**
 * The cross-process suite: each file boots its own federation (six processes) and spends much of
 * its time waiting on them, so two files run side by side even on two cores (vitest's default
 * there is one at a time) — about 7½ minutes instead of 9½ on this project's 2-core machines,
 * measured with both. Tests must not depend on timing that another federation booting beside them
 * can stretch (gatewayLimits.test.ts allows for the tokens a slow burst refills).
 */
export default mergeConfig(base, defineConfig({ test: { maxWorkers: 2 } }));
