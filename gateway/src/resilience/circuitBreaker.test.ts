import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from './circuitBreaker.ts';

function breaker() {
  let now = 1_000;
  const changes: BreakerState[] = [];
  const subject = new CircuitBreaker('anhui', { failureThreshold: 3, cooldownMs: 500 }, (_, state) => changes.push(state), () => now);
  return { subject, changes, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after the threshold of failures in a row, not before, and a success resets the count', () => {
    const { subject, changes } = breaker();
    subject.failed(subject.acquire());
    subject.failed(subject.acquire());
    subject.succeeded(subject.acquire());
    subject.failed(subject.acquire());
    subject.failed(subject.acquire());
    expect(subject.state).toBe('CLOSED');
    subject.failed(subject.acquire());
    expect(subject.state).toBe('OPEN');
    expect(subject.acquire()).toBe('REJECT');
    expect(changes).toEqual(['OPEN']);
  });

  it('lets one probe through after the cooldown; its success closes the breaker', () => {
    const { subject, changes, advance } = breaker();
    for (let i = 0; i < 3; i++) subject.failed(subject.acquire());
    expect(subject.retryAfterMs()).toBe(500);
    advance(499);
    expect(subject.acquire()).toBe('REJECT');
    advance(1);
    const probe = subject.acquire();
    expect(probe).toBe('PROBE');
    expect(subject.acquire()).toBe('REJECT');
    subject.succeeded(probe);
    expect(subject.state).toBe('CLOSED');
    expect(subject.acquire()).toBe('PASS');
    expect(changes).toEqual(['OPEN', 'HALF_OPEN', 'CLOSED']);
  });

  it('reopens for a full cooldown when the probe fails', () => {
    const { subject, advance } = breaker();
    for (let i = 0; i < 3; i++) subject.failed(subject.acquire());
    advance(500);
    subject.failed(subject.acquire());
    expect(subject.state).toBe('OPEN');
    expect(subject.retryAfterMs()).toBe(500);
    advance(500);
    expect(subject.acquire()).toBe('PROBE');
  });

  it('advises a rejected caller to wait at least 1 second, also while a half-open probe is in flight', () => {
    const { subject, advance } = breaker();
    expect(subject.retryAfterSeconds()).toBe(1);
    for (let i = 0; i < 3; i++) subject.failed(subject.acquire());
    expect(subject.retryAfterSeconds()).toBe(1); // 500 ms left
    advance(500);
    const probe = subject.acquire();
    expect(probe).toBe('PROBE');
    expect(subject.acquire()).toBe('REJECT');
    expect(subject.retryAfterMs()).toBe(0);
    expect(subject.retryAfterSeconds()).toBe(1);
    subject.failed(probe);
    expect(subject.retryAfterSeconds()).toBe(1);
    const long = new CircuitBreaker('anhui', { failureThreshold: 1, cooldownMs: 2_500 }, () => {}, () => 0);
    long.failed(long.acquire());
    expect(long.retryAfterSeconds()).toBe(3);
  });
});
