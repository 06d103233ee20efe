import { describe, expect, it } from 'vitest';
import { supervisionMessage } from './supervisionMessage.ts';

describe('what npm start prints about a crashed process', () => {
  it('says what happened, when it restarts, and where it is back (in the launcher’s URL list format)', () => {
    expect(supervisionMessage({ type: 'exited', name: 'anhui', how: 'SIGKILL', attempt: 1, maxAttempts: 5, restartInMs: 1_000 })).toBe(
      'anhui exited unexpectedly (SIGKILL); restarting it in 1 s (attempt 1 of 5) …',
    );
    expect(
      supervisionMessage({ type: 'restart-failed', name: 'anhui', reason: 'anhui exited (code 1) before it was ready:', attempt: 2, maxAttempts: 5, restartInMs: 2_000 }),
    ).toBe('anhui did not come back (anhui exited (code 1) before it was ready); restarting it in 2 s (attempt 2 of 5) …');
    expect(supervisionMessage({ type: 'restarted', name: 'anhui', url: 'http://127.0.0.1:4104/graphql' })).toBe('anhui is back:\n  anhui     http://127.0.0.1:4104/graphql');
    expect(supervisionMessage({ type: 'gave-up', name: 'anhui', attempts: 5, reason: 'code 1' })).toBe('anhui keeps exiting (code 1) after 5 restarts; stopping the federation.');
  });
});
