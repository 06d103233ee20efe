import { availableParallelism } from 'node:os';
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
      // No file here replaces a module (vi.mock): they share one module registry per worker, so
      // the harness, undici and the gateway's modules are imported once, not once per file.
      isolate: false,
      // A file here spends much of its time waiting on its federation's six processes (their
      // start, a restart, a deadline), so one file per core, not Vitest's cores − 1: on two
      // cores, two files at once took the run from 8m22s to 6m44s.
      maxWorkers: availableParallelism(),
    },
  }),
);
