import { describe, expect, it, vi } from 'vitest';
import { requireRegion } from '../regions/regionRegistry.ts';
import { NativeRecordError } from './nativeFormat.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { createRecordReader } from './recordReader.ts';

/** An Anhui registration whose legal representative's number is an old 15-digit one the adapter refuses. */
const LEGACY_NUMBER = '340104650312101';
const config = {
  region: requireRegion('ANHUI'),
  nativeFormat: {
    decode: () => {
      throw new NativeRecordError('ANHUI', 'BUSINESS_REGISTRATION', 'FDDBRSFZHM', `"${LEGACY_NUMBER}" is not a resident identity number`);
    },
  },
  holdingAuthorities: {},
} as unknown as ProvinceConfig;

describe('reading a stored native record', () => {
  it('tells the caller and the log the record and the field that cannot be read, never the value', () => {
    const logger = { error: vi.fn() };
    const read = createRecordReader(config, logger);
    let thrown: unknown;
    try {
      read({ recordId: 'AH-BR-1', subjectId: '91340100MA2N0LXK8U', kind: 'BUSINESS_REGISTRATION', payload: '<x/>' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ extensions: { code: 'NATIVE_RECORD_INVALID', region: 'ANHUI', recordId: 'AH-BR-1', field: 'FDDBRSFZHM' } });
    expect(JSON.stringify(thrown)).not.toContain(LEGACY_NUMBER);
    expect((thrown as Error).message).not.toContain(LEGACY_NUMBER);
    expect((thrown as Error).message).toContain('字段 FDDBRSFZHM');
    expect(logger.error.mock.calls[0]?.[0]).toMatchObject({ recordId: 'AH-BR-1', kind: 'BUSINESS_REGISTRATION', field: 'FDDBRSFZHM' });
    expect(JSON.stringify(logger.error.mock.calls)).not.toContain(LEGACY_NUMBER);
  });
});
