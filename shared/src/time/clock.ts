/** What a piece of the product takes as "now"; passed in where tests must be able to set it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that read `start` when it was made and runs on from there at the system clock's pace. */
export function clockStartingAt(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
