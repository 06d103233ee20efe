import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './configurationError.ts';
import { gatewayPort, opsListener, subgraphPort } from './serviceEnvironment.ts';

describe('a port setting', () => {
  it('is its default when unset or empty, else the number written', () => {
    expect(gatewayPort({})).toBe(4000);
    expect(gatewayPort({ PORT: '' })).toBe(4000);
    expect(gatewayPort({ PORT: '6000' })).toBe(6000);
    expect(subgraphPort('anhui', { YRD_ANHUI_PORT: '0' })).toBe(0);
    expect(opsListener({ YRD_OPS_PORT: '9464' })).toEqual({ host: '127.0.0.1', port: 9464 });
  });

  it('is refused, naming the variable, when it is no port number written in decimal digits', () => {
    for (const raw of ['99999', '0x1f90', '4e3', ' 4000', '4000.0', '-1']) {
      expect(() => gatewayPort({ PORT: raw }), raw).toThrow(ConfigurationError);
    }
    expect(() => gatewayPort({ PORT: '0x1f90' })).toThrow('PORT must be a port number 0–65535, got "0x1f90"');
    expect(() => subgraphPort('jiangsu', { YRD_JIANGSU_PORT: '1e3' })).toThrow('YRD_JIANGSU_PORT must be a port number 0–65535, got "1e3"');
    expect(() => opsListener({ YRD_OPS_PORT: ' 9464' })).toThrow(/^YRD_OPS_PORT must be a port number/);
  });
});
