import { describe, expect, it } from 'vitest';
import { circuitOpenFailure, failureReasonOf, httpFailure, subgraphFailure } from './subgraphFailure.ts';

/** An error as Node's net and dns modules throw it: the address in the message and in properties. */
function systemError(message: string, properties: Record<string, unknown>): Error {
  return Object.assign(new Error(message), properties);
}

/** What a client is told: the message and the extensions, as Apollo Server serializes them. */
function told(cause: unknown, subgraph = 'anhui'): { text: string; message: string; extensions: Record<string, unknown> } {
  const { reason, detail } = failureReasonOf(cause);
  const error = subgraphFailure(subgraph, reason, detail, {}, cause);
  const json = error.toJSON();
  return { text: JSON.stringify(json), message: json.message, extensions: json.extensions ?? {} };
}

describe('failureReasonOf and subgraphFailure', () => {
  it('tell the client the error code of a refused connection, never the address and port', () => {
    const refused = systemError('connect ECONNREFUSED 10.0.3.7:4004', { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: '10.0.3.7', port: 4004 });
    const { text, message, extensions } = told(refused);
    expect(message).toBe('安徽省的服务暂时无法访问：无法连接（ECONNREFUSED）');
    expect(extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CONNECTION_FAILED', serviceName: 'anhui', region: 'ANHUI' });
    expect(text).not.toContain('10.0.3.7');
    expect(text).not.toContain('4004');
  });

  it('tell the client the error code of an unknown host, never the host name', () => {
    const unknownHost = systemError('getaddrinfo ENOTFOUND anhui.internal', { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: 'anhui.internal' });
    const { text, message } = told(unknownHost);
    expect(message).toBe('安徽省的服务暂时无法访问：无法连接（ENOTFOUND）');
    expect(text).not.toContain('anhui.internal');
  });

  it('find the code in a wrapped cause and in every address a connection tried', () => {
    const reset = systemError('read ECONNRESET 10.0.3.7:4004', { code: 'ECONNRESET' });
    expect(told(new TypeError('fetch failed', { cause: reset })).message).toMatch(/无法连接（ECONNRESET）$/);
    const everyAddress = new AggregateError(
      [systemError('connect ECONNREFUSED ::1:4004', { code: 'ECONNREFUSED' }), systemError('connect ETIMEDOUT 10.0.3.7:4004', { code: 'ETIMEDOUT' })],
      'connect failed http://anhui.internal:4004/graphql',
    );
    const { text, message } = told(everyAddress);
    expect(message).toMatch(/无法连接（(ECONNREFUSED|ETIMEDOUT)）$/);
    expect(text).not.toMatch(/10\.0\.3\.7|::1|anhui\.internal|4004/);
  });

  it('say only "connection failed" when no cause has a code, and never a code that is not one', () => {
    expect(told(new Error('request to http://10.0.3.7:4004/graphql failed')).message).toBe('安徽省的服务暂时无法访问：无法连接（connection failed）');
    expect(told(systemError('odd', { code: 'http://10.0.3.7:4004' })).text).not.toContain('10.0.3.7');
  });

  it('name a timeout and a body that is not JSON by a fixed word', () => {
    const timeout = systemError('Headers Timeout Error (10.0.3.7:4004)', { code: 'UND_ERR_HEADERS_TIMEOUT' });
    expect(told(timeout)).toMatchObject({ message: '安徽省的服务暂时无法访问：响应超时（timeout）', extensions: { reason: 'TIMEOUT' } });
    expect(told(new SyntaxError('Unexpected token < in JSON at position 0'))).toMatchObject({ extensions: { reason: 'BAD_RESPONSE' } });
    expect(told(new SyntaxError('Unexpected token < in JSON at position 0')).message).toMatch(/（not a GraphQL response）$/);
  });

  it('name a body past the size limit BAD_RESPONSE by a fixed word, not a connection failure', () => {
    const tooLarge = systemError('Response content exceeded max size (10.0.3.7:4004)', { code: 'UND_ERR_RES_EXCEEDED_MAX_SIZE' });
    expect(told(tooLarge)).toMatchObject({ message: '安徽省的服务暂时无法访问：返回了无法识别的内容（response too large）', extensions: { reason: 'BAD_RESPONSE' } });
    expect(told(tooLarge).text).not.toContain('10.0.3.7');
  });

  it('name the province to the client in its words, never the subgraph or its service name, which stay in extensions', () => {
    const reasons = ['TIMEOUT', 'HTTP_ERROR', 'BAD_RESPONSE', 'CONNECTION_FAILED', 'CIRCUIT_OPEN'] as const;
    for (const subgraph of ['shanghai', 'jiangsu', 'zhejiang', 'anhui', 'catalog']) {
      for (const reason of reasons) {
        const { message, extensions } = subgraphFailure(subgraph, reason, 'timeout').toJSON();
        expect(message).not.toMatch(/子图|subgraph|熔断/i);
        expect(message).not.toContain(subgraph);
        expect(extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason, serviceName: subgraph });
      }
    }
    expect(subgraphFailure('zhejiang', 'CONNECTION_FAILED', 'ECONNREFUSED').toJSON()).toMatchObject({
      message: '浙江省的服务暂时无法访问：无法连接（ECONNREFUSED）',
      extensions: { region: 'ZHEJIANG', serviceName: 'zhejiang' },
    });
    expect(subgraphFailure('catalog', 'TIMEOUT', 'timeout').message).toBe('事项目录服务暂时无法访问：响应超时（timeout）');
  });

  it('keep the whole cause for the log, off what the client is told', () => {
    const refused = systemError('connect ECONNREFUSED 10.0.3.7:4004', { code: 'ECONNREFUSED' });
    const error = subgraphFailure('anhui', 'CONNECTION_FAILED', 'ECONNREFUSED', {}, refused);
    expect(error.originalError).toBe(refused);
    expect(JSON.stringify(error)).not.toContain('10.0.3.7');
  });
});

describe('httpFailure', () => {
  it('names the cause a member gave for its error status, in words, with its reason code', () => {
    const error = httpFailure('jiangsu', 503, 'TRUST_LIST_UNAVAILABLE', new Error('HTTP 503 (application/json): TRUST_LIST_UNAVAILABLE')).toJSON();
    expect(error.message).toBe('江苏省的服务暂时无法访问：返回错误（HTTP 503，无法核验网关的签名：未能从事项标准库取得有效的联盟成员信任列表）');
    expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', serviceName: 'jiangsu', region: 'JIANGSU', status: 503, subgraphReason: 'TRUST_LIST_UNAVAILABLE' });
  });

  it('says only the status for a reason that is not one of the members’ own, or none', () => {
    for (const stated of ['SOMETHING_A_PROXY_SAID', undefined]) {
      const error = httpFailure('anhui', 502, stated, new Error('HTTP 502')).toJSON();
      expect(error.message).toBe('安徽省的服务暂时无法访问：返回错误（HTTP 502）');
      expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'HTTP_ERROR', serviceName: 'anhui', region: 'ANHUI', status: 502 });
    }
  });
});

describe('circuitOpenFailure', () => {
  it('keeps saying why the subgraph could not answer while the breaker is open', () => {
    const error = circuitOpenFailure('jiangsu', 12, 'TRUST_LIST_UNAVAILABLE').toJSON();
    expect(error.message).toBe('江苏省的服务暂时无法访问：近期连续失败，暂停访问（约 12 秒后重试；无法核验网关的签名：未能从事项标准库取得有效的联盟成员信任列表）');
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CIRCUIT_OPEN', retryAfterSeconds: 12, subgraphReason: 'TRUST_LIST_UNAVAILABLE' });
    expect(circuitOpenFailure('jiangsu', 12, undefined).toJSON().extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'CIRCUIT_OPEN', serviceName: 'jiangsu', region: 'JIANGSU', retryAfterSeconds: 12 });
  });
});
