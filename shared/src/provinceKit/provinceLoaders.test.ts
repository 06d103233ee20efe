import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { SAMPLE_RECORDS } from '../fixtures/sampleRecords.ts';
import { requireRegion } from '../regions/regionRegistry.ts';
import { EVIDENCE_KIND_VALUES } from '../standard/evidenceKinds.ts';
import type { NativeRecord } from '../standard/standardRecord.ts';
import { NativeRecordError, type NativeFormat } from './nativeFormat.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import { createProvinceLoaders } from './provinceLoaders.ts';
import type { ProvinceServices } from './provinceServices.ts';
import { ANONYMOUS } from '../identity/caller.ts';
import { openProvinceDatabase } from './provinceDatabase.ts';
import { ProvinceStore } from './provinceStore.ts';
import { CaseStore } from './caseStore.ts';
import { createRecordReader } from './recordReader.ts';

/** A stand-in native format for testing the kit: the standard record as JSON. */
const jsonFormat: NativeFormat = {
  description: 'test JSON',
  encode: (record) => JSON.stringify(record),
  decode: (kind, payload) => {
    const record = JSON.parse(payload) as NativeRecord;
    if (record.kind !== kind) throw new NativeRecordError('TEST', kind, 'kind', `is ${record.kind}`);
    return record;
  },
};

const config: ProvinceConfig = {
  region: requireRegion('SHANGHAI'),
  nativeFormat: jsonFormat,
  holdingAuthorities: Object.fromEntries(EVIDENCE_KIND_VALUES.map((kind) => [kind, `authority of ${kind}`])) as ProvinceConfig['holdingAuthorities'],
  implementations: [],
  negativeListNotes: [],
};

const records = SAMPLE_RECORDS as readonly NativeRecord[];

function seededStore(extra: { recordId: string; subjectId: string; kind: NativeRecord['kind']; payload: string }[] = []): ProvinceStore & { cases: CaseStore } {
  const db = openProvinceDatabase(':memory:');
  const store = Object.assign(new ProvinceStore(db), { cases: new CaseStore(db, config.region) });
  store.insertAll(
    [...records.map((record) => ({ recordId: record.recordId, subjectId: record.subjectId, kind: record.kind, payload: jsonFormat.encode(record) })), ...extra],
    { scale: 'test' },
  );
  return store;
}

/** Loaders over a store; the record loader needs nothing else of the province's services. */
function loadersOver(store: ProvinceStore & { cases: CaseStore }) {
  const services = { config, records: store, cases: store.cases, read: createRecordReader(config) } as unknown as ProvinceServices;
  return createProvinceLoaders(services, ANONYMOUS);
}

describe('province loaders', () => {
  it('reads all the subjects of one request with one store query, each subject once', async () => {
    const store = seededStore();
    const spy = vi.spyOn(store, 'rowsForSubjects');
    const loaders = loadersOver(store);
    const person = SAMPLE_RECORDS[0].subjectId;
    const enterprise = SAMPLE_RECORDS[4].subjectId;
    const [a, b, c, nobody] = await Promise.all([
      loaders.recordsBySubject.load(person),
      loaders.recordsBySubject.load(enterprise),
      loaders.recordsBySubject.load(person),
      loaders.recordsBySubject.load('11010519491231002X'),
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toEqual([person, enterprise, '11010519491231002X']);
    expect(a?.map((r) => r.kind).sort()).toEqual(['HOUSEHOLD_REGISTRATION', 'MARRIAGE', 'PROVIDENT_FUND', 'SOCIAL_INSURANCE']);
    expect(b?.map((r) => r.kind).sort()).toEqual(['BUSINESS_REGISTRATION', 'CREDIT_RECORD', 'TAX']);
    expect(c).toBe(a);
    expect(nobody).toEqual([]);
    expect(a?.[0]).toMatchObject({ region: 'SHANGHAI', holdingAuthority: `authority of ${a?.[0]?.kind}` });
  });

  it('fails only the subject whose stored record cannot be read, naming the record', async () => {
    const broken = { recordId: 'BROKEN-1', subjectId: '11010519491231002X', kind: 'MARRIAGE' as const, payload: '{"kind":"TAX"}' };
    const loaders = loadersOver(seededStore([broken]));
    const [good, bad] = await Promise.allSettled([
      loaders.recordsBySubject.load(SAMPLE_RECORDS[0].subjectId),
      loaders.recordsBySubject.load(broken.subjectId),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    const error = (bad as PromiseRejectedResult).reason as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'NATIVE_RECORD_INVALID', region: 'SHANGHAI', recordId: 'BROKEN-1' });
  });

  it('refuses a record filed under another subject than it contains', () => {
    const read = createRecordReader(config);
    const record = records[1] as NativeRecord;
    expect(() => read({ recordId: record.recordId, subjectId: '11010519491231002X', kind: record.kind, payload: jsonFormat.encode(record) })).toThrow(
      /filed under another subject or kind/,
    );
  });
});
