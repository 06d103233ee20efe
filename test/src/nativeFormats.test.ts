import { describe, expect, it } from 'vitest';
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
