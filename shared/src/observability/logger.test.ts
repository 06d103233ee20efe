import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../process/configurationError.ts';
import { createLogger, logLevelFromEnvironment } from './logger.ts';

describe('YRD_LOG_LEVEL', () => {
  it('is info unless set, else the pino level named', () => {
    expect(logLevelFromEnvironment({})).toBe('info');
    expect(logLevelFromEnvironment({ YRD_LOG_LEVEL: '' })).toBe('info');
    expect(logLevelFromEnvironment({ YRD_LOG_LEVEL: 'debug' })).toBe('debug');
    expect(createLogger('test', { YRD_LOG_LEVEL: 'warn' }).level).toBe('warn');
  });

  it('is refused, naming the variable and the levels there are, when it names none', () => {
    const refused = 'YRD_LOG_LEVEL must be one of silent, fatal, error, warn, info, debug, trace, got "loud"';
    expect(() => logLevelFromEnvironment({ YRD_LOG_LEVEL: 'loud' })).toThrow(refused);
    expect(() => createLogger('test', { YRD_LOG_LEVEL: 'loud' })).toThrow(ConfigurationError);
    expect(() => createLogger('test', { YRD_LOG_LEVEL: 'INFO' })).toThrow(/^YRD_LOG_LEVEL must be one of/);
  });
});
