import { unitTestConfig } from '../../vitest.base.ts';

export default unitTestConfig(import.meta.dirname, ['src']);
