import type { Sex } from '@yrd/shared/standard/recordContents';
import type { ZhejiangCodeTable } from './codeTable.ts';

/**
 * GB/T 2261.1-2003 人的性别代码, stored as the one-character string code. The standard's
 * other codes, 0 未知的性别 and 9 未说明的性别, have no standard Sex and are rejected.
 */
export const SEX_CODES = [
  { value: 'MALE', code: '1', label: '男性' },
  { value: 'FEMALE', code: '2', label: '女性' },
] as const satisfies ZhejiangCodeTable<Sex, string>;
