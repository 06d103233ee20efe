/**
 * Which of a member's signing keys signs when. A rotation made under a running member is a
 * schedule, not a switch: the new key is published at once and signs from `activatesAt` — time
 * for the hub to list it (and, on another host, for an administrator to carry its registration
 * there) before anyone meets it — while the key it replaces signs until then and counts for what
 * it signed until `retiredAt`, a handover later. Every process of the member reads the same
 * schedule from its key file and switches at the same instant, however late it read the file.
 */
export interface ScheduledKey {
  readonly kid: string;
  readonly createdAt: string;
  /** From when it signs; absent: from its creation. */
  readonly activatesAt?: string;
  /** Set once a newer key replaces it: it counts for nothing signed after this instant. */
  readonly retiredAt: string | null;
}

const activation = (key: ScheduledKey) => Date.parse(key.activatesAt ?? key.createdAt);

/** Whether the key may sign at `now`: active, and not retired. */
function signsAt(key: ScheduledKey, now: number): boolean {
  return activation(key) <= now && (key.retiredAt === null || Date.parse(key.retiredAt) > now);
}

/** The key that signs at `now`: the newest one active and not retired (keys are listed newest first). */
export function signingKeyAt<K extends ScheduledKey>(keys: readonly K[], now: number): K | undefined {
  return keys.find((key) => signsAt(key, now));
}

/** The next instant after `now` at which the choice may change (a key activating or retiring), or undefined. */
export function nextChangeAfter(keys: readonly ScheduledKey[], now: number): number | undefined {
  const instants = keys.flatMap((key) => [activation(key), key.retiredAt === null ? Number.NaN : Date.parse(key.retiredAt)]).filter((instant) => instant > now);
  return instants.length > 0 ? Math.min(...instants) : undefined;
}

/** Whether the key has not yet begun to sign. */
export function isPending(key: ScheduledKey, now: number): boolean {
  return activation(key) > now;
}

/** The instants from `now` on at which the choice may change, in order, `now` first. */
function changePoints(keys: readonly ScheduledKey[], now: number): number[] {
  const points = [now];
  for (let next = nextChangeAfter(keys, now); next !== undefined; next = nextChangeAfter(keys, next)) points.push(next);
  return points;
}

/** The first instant from `now` on at which no key signs, or undefined: the schedule has none. */
export function firstGap(keys: readonly ScheduledKey[], now: number): number | undefined {
  return changePoints(keys, now).find((instant) => !signingKeyAt(keys, instant));
}

/**
 * The schedule with its gaps from `now` on closed — after a key that was yet to sign is removed
 * (revoked): the key signing until a gap goes on signing until the next key activates, counting
 * `handoverMs` after it, or for good when none follows. A gap at `now` itself is not closed here.
 */
export function withoutGaps<K extends ScheduledKey>(keys: readonly K[], now: number, handoverMs: number): K[] {
  let schedule = [...keys];
  // Each pass pushes one key's retirement later (or drops it): as many passes as keys suffice.
  for (let pass = 0, gap = firstGap(schedule, now); pass <= keys.length && gap !== undefined && gap > now; pass++, gap = firstGap(schedule, now)) {
    const until = gap;
    const last = signingKeyAt(schedule, until - 1);
    if (!last) break;
    const nextActivation = schedule.map(activation).filter((instant) => instant > until).sort((a, b) => a - b)[0];
    const retiredAt = nextActivation === undefined ? null : new Date(nextActivation + handoverMs).toISOString();
    schedule = schedule.map((key) => (key.kid === last.kid ? { ...key, retiredAt } : key));
  }
  return schedule;
}
