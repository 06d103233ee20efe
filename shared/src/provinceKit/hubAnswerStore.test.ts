import { describe, expect, it } from 'vitest';
import { SqliteHubAnswerStore } from './hubAnswerStore.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';

describe("the hub's answers kept in the province's database", () => {
  it('gives back the last answer to a question received after the time asked, and none older', () => {
    const db = openProvinceDatabase(':memory:');
    const store = new SqliteHubAnswerStore(db, 1_000, () => 10_000);
    store.save('item:1', { value: { code: '1', name: '旧' }, receivedAt: 5_000 });
    store.save('item:1', { value: { code: '1', name: '新' }, receivedAt: 6_000 });
    expect(store.load('item:1', 5_500)).toEqual({ value: { code: '1', name: '新' }, receivedAt: 6_000 });
    expect(store.load('item:1', 6_000)).toBeUndefined();
    expect(store.load('item:2', 0)).toBeUndefined();
  });

  it('clears away answers too old to be of use, and reads a row it cannot parse as none', () => {
    const db = openProvinceDatabase(':memory:');
    let now = 10_000;
    const store = new SqliteHubAnswerStore(db, 1_000, () => now);
    store.save('item:old', { value: 1, receivedAt: 8_000 });
    db.prepare("INSERT INTO hub_answer (question, answer, received_at) VALUES ('item:broken', '{not json', 9_500)").run();
    expect(store.load('item:broken', 0)).toBeUndefined();
    // The next save an hour on prunes what is older than its keeping time.
    now += 60 * 60_000;
    store.save('item:new', { value: 2, receivedAt: now });
    const left = (db.prepare('SELECT question FROM hub_answer ORDER BY question').all() as { question: string }[]).map((row) => row.question);
    expect(left).toEqual(['item:new']);
  });
});
