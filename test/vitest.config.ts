import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.base.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // The federation's processes run compiled, as under `npm start`: about a third faster to
      // start than under tsx, which matters at some forty boots a run.
      globalSetup: ['./src/harness/compileServices.globalSetup.ts'],
      env: { YRD_SERVICES_FROM: 'compiled' },
    },
  }),
);
