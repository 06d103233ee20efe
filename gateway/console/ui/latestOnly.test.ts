import { describe, expect, it } from 'vitest';
import { latestOnly } from './latestOnly.ts';

/** A read whose answer arrives when the test says. */
function controlledReads() {
  const pending: ((value: string) => void)[] = [];
  let next = 0;
  const read = () => {
    const label = `read ${++next}`;
    return new Promise<string>((resolve) => pending.push(() => resolve(label)));
  };
  return { read, answer: (index: number) => pending[index]?.('') };
}

describe('latestOnly', () => {
  it('never draws an answer overtaken by a later call, and its caller waits for the later one', async () => {
    const drawn: string[] = [];
    const { read, answer } = controlledReads();
    const step = latestOnly(read, (value) => drawn.push(value));
    let firstSettled = false;
    const first = step().then(() => (firstSettled = true));
    const second = step();
    answer(1); // the later read answers first
    await second;
    expect(drawn).toEqual(['read 2']);
    answer(0); // the older answer arrives last: not drawn over the newer one
    await first;
    expect(firstSettled).toBe(true);
    expect(drawn).toEqual(['read 2']);
  });

  it('draws every call that is the latest when it answers', async () => {
    const drawn: string[] = [];
    const { read, answer } = controlledReads();
    const step = latestOnly(read, (value) => drawn.push(value));
    const first = step();
    answer(0);
    await first;
    const second = step();
    answer(1);
    await second;
    expect(drawn).toEqual(['read 1', 'read 2']);
  });

  it('lets an older caller wait until the newest answer is drawn', async () => {
    const drawn: string[] = [];
    const { read, answer } = controlledReads();
    const step = latestOnly(read, (value) => drawn.push(value));
    const first = step();
    step();
    answer(0);
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false); // the newer read has not answered yet
    answer(1);
    await first;
    expect(drawn).toEqual(['read 2']);
  });
});
