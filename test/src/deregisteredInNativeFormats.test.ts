import { describe, expect, it } from 'vitest';
import { anhuiNativeFormat } from '@yrd/anhui/native/anhuiNativeFormat';
import { jiangsuNativeFormat } from '@yrd/jiangsu/native/jiangsuNativeFormat';
import { shanghaiNativeFormat } from '@yrd/shanghai/native/shanghaiNativeFormat';
import { zhejiangNativeFormat } from '@yrd/zhejiang/native/zhejiangNativeFormat';
import { SAMPLE_RECORDS } from '@yrd/shared/fixtures/sampleRecords';
import { recordDeregistration } from '@yrd/shared/provinceKit/deregistration';
import { openProvinceDatabase } from '@yrd/shared/provinceKit/provinceDatabase';
import { ProvinceStore } from '@yrd/shared/provinceKit/provinceStore';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';
import type { StandardRecord } from '@yrd/shared/standard/standardRecord';

/**
 * A deregistration written by each province into its own registration system, in its native
 * format (上海 entState DEREGISTERED, 江苏 djzt 注销, 浙江 ent_status 3, 安徽 DJZT 3), reads back
 * as the standard's 注销 (CANCELLED), dated the day of the decision, every other field unchanged.
 */
const registration = SAMPLE_RECORDS.find((record) => record.kind === 'BUSINESS_REGISTRATION') as StandardRecord<'BUSINESS_REGISTRATION'>;
const formats = { SHANGHAI: shanghaiNativeFormat, JIANGSU: jiangsuNativeFormat, ZHEJIANG: zhejiangNativeFormat, ANHUI: anhuiNativeFormat };

describe('a deregistration in the four native formats', () => {
  for (const [code, nativeFormat] of Object.entries(formats)) {
    it(`${code}: the registration reads 注销 from the decision day`, () => {
      const records = new ProvinceStore(openProvinceDatabase(':memory:'));
      records.insert({ recordId: registration.recordId, subjectId: registration.subjectId, kind: 'BUSINESS_REGISTRATION', payload: nativeFormat.encode(registration) });
      const written = recordDeregistration({ id: '3320261127000001', subjectId: registration.subjectId }, { records, config: { region: requireRegion(code), nativeFormat } }, '2026-11-27');
      expect(written).toEqual([registration.recordId]);
      const [row] = records.rowsForSubjects([registration.subjectId]);
      expect(nativeFormat.decode('BUSINESS_REGISTRATION', row?.payload ?? '')).toEqual({ ...registration, updatedOn: '2026-11-27', content: { ...registration.content, businessStatus: 'CANCELLED' } });
    });
  }
});
