import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './configurationError.ts';
import { parseWholeNumber, TIMER_MAX_MS, TIMER_MAX_SECONDS, wholeNumberVariable } from './wholeNumberVariable.ts';

describe('a whole-number setting', () => {
  it('is the fallback when unset or empty, else the value', () => {
    expect(wholeNumberVariable({}, 'YRD_X', 7, 1)).toBe(7);
    expect(wholeNumberVariable({ YRD_X: '' }, 'YRD_X', 7, 1)).toBe(7);
    expect(wholeNumberVariable({ YRD_X: '12' }, 'YRD_X', 7, 1, 12)).toBe(12);
  });

  it('stops the process on a value that is not a whole number, or outside its range, naming the variable', () => {
    expect(() => wholeNumberVariable({ YRD_X: '1.5' }, 'YRD_X', 7, 1)).toThrow('YRD_X must be a whole number ≥ 1, got "1.5"');
    expect(() => wholeNumberVariable({ YRD_X: '0' }, 'YRD_X', 7, 1)).toThrow(RangeError);
    expect(() => wholeNumberVariable({ YRD_X: '13' }, 'YRD_X', 7, 1, 12)).toThrow('YRD_X must be a whole number from 1 to 12, got "13"');
  });

  it('is decimal digits only: no hexadecimal, exponent, sign, spaces or fraction', () => {
    for (const raw of ['0x10', '1e3', ' 5 ', '5 ', '+5', '-0', '5.0', '٥', '1_000', 'Infinity']) {
      expect(() => wholeNumberVariable({ YRD_X: raw }, 'YRD_X', 7, 0), raw).toThrow(ConfigurationError);
    }
    expect(wholeNumberVariable({ YRD_X: '0010' }, 'YRD_X', 7, 0)).toBe(10);
    expect(() => wholeNumberVariable({ YRD_X: '9007199254740993' }, 'YRD_X', 7, 0)).toThrow('YRD_X must be a whole number ≥ 0, got "9007199254740993"');
  });

  it('refuses a duration longer than a timer can wait, which Node would turn into 1 ms, naming the maximum', () => {
    expect(wholeNumberVariable({ YRD_POLL_MS: String(TIMER_MAX_MS) }, 'YRD_POLL_MS', 7, 100)).toBe(2_147_483_647);
    expect(() => wholeNumberVariable({ YRD_POLL_MS: '3000000000' }, 'YRD_POLL_MS', 7, 100)).toThrow(
      'YRD_POLL_MS must be a whole number from 100 to 2147483647 (the longest a timer can wait), got "3000000000"',
    );
    // Not even a caller's own maximum lifts it.
    expect(() => wholeNumberVariable({ YRD_POLL_MS: '3000000000' }, 'YRD_POLL_MS', 7, 0, Number.MAX_SAFE_INTEGER)).toThrow(/from 0 to 2147483647/);
    expect(wholeNumberVariable({ YRD_SWEEP_SECONDS: String(TIMER_MAX_SECONDS) }, 'YRD_SWEEP_SECONDS', 60, 1)).toBe(2_147_483);
    expect(() => wholeNumberVariable({ YRD_SWEEP_SECONDS: '3000000' }, 'YRD_SWEEP_SECONDS', 60, 1)).toThrow(
      'YRD_SWEEP_SECONDS must be a whole number from 1 to 2147483 (the longest a timer can wait), got "3000000"',
    );
    // A lifetime in seconds with a maximum of its own (compared with clocks, never a timer's wait) keeps it.
    expect(wholeNumberVariable({ YRD_LIFE_SECONDS: '2592000' }, 'YRD_LIFE_SECONDS', 60, 1, 2_592_000)).toBe(2_592_000);
  });

  it('keeps the settings every process reads within what their timers take', () => {
    const env = {
      YRD_SUBGRAPH_POLL_MS: '3000000000',
      YRD_SUBGRAPH_TIMEOUT_MS: '3000000000',
      YRD_SUBGRAPH_RETRY_BACKOFF_MS: '3000000000',
      YRD_BREAKER_COOLDOWN_MS: '3000000000',
      YRD_DEADLINE_SWEEP_SECONDS: '3000000',
      YRD_EVIDENCE_REQUEST_SECONDS: '9007199254740991',
    };
    for (const name of Object.keys(env)) expect(() => wholeNumberVariable(env, name, 1, 0), name).toThrow(new RegExp(`^${name} must be a whole number from 0 to \\d+`));
  });
});

describe('a whole number', () => {
  it('is read from decimal digits alone', () => {
    expect(parseWholeNumber('4000')).toBe(4000);
    expect(parseWholeNumber('0')).toBe(0);
    for (const raw of ['', ' 1', '0x10', '1e3', '1.0', '-1', '99999999999999999999']) expect(parseWholeNumber(raw), raw).toBeUndefined();
  });
});
