import { describe, expect, it } from 'vitest';
import { stripInternalExtensions } from './forwardedErrors.ts';

describe('stripInternalExtensions', () => {
  it("removes a subgraph's stack traces and exception details, whole", () => {
    const errors = [
      {
        message: 'boom',
        path: ['_entities', 0],
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          exception: { stacktrace: ['Error: boom', '    at resolve (/srv/anhui/src/records.ts:42:7)'], host: '10.0.3.7' },
          stacktrace: ['Error: boom', '    at /srv/anhui/src/records.ts:42:7'],
          http: { status: 500 },
        },
      },
    ];
    stripInternalExtensions(errors);
    expect(errors).toEqual([{ message: 'boom', path: ['_entities', 0], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it("keeps the product's own extensions, whatever their names, and leaves errors without internal ones as they are", () => {
    const refusal = { message: '只能查看本人（本企业）的办件', extensions: { code: 'FORBIDDEN', reason: 'NOT_THE_SUBJECT', field: 'decision' } };
    const invalid = { message: '原始记录无效', extensions: { code: 'NATIVE_RECORD_INVALID', region: 'ANHUI', recordId: 'AH-BR-1', field: 'FDDBRSFZHM' } };
    const limited = { message: '请 3 秒后再试', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3, reason: 'TOO_MANY_REFUSALS' } };
    const tooMany = { message: '一次最多查询 20 个主体', extensions: { code: 'BAD_USER_INPUT', field: 'ids', reason: 'TOO_MANY', max: 20 } };
    const unavailable = { message: '目录暂时无法访问', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalog', reason: 'TIMEOUT' } };
    const plain = { message: 'no extensions' };
    const errors = [refusal, invalid, limited, tooMany, unavailable, plain];
    const before = structuredClone(errors);
    stripInternalExtensions(errors);
    expect(errors).toEqual(before);
    expect(errors[0]).toBe(refusal);
    expect((errors[0] as typeof refusal).extensions).toBe(refusal.extensions);
  });

  it('leaves anything that is not a list of errors alone', () => {
    expect(() => stripInternalExtensions(undefined)).not.toThrow();
    expect(() => stripInternalExtensions({ message: 'x' })).not.toThrow();
    expect(() => stripInternalExtensions([null, 'x', { message: 'x', extensions: null }])).not.toThrow();
  });
});
