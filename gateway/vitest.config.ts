import { unitTestConfig } from '../vitest.base.ts';

/** The gateway's tests, and the console's own unit tests (what runs in the page without a DOM). */
export default unitTestConfig(import.meta.dirname, ['src', 'console']);
