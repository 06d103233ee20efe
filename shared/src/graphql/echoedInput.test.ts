import { describe, expect, it } from 'vitest';
import { echoedInput, MAX_ECHOED_CHARACTERS } from './echoedInput.ts';

describe('a client value quoted back in a refusal', () => {
  it('is quoted whole while short, and cut to its start and its length when long', () => {
    expect(echoedInput('32202611270001')).toBe('“32202611270001”');
    expect(echoedInput('3'.repeat(MAX_ECHOED_CHARACTERS))).toBe(`“${'3'.repeat(MAX_ECHOED_CHARACTERS)}”`);
    expect(echoedInput('3'.repeat(100_000))).toBe(`“${'3'.repeat(MAX_ECHOED_CHARACTERS)}…”（共100000个字符）`);
  });

  it('counts characters, not UTF-16 units, so a character outside the BMP is never cut in half', () => {
    const long = '𠀀'.repeat(MAX_ECHOED_CHARACTERS + 1);
    expect(echoedInput(long)).toBe(`“${'𠀀'.repeat(MAX_ECHOED_CHARACTERS)}…”（共${MAX_ECHOED_CHARACTERS + 1}个字符）`);
  });
});
