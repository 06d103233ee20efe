/// <reference path="./openccTraditionalToSimplified.d.ts" />
import { ConverterFactory } from 'opencc-js/core';
import traditionalToSimplified from 'opencc-js/to/cn';

/**
 * Search text in one script: traditional characters (社會保險, 營業執照, 開奶茶店) read as the
 * simplified ones the standard is written in, by OpenCC's traditional → simplified tables
 * (characters and the phrases whose conversion depends on their neighbours: 乾杯 → 干杯 but 乾隆
 * stays). Variant forms people write for the same word follow: 身分证 (the usage of Taiwan and of
 * older documents) is 身份证, 帐户 is 账户. A character that converts changes neither the length nor
 * the place of the text around it, so highlighting can still find what was searched.
 */
const convert = ConverterFactory(...traditionalToSimplified);

/** Variant words (after conversion) → the standard's word. Only whole words whose reading is never another. */
export const VARIANT_WORDS: ReadonlyMap<string, string> = new Map([
  ['身分证', '身份证'],
  ['帐户', '账户'],
  ['帐号', '账号'],
  ['户口薄', '户口簿'],
]);

const VARIANT_PATTERN = new RegExp([...VARIANT_WORDS.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');

/** The text in simplified characters, with variant words as the standard writes them. */
export function toSimplified(text: string): string {
  return convert(text).replace(VARIANT_PATTERN, (word) => VARIANT_WORDS.get(word) ?? word);
}
