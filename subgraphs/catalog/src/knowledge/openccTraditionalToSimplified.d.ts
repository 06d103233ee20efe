/**
 * opencc-js ships types for its presets, not for the single dictionary groups under `to/`. This
 * is the one the hub loads: traditional → simplified (mainland) characters and phrases, without
 * the Hong Kong, Taiwan and Japanese tables the t2cn preset also carries.
 */
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const traditionalToSimplified: readonly DictGroup[];
  export default traditionalToSimplified;
}
