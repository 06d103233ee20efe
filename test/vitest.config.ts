import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import base, { testFilesReplacingModules } from '../vitest.base.ts';

// The files share one module registry per worker (isolate: false, below): none may replace a module.
const replacing = testFilesReplacingModules(import.meta.dirname, ['src']);
if (replacing.length > 0) {
  throw new Error(`test/: ${replacing.join(', ')} replace a module (vi.mock); the cross-process tests share modules per worker — test that in the workspace whose code it is`);
}

/** Files run at once: one per core, at most four (each boots six processes, a console file a browser too). */
const FILES_AT_ONCE = Math.min(availableParallelism(), 4);

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // The federation's processes run compiled, as under `npm start`: about a third faster to
      // start than under tsx, which matters at some forty boots a run.
      globalSetup: ['./src/harness/compileServices.globalSetup.ts'],
      env: { YRD_SERVICES_FROM: 'compiled' },
      // One module registry per worker: the harness, undici and the gateway's modules are
      // imported once, not once per file (no file here replaces a module: checked above).
      isolate: false,
      // A file here spends much of its time waiting on its federation's processes (their start,
      // a restart, a deadline), so one file per core rather than Vitest's cores − 1: on two cores,
      // two files at once took the run from 8m22s to 6m44s.
      maxWorkers: FILES_AT_ONCE,
    },
  }),
);
