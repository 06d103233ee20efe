import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import anhuiProvince from '@yrd/anhui';
import jiangsuProvince from '@yrd/jiangsu';
import shanghaiProvince from '@yrd/shanghai';
import zhejiangProvince from '@yrd/zhejiang';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import { createRecordReader } from '@yrd/shared/provinceKit/recordReader';
import type { StandardRecord } from '@yrd/shared/standard/standardRecord';
import { anhuiNativeFormat } from '@yrd/anhui/native/anhuiNativeFormat';
import { ANHUI_SAMPLES } from '@yrd/anhui/native/samples/anhuiSamples';
import { jiangsuNativeFormat } from '@yrd/jiangsu/native/jiangsuNativeFormat';
import { JIANGSU_SAMPLES } from '@yrd/jiangsu/native/samples/jiangsuSamples';
import { shanghaiNativeFormat } from '@yrd/shanghai/native/shanghaiNativeFormat';
import { SHANGHAI_SAMPLES } from '@yrd/shanghai/native/samples/shanghaiSamples';
import { zhejiangNativeFormat } from '@yrd/zhejiang/native/zhejiangNativeFormat';
import { ZHEJIANG_SAMPLES } from '@yrd/zhejiang/native/samples/zhejiangSamples';
import { SAMPLE_RECORDS } from '@yrd/shared/fixtures/sampleRecords';
import { NATIVE_EVIDENCE_KIND_VALUES } from '@yrd/shared/standard/evidenceKinds';

const provinces = {
  SHANGHAI: { format: shanghaiNativeFormat, samples: SHANGHAI_SAMPLES },
  JIANGSU: { format: jiangsuNativeFormat, samples: JIANGSU_SAMPLES },
  ZHEJIANG: { format: zhejiangNativeFormat, samples: ZHEJIANG_SAMPLES },
  ANHUI: { format: anhuiNativeFormat, samples: ANHUI_SAMPLES },
};

describe('the same records in four native formats', () => {
  it('are four genuinely different formats', () => {
    const firstPayloads = Object.values(provinces).map(({ samples }) => samples[0]?.payload ?? '');
    expect(firstPayloads[0]?.trimStart().startsWith('{')).toBe(true); // Shanghai: JSON, camelCase
    expect(firstPayloads[1]?.includes(',')).toBe(true); // Jiangsu: CSV
    expect(firstPayloads[1]?.trimStart().startsWith('{')).toBe(false);
    expect(firstPayloads[2]?.trimStart().startsWith('{')).toBe(true); // Zhejiang: JSON, snake_case, epoch millis
    expect(firstPayloads[3]?.trimStart().startsWith('<')).toBe(true); // Anhui: XML
    expect(new Set(firstPayloads).size).toBe(4);
  });

  for (const kind of NATIVE_EVIDENCE_KIND_VALUES) {
    it(`normalise to one identical standard record: ${kind}`, () => {
      const normalised = Object.entries(provinces).map(([region, { format, samples }]) => {
        const sample = samples.find((s) => s.kind === kind);
        expect(sample, `${region} has a ${kind} sample`).toBeDefined();
        return format.decode(kind, sample?.payload ?? '');
      });
      const expected = SAMPLE_RECORDS.find((record) => record.kind === kind);
      for (const record of normalised) expect(record).toEqual(expected);
    });
  }
});

describe('a field the adapter does not know, in the four native formats', () => {
  /**
   * One field added to an encoded record in each province's own way, and the field its adapter
   * names in the error. Jiangsu's CSV line has no header, so an extra column can only be told by
   * the count of fields, and the error is about the payload as a whole.
   */
  const withUnknownField = {
    SHANGHAI: { field: 'licenceRevoked', add: (payload: string) => JSON.stringify({ ...(JSON.parse(payload) as object), licenceRevoked: true }) },
    JIANGSU: { field: 'payload', add: (payload: string) => `${payload},1` },
    ZHEJIANG: { field: 'is_licence_revoked', add: (payload: string) => JSON.stringify({ ...(JSON.parse(payload) as object), is_licence_revoked: 1 }) },
    ANHUI: { field: 'DXBZ', add: (payload: string) => payload.replace('</JL>', '<DXBZ>1</DXBZ></JL>') },
  };

  it('makes every kind of record unreadable in every province, naming the field where the format can', () => {
    for (const [region, { format }] of Object.entries(provinces)) {
      const { field, add } = withUnknownField[region as keyof typeof withUnknownField];
      for (const record of SAMPLE_RECORDS) {
        const payload = format.encode(record);
        expect(format.decode(record.kind, payload), `${region} ${record.kind} as encoded`).toEqual(record);
        let thrown: unknown;
        try {
          format.decode(record.kind, add(payload));
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${region} ${record.kind} with a field added`).toBeInstanceOf(NativeRecordError);
        expect(thrown).toMatchObject({ region, kind: record.kind, field });
      }
    }
  });
});

describe('division codes in the four native formats', () => {
  const household = SAMPLE_RECORDS.find((record) => record.kind === 'HOUSEHOLD_REGISTRATION') as StandardRecord<'HOUSEHOLD_REGISTRATION'>;
  const withDivision = (divisionCode: string): StandardRecord<'HOUSEHOLD_REGISTRATION'> => ({ ...household, content: { ...household.content, divisionCode } });
  const readers = [
    { province: shanghaiProvince, field: 'censusDivisionCode' },
    { province: jiangsuProvince, field: 'hjxzqh' },
    { province: zhejiangProvince, field: 'area_code' },
    { province: anhuiProvince, field: 'XZQHDM' },
  ];

  it.each(readers.map(({ province, field }) => [province.region.code, province, field] as const))(
    '%s reads a retired place of registration as the current code, and refuses an unknown one naming the record and the field',
    (_region, province, field) => {
      const read = createRecordReader(province);
      const row = (divisionCode: string) => ({ recordId: household.recordId, subjectId: household.subjectId, kind: household.kind, payload: province.nativeFormat.encode(withDivision(divisionCode)) });
      expect(read(row('310108')).content).toMatchObject({ divisionCode: '310106' });
      let thrown: unknown;
      try {
        read(row('999999'));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GraphQLError);
      expect((thrown as GraphQLError).extensions).toMatchObject({ code: 'NATIVE_RECORD_INVALID', region: province.region.code, recordId: household.recordId, field });
    },
  );
});
