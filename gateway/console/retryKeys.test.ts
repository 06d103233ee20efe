import { describe, expect, it } from 'vitest';
import { RetryKeys } from './retryKeys.ts';

const lost = [{ message: '无法连接网关', extensions: { code: 'NETWORK' } }];
const refused = [{ message: '材料不齐', extensions: { code: 'BAD_USER_INPUT' } }];

describe('RetryKeys', () => {
  it('keeps an intent’s key while its answer may have been lost, and gives a new one once it was answered', () => {
    const keys = new RetryKeys();
    const first = keys.keyFor('open:JIANGSU:310118198804123021:ITEM:200047001000');
    keys.settle('open:JIANGSU:310118198804123021:ITEM:200047001000', lost, 'jiangsu');
    expect(keys.keyFor('open:JIANGSU:310118198804123021:ITEM:200047001000')).toBe(first);
    keys.settle('open:JIANGSU:310118198804123021:ITEM:200047001000', [], 'jiangsu');
    const next = keys.keyFor('open:JIANGSU:310118198804123021:ITEM:200047001000');
    expect(next).not.toBe(first);
    keys.settle('open:JIANGSU:310118198804123021:ITEM:200047001000', refused, 'jiangsu');
    expect(keys.keyFor('open:JIANGSU:310118198804123021:ITEM:200047001000')).not.toBe(next);
  });

  it('keeps intents apart; the filing province not answering counts as maybe applied, another province failing does not', () => {
    const keys = new RetryKeys();
    const a = keys.keyFor('submit:A');
    expect(keys.keyFor('submit:B')).not.toBe(a);
    keys.settle('submit:A', [{ message: '浙江省暂时无法访问', extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT', serviceName: 'zhejiang' } }], 'zhejiang');
    expect(keys.keyFor('submit:A')).toBe(a);
    keys.settle('submit:A', [{ message: '上海市暂时无法访问', extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT', serviceName: 'shanghai' } }], 'zhejiang');
    expect(keys.keyFor('submit:A')).not.toBe(a);
  });

  it('sends an attempt with the intent’s key and settles it by the answer', async () => {
    const keys = new RetryKeys();
    const sent: string[] = [];
    const send = (errors: typeof lost) => (key: string) => {
      sent.push(key);
      return Promise.resolve({ errors });
    };
    await keys.attempt('open:x', 'jiangsu', send(lost));
    await keys.attempt('open:x', 'jiangsu', send([]));
    await keys.attempt('open:x', 'jiangsu', send([]));
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[1]);
  });
});
