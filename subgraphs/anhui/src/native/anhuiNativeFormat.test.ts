import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NativeRecordError } from '@yrd/shared/provinceKit/nativeFormat';
import type { NativeRecord } from '@yrd/shared/standard/standardRecord';
import { NATIVE_EVIDENCE_KIND_VALUES, type NativeEvidenceKind, type SubjectKind } from '@yrd/shared/standard/evidenceKinds';
import { SAMPLE_RECORDS } from '@yrd/shared/fixtures/sampleRecords';
import { standardRecord, standardRecordOf } from '@yrd/shared/fixtures/recordArbitraries';
import { allDigitCreditCodes, foreignPermanentResidentNumberValidAsBoth, numberValidAsBoth } from '@yrd/shared/fixtures/ambiguousIdentifiers';
import { subjectKindOf } from '@yrd/shared/standard/recordSubjectKind';
import { anhuiNativeFormat } from './anhuiNativeFormat.ts';
import { ANHUI_SAMPLES } from './samples/anhuiSamples.ts';

const { encode, decode } = anhuiNativeFormat;

function sample(kind: NativeEvidenceKind): string {
  const found = ANHUI_SAMPLES.find((entry) => entry.kind === kind);
  if (!found) throw new Error(`no sample of ${kind}`);
  return found.payload;
}

function expected(kind: NativeEvidenceKind): NativeRecord {
  const found = SAMPLE_RECORDS.find((record) => record.kind === kind);
  if (!found) throw new Error(`no SAMPLE_RECORD of ${kind}`);
  return found;
}

/** The sample of `kind` with `from` replaced by `to` (which must occur). */
function edited(kind: NativeEvidenceKind, from: string, to: string): string {
  const payload = sample(kind);
  if (!payload.includes(from)) throw new Error(`sample ${kind} has no ${from}`);
  return payload.replace(from, to);
}

/** Runs `run`, expecting a NativeRecordError about `field`; returns it. */
function nativeError(run: () => unknown, kind: NativeEvidenceKind, field: string): NativeRecordError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(NativeRecordError);
  const error = caught as NativeRecordError;
  expect(error.region).toBe('ANHUI');
  expect(error.kind).toBe(kind);
  expect(error.field).toBe(field);
  expect(error.message).toContain(`field ${field}:`);
  return error;
}

describe('anhuiNativeFormat samples', () => {
  it('has one hand-written sample per SAMPLE_RECORDS entry, in order', () => {
    expect(ANHUI_SAMPLES.map((entry) => entry.kind)).toEqual(SAMPLE_RECORDS.map((record) => record.kind));
  });

  it.each(ANHUI_SAMPLES.map((entry, index) => [entry.kind, entry.payload, index] as const))(
    'decodes the %s sample to its SAMPLE_RECORDS entry',
    (kind, payload, index) => {
      expect(decode(kind, payload)).toEqual(SAMPLE_RECORDS[index]);
    },
  );

  it.each(SAMPLE_RECORDS.map((record) => [record.kind, record] as const))('round-trips the %s sample record', (kind, record) => {
    expect(decode(kind, encode(record))).toEqual(record);
  });
});

describe('anhuiNativeFormat round trip', () => {
  it('decode(kind, encode(r)) equals r for every standard record', () => {
    fc.assert(
      fc.property(standardRecord, (record) => {
        expect(decode(record.kind, encode(record))).toEqual(record);
      }),
      { numRuns: 500 },
    );
  });

  it.each(SAMPLE_RECORDS.map((record) => record.kind))('round-trips every generated %s record', (kind) => {
    fc.assert(
      fc.property(standardRecordOf(kind), (record) => {
        expect(decode(kind, encode(record))).toEqual(record);
      }),
      { numRuns: 100 },
    );
  });

  it('writes one XML document per record with the record type, number and update date on <JL>', () => {
    const payload = encode(expected('PROVIDENT_FUND'));
    expect(payload.startsWith('<?xml version="1.0" encoding="UTF-8"?><JL LX="GJJ" BH="SAMPLE-PF-0001" GXSJ="2026/11/10">')).toBe(true);
    expect(payload).toContain('<ZHZT DM="1">正常</ZHZT>');
    expect(payload).toContain('<YJCE>2580.00</YJCE>');
    expect(payload).toContain('<MCJCNY>2026/10</MCJCNY>');
  });
});

describe('anhuiNativeFormat malformed payloads', () => {
  it('rejects a missing required element, naming it', () => {
    nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '<XM>顾晓梅</XM>', '')), 'PROVIDENT_FUND', 'XM');
    nativeError(() => decode('TAX', edited('TAX', '<NSND>2025</NSND>', '')), 'TAX', 'NSND');
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<LJJFYS>196</LJJFYS>', '')), 'SOCIAL_INSURANCE', 'LJJFYS');
  });

  it('rejects a missing subject, record number or update date', () => {
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<SFZHM>310118198804123021</SFZHM>', '')), 'MARRIAGE', 'SFZHM');
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', ' BH="SAMPLE-MR-0001"', '')), 'MARRIAGE', 'BH');
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', ' GXSJ="2015/10/08"', '')), 'MARRIAGE', 'GXSJ');
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', 'BH="SAMPLE-MR-0001"', 'BH=" "')), 'MARRIAGE', 'BH');
  });

  it('rejects bad dates and months', () => {
    const error = nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '2010/08/01', '2019/02/30')), 'PROVIDENT_FUND', 'KHRQ');
    expect(error.message).toContain('2019/02/30');
    nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '2010/08/01', '2010-08-01')), 'PROVIDENT_FUND', 'KHRQ');
    nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '2010/08/01', '2010/8/1')), 'PROVIDENT_FUND', 'KHRQ');
    nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', 'GXSJ="2026/11/10"', 'GXSJ="2026/13/10"')), 'PROVIDENT_FUND', 'GXSJ');
    nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '<MCJCNY>2026/10</MCJCNY>', '<MCJCNY>2026/13</MCJCNY>')), 'PROVIDENT_FUND', 'MCJCNY');
    nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '<MCJCNY>2026/10</MCJCNY>', '<MCJCNY>2026/10/01</MCJCNY>')), 'PROVIDENT_FUND', 'MCJCNY');
  });

  it('rejects unknown status codes', () => {
    const error = nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '<ZHZT DM="1">正常</ZHZT>', '<ZHZT DM="9">正常</ZHZT>')), 'PROVIDENT_FUND', 'ZHZT');
    expect(error.message).toContain('unknown code DM="9"');
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<XZ DM="410">工伤保险</XZ>', '<XZ DM="999">工伤保险</XZ>')), 'SOCIAL_INSURANCE', 'CBXZ/XZ');
    nativeError(() => decode('TAX', edited('TAX', '<NSXYDJ DM="A">A级</NSXYDJ>', '<NSXYDJ DM="a">A级</NSXYDJ>')), 'TAX', 'NSXYDJ');
  });

  it('rejects a coded element without its DM code', () => {
    nativeError(() => decode('BUSINESS_REGISTRATION', edited('BUSINESS_REGISTRATION', '<DJZT DM="1">存续</DJZT>', '<DJZT>存续</DJZT>')), 'BUSINESS_REGISTRATION', 'DJZT');
  });

  it('rejects wrongly written amounts', () => {
    for (const amount of ['2580', '2580.0', '2580.001', '2,580.00', '¥2580.00', '-2580.00', '02580.00', '2580.00元', '']) {
      nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '<YJCE>2580.00</YJCE>', `<YJCE>${amount}</YJCE>`)), 'PROVIDENT_FUND', 'YJCE');
    }
    for (const capital of ['500万', '500.1234567', '-500', '5e2']) {
      nativeError(() => decode('BUSINESS_REGISTRATION', edited('BUSINESS_REGISTRATION', '<ZCZB>500</ZCZB>', `<ZCZB>${capital}</ZCZB>`)), 'BUSINESS_REGISTRATION', 'ZCZB');
    }
  });

  it('reads registered capital in 万元 exactly', () => {
    const record = decode('BUSINESS_REGISTRATION', edited('BUSINESS_REGISTRATION', '<ZCZB>500</ZCZB>', '<ZCZB>150.000001</ZCZB>'));
    expect(record.kind === 'BUSINESS_REGISTRATION' && record.content.registeredCapital).toBe(150_000_001);
  });

  it('rejects other malformed values', () => {
    nativeError(() => decode('HOUSEHOLD_REGISTRATION', edited('HOUSEHOLD_REGISTRATION', '<XB>女</XB>', '<XB>F</XB>')), 'HOUSEHOLD_REGISTRATION', 'XB');
    nativeError(() => decode('HOUSEHOLD_REGISTRATION', edited('HOUSEHOLD_REGISTRATION', '<SFCSJTB>否</SFCSJTB>', '<SFCSJTB>false</SFCSJTB>')), 'HOUSEHOLD_REGISTRATION', 'SFCSJTB');
    nativeError(() => decode('HOUSEHOLD_REGISTRATION', edited('HOUSEHOLD_REGISTRATION', '<XZQHDM>310118</XZQHDM>', '<XZQHDM>31011</XZQHDM>')), 'HOUSEHOLD_REGISTRATION', 'XZQHDM');
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<LJJFYS>196</LJJFYS>', '<LJJFYS>196.5</LJJFYS>')), 'SOCIAL_INSURANCE', 'LJJFYS');
    nativeError(() => decode('TAX', edited('TAX', '<NSND>2025</NSND>', '<NSND>25</NSND>')), 'TAX', 'NSND');
    // The spouse's number is any document's number (identityDocumentNumber.ts), but not any text.
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<POSFZHM>330421198611030011</POSFZHM>', `<POSFZHM>${'3'.repeat(33)}</POSFZHM>`)), 'MARRIAGE', 'POSFZHM');
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<SFZHM>310118198804123021</SFZHM>', '<SFZHM>ABC</SFZHM>')), 'MARRIAGE', 'SFZHM');
  });

  it('rejects garbage payloads', () => {
    for (const garbage of ['', '   ', 'not xml at all', '{"XM":"顾晓梅"}', 'SAMPLE-PF-0001,顾晓梅,110234567801', '<JL', '<<>>']) {
      nativeError(() => decode('PROVIDENT_FUND', garbage), 'PROVIDENT_FUND', 'XML');
    }
    nativeError(() => decode('PROVIDENT_FUND', undefined as unknown as string), 'PROVIDENT_FUND', 'XML');
  });
});

describe('anhuiNativeFormat pitfalls', () => {
  it('round-trips text with &, <, >, quotes and newlines, escaped in the XML', () => {
    const base = expected('BUSINESS_REGISTRATION');
    if (base.kind !== 'BUSINESS_REGISTRATION') throw new Error('unreachable');
    const tricky = 'A&B <公司> "甲" \'乙\'\n第二行  两个空格\n\n&amp; &lt;已转义&gt; ]]> <![CDATA[x]]>';
    const record: NativeRecord = { ...base, content: { ...base.content, businessScope: tricky, address: 'a, b; "c" & <d>' } };
    const payload = encode(record);
    expect(payload).toContain('A&amp;B &lt;公司&gt;');
    expect(payload).toContain('&amp;amp; &amp;lt;已转义&amp;gt;');
    expect(payload).not.toContain('<公司>');
    expect(decode('BUSINESS_REGISTRATION', payload)).toEqual(record);
  });

  it('round-trips carriage returns exactly, written as &#13; (a reader turns a literal CR or CRLF into LF)', () => {
    const base = expected('CREDIT_RECORD');
    if (base.kind !== 'CREDIT_RECORD') throw new Error('unreachable');
    // A clerk's post-check note typed on Windows, with a stray lone CR, in a record whose number has one too.
    const note = '告知承诺核查不通过：\r\n1. 承诺的场地不存在；\r\n2. 未按期补正\r第三行';
    const record: NativeRecord = { ...base, recordId: 'AH\r0001', content: { ...base.content, reason: note } };
    const payload = encode(record);
    expect(payload).not.toContain('\r');
    expect(payload).toContain('<SY>告知承诺核查不通过：&#13;\n1. 承诺的场地不存在；&#13;\n2. 未按期补正&#13;第三行</SY>');
    expect(payload).toContain('BH="AH&#13;0001"');
    expect(decode('CREDIT_RECORD', payload)).toEqual(record);
  });

  it('reads entities, CDATA and character references a provincial system may write', () => {
    const record = decode(
      'BUSINESS_REGISTRATION',
      edited('BUSINESS_REGISTRATION', /<JYFW>.*<\/JYFW>/.exec(sample('BUSINESS_REGISTRATION'))?.[0] ?? '', '<JYFW><![CDATA[研发 <除外> & 销售]]></JYFW>'),
    );
    expect(record.kind === 'BUSINESS_REGISTRATION' && record.content.businessScope).toBe('研发 <除外> & 销售');
  });

  it('decodes numeric character references and does not decode twice', () => {
    const record = decode(
      'CREDIT_RECORD',
      edited('CREDIT_RECORD', '<SY>发布的广告中使用“最佳”等绝对化用语</SY>', '<SY>&#x4E2D;&#25991;&#10;A&amp;lt;B&amp;#65;</SY>'),
    );
    expect(record.kind === 'CREDIT_RECORD' && record.content.reason).toBe('中文\nA&lt;B&#65;');
  });

  it('decodes the common HTML names a provincial system may write, and leaves an unknown one as written', () => {
    const record = decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<SY>发布的广告中使用“最佳”等绝对化用语</SY>', '<SY>罚款&nbsp;5&yen;&foo;</SY>'));
    expect(record.kind === 'CREDIT_RECORD' && record.content.reason).toBe('罚款\u00A05¥&foo;');
  });

  it('refuses entities a document declares itself, and reads the next document as usual', () => {
    const declared = sample('CREDIT_RECORD')
      .replace('?>', '?><!DOCTYPE JL [<!ENTITY lol "哈哈哈哈哈哈哈哈">]>')
      .replace('<SY>发布的广告中使用“最佳”等绝对化用语</SY>', '<SY>&lol;</SY>');
    const error = nativeError(() => decode('CREDIT_RECORD', declared), 'CREDIT_RECORD', 'XML');
    expect(error.message).toMatch(/declares an entity of its own \(&lol;\)/);
    // The one entity decoder serves every document; a refused one leaves nothing behind.
    expect(decode('CREDIT_RECORD', sample('CREDIT_RECORD'))).toEqual(expected('CREDIT_RECORD'));
  });

  it('keeps inner line breaks and blanks, trims only the ends', () => {
    const record = decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<SY>发布的广告中使用“最佳”等绝对化用语</SY>', '<SY>\n    第一行\n  第二行  末尾\n  </SY>'));
    expect(record.kind === 'CREDIT_RECORD' && record.content.reason).toBe('第一行\n  第二行  末尾');
  });

  it('keeps a numeric-looking account number, with its leading zeros, as text', () => {
    for (const accountNumber of ['0012', '001234567800', '1e3', '0x1F', '12.50', '-0']) {
      const record = decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '<GRZH>110234567801</GRZH>', `<GRZH>${accountNumber}</GRZH>`));
      expect(record.kind === 'PROVIDENT_FUND' && record.content.accountNumber).toBe(accountNumber);
    }
    const base = expected('PROVIDENT_FUND');
    if (base.kind !== 'PROVIDENT_FUND') throw new Error('unreachable');
    const record: NativeRecord = { ...base, recordId: '000123', content: { ...base.content, accountNumber: '000000000012' } };
    const payload = encode(record);
    expect(payload).toContain('<GRZH>000000000012</GRZH>');
    expect(payload).toContain('BH="000123"');
    expect(decode('PROVIDENT_FUND', payload)).toEqual(record);
  });

  it('rejects a status whose label contradicts its DM code', () => {
    const error = nativeError(() => decode('PROVIDENT_FUND', edited('PROVIDENT_FUND', '<ZHZT DM="1">正常</ZHZT>', '<ZHZT DM="1">封存</ZHZT>')), 'PROVIDENT_FUND', 'ZHZT');
    expect(error.message).toContain('contradicts DM="1"');
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<XZ DM="110">企业职工基本养老保险</XZ>', '<XZ DM="110">失业保险</XZ>')), 'SOCIAL_INSURANCE', 'CBXZ/XZ');
    nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<XYLB DM="1">行政处罚</XYLB>', '<XYLB DM="1"></XYLB>')), 'CREDIT_RECORD', 'XYLB');
  });

  it('rejects 2019/02/30', () => {
    nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<JDRQ>2024/06/18</JDRQ>', '<JDRQ>2019/02/30</JDRQ>')), 'CREDIT_RECORD', 'JDRQ');
  });

  it('rejects a document with another root element', () => {
    const payload = sample('TAX').replace('<JL ', '<RECORD ').replace('</JL>', '</RECORD>');
    const error = nativeError(() => decode('TAX', payload), 'TAX', 'JL');
    expect(error.message).toContain('<RECORD>');
  });

  it('rejects malformed XML', () => {
    nativeError(() => decode('TAX', edited('TAX', '</NSRMC>', '</NSRM>')), 'TAX', 'XML');
    nativeError(() => decode('TAX', edited('TAX', '</JL>', '')), 'TAX', 'XML');
    nativeError(() => decode('TAX', edited('TAX', '嘉善禾丰', '嘉善 & 禾丰')), 'TAX', 'XML');
    nativeError(() => decode('TAX', edited('TAX', '嘉善禾丰', '嘉善 < 禾丰')), 'TAX', 'XML');
    nativeError(() => decode('TAX', `${sample('TAX')}<JL LX="NS"/>`), 'TAX', 'XML');
    nativeError(() => decode('TAX', `${sample('TAX')}trailing text`), 'TAX', 'XML');
  });

  it('rejects a record type (LX) that does not match the requested kind', () => {
    const error = nativeError(() => decode('MARRIAGE', sample('HOUSEHOLD_REGISTRATION')), 'MARRIAGE', 'LX');
    expect(error.message).toContain('"HJ"');
    nativeError(() => decode('TAX', edited('TAX', 'LX="NS"', 'LX="ns"')), 'TAX', 'LX');
    nativeError(() => decode('TAX', edited('TAX', ' LX="NS"', '')), 'TAX', 'LX');
  });

  it('writes null as an absent element and reads an absent element as null', () => {
    const base = expected('CREDIT_RECORD');
    if (base.kind !== 'CREDIT_RECORD') throw new Error('unreachable');
    const record: NativeRecord = { ...base, content: { ...base.content, settled: false, settledOn: null, publicUntil: null } };
    const payload = encode(record);
    expect(payload).not.toContain('LXRQ');
    expect(payload).not.toContain('GSJZRQ');
    expect(decode('CREDIT_RECORD', payload)).toEqual(record);

    const household = decode('HOUSEHOLD_REGISTRATION', edited('HOUSEHOLD_REGISTRATION', '<QCDXZQHDM>320509</QCDXZQHDM>', ''));
    expect(household.kind === 'HOUSEHOLD_REGISTRATION' && household.content.movedFromDivision).toBeNull();
    const insurance = decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<DWMC>上海青浦绿岛科技有限公司</DWMC>', ''));
    expect(insurance.kind === 'SOCIAL_INSURANCE' && insurance.content.employerName).toBeNull();
  });

  it('rejects other spellings of null: an empty element or KZ="1"', () => {
    nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<LXRQ>2024/07/02</LXRQ>', '<LXRQ></LXRQ>')), 'CREDIT_RECORD', 'LXRQ');
    nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<LXRQ>2024/07/02</LXRQ>', '<LXRQ/>')), 'CREDIT_RECORD', 'LXRQ');
    nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<LXRQ>2024/07/02</LXRQ>', '<LXRQ>  </LXRQ>')), 'CREDIT_RECORD', 'LXRQ');
    const error = nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<LXRQ>2024/07/02</LXRQ>', '<LXRQ KZ="1"/>')), 'CREDIT_RECORD', 'LXRQ');
    expect(error.message).toContain('KZ');
    // An empty required element is not a way to leave it out either.
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<XM>顾晓梅</XM>', '<XM/>')), 'SOCIAL_INSURANCE', 'XM');
  });

  it('rejects unknown, misspelt and repeated elements instead of reading them as null', () => {
    const misspelt = nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<DWMC>上海青浦绿岛科技有限公司</DWMC>', '<DWMX>上海青浦绿岛科技有限公司</DWMX>')), 'SOCIAL_INSURANCE', 'DWMX');
    expect(misspelt.message).toContain('not an element of a SB');
    expect(misspelt.message).toContain("Anhui's format has changed — update the adapter before its records are used as evidence");
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<XM>顾晓梅</XM>', '<XM>顾晓梅</XM><XM>顾晓梅</XM>')), 'SOCIAL_INSURANCE', 'XM');
    // An element of another record type does not belong here.
    nativeError(() => decode('TAX', edited('TAX', '<QSJE>0.00</QSJE>', '<QSJE>0.00</QSJE><GRZH>1</GRZH>')), 'TAX', 'GRZH');
    nativeError(() => decode('TAX', edited('TAX', '<QSJE>0.00</QSJE>', '<QSJE>0.00</QSJE>loose text')), 'TAX', 'JL');
    nativeError(() => decode('TAX', edited('TAX', 'GXSJ="2026/04/15"', 'GXSJ="2026/04/15" BB="1"')), 'TAX', 'BB');
    nativeError(() => decode('TAX', edited('TAX', '<NSRMC>', '<NSRMC><B>')), 'TAX', 'XML');
    nativeError(() => decode('TAX', edited('TAX', '<NSRMC>', '<NSRMC><B/>')), 'TAX', 'NSRMC');
  });

  it('reads insurance schemes from repeated <XZ> items: any order, none twice, empty container = none', () => {
    const reordered = edited(
      'SOCIAL_INSURANCE',
      '<XZ DM="110">企业职工基本养老保险</XZ>\n    <XZ DM="310">职工基本医疗保险</XZ>',
      '<XZ DM="310">职工基本医疗保险</XZ>\n    <XZ DM="110">企业职工基本养老保险</XZ>',
    );
    expect(decode('SOCIAL_INSURANCE', reordered)).toEqual(expected('SOCIAL_INSURANCE'));

    const containers = /<CBXZ>[\s\S]*<\/CBXZ>/.exec(sample('SOCIAL_INSURANCE'))?.[0] ?? '';
    for (const empty of ['<CBXZ></CBXZ>', '<CBXZ/>', '<CBXZ>\n  </CBXZ>']) {
      const record = decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', containers, empty));
      expect(record.kind === 'SOCIAL_INSURANCE' && record.content.schemes).toEqual([]);
    }
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', containers, '')), 'SOCIAL_INSURANCE', 'CBXZ');
    nativeError(
      () => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<XZ DM="510">生育保险</XZ>', '<XZ DM="510">生育保险</XZ><XZ DM="510">生育保险</XZ>')),
      'SOCIAL_INSURANCE',
      'CBXZ/XZ',
    );
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<XZ DM="510">生育保险</XZ>', '<BX DM="510">生育保险</BX>')), 'SOCIAL_INSURANCE', 'CBXZ');
    nativeError(() => decode('SOCIAL_INSURANCE', edited('SOCIAL_INSURANCE', '<XZ DM="510">生育保险</XZ>', '生育保险')), 'SOCIAL_INSURANCE', 'CBXZ');

    const base = expected('SOCIAL_INSURANCE');
    if (base.kind !== 'SOCIAL_INSURANCE') throw new Error('unreachable');
    const none: NativeRecord = { ...base, content: { ...base.content, schemes: [] } };
    expect(encode(none)).toContain('<CBXZ></CBXZ>');
    expect(decode('SOCIAL_INSURANCE', encode(none))).toEqual(none);
  });

  it('writes the subject as SFZHM or TYSHXYDM, and accepts exactly one of them', () => {
    const base = expected('TAX');
    if (base.kind !== 'TAX') throw new Error('unreachable');
    const person: NativeRecord = { ...base, subjectId: '11010519491231002X', content: { ...base.content, taxpayerKind: 'PERSON' } };
    expect(encode(person)).toContain('<SFZHM>11010519491231002X</SFZHM>');
    expect(encode(base)).toContain('<TYSHXYDM>91330421MA2B3C4D17</TYSHXYDM>');
    expect(decode('TAX', encode(person))).toEqual(person);
    nativeError(
      () => decode('TAX', edited('TAX', '<TYSHXYDM>91330421MA2B3C4D17</TYSHXYDM>', '<TYSHXYDM>91330421MA2B3C4D17</TYSHXYDM><SFZHM>11010519491231002X</SFZHM>')),
      'TAX',
      'TYSHXYDM',
    );
    nativeError(() => decode('TAX', edited('TAX', '<TYSHXYDM>91330421MA2B3C4D17</TYSHXYDM>', '')), 'TAX', 'SFZHM');
  });
});

describe('anhuiNativeFormat identity document numbers of a spouse or legal representative', () => {
  // Fictional numbers of the kinds registries hold besides an 18-digit 公民身份号码: a 15-digit one
  // (issued before 1999; a marriage registered in 1996), the GB 11643 example with its X written
  // lower-case, a foreign spouse's and a foreign representative's passport, and the 18-digit
  // number of a Taiwan resident's 居住证 (valid check character).
  const DOCUMENT_NUMBERS = ['310104660504201', '11010519491231002x', 'E12345678', 'P1234567', '830000199001011234'] as const;

  it.each(DOCUMENT_NUMBERS)('round-trips a marriage whose spouse holds %s', (spouseIdNumber) => {
    const base = expected('MARRIAGE');
    if (base.kind !== 'MARRIAGE') throw new Error('unreachable');
    const record: NativeRecord = { ...base, content: { ...base.content, spouseIdNumber } };
    const payload = encode(record);
    expect(payload).toContain(`<POSFZHM>${spouseIdNumber}</POSFZHM>`);
    expect(decode('MARRIAGE', payload)).toEqual(record);
  });

  it.each(DOCUMENT_NUMBERS)('round-trips a business registration whose legal representative holds %s', (legalRepresentativeId) => {
    const base = expected('BUSINESS_REGISTRATION');
    if (base.kind !== 'BUSINESS_REGISTRATION') throw new Error('unreachable');
    const record: NativeRecord = { ...base, content: { ...base.content, legalRepresentativeId } };
    const payload = encode(record);
    expect(payload).toContain(`<FDDBRSFZHM>${legalRepresentativeId}</FDDBRSFZHM>`);
    expect(decode('BUSINESS_REGISTRATION', payload)).toEqual(record);
  });

  it('decodes a stored marriage record of 1996 whose spouse has a 15-digit number', () => {
    const payload = edited('MARRIAGE', '<POSFZHM>330421198611030011</POSFZHM>', '<POSFZHM> 310104660504201 </POSFZHM>');
    const record = decode('MARRIAGE', payload);
    expect(record).toEqual({ ...expected('MARRIAGE'), content: { ...expected('MARRIAGE').content, spouseIdNumber: '310104660504201' } });
  });

  it('decodes a foreign-invested company whose legal representative has a passport', () => {
    const record = decode('BUSINESS_REGISTRATION', edited('BUSINESS_REGISTRATION', '<FDDBRSFZHM>330421198611030011</FDDBRSFZHM>', '<FDDBRSFZHM>P1234567</FDDBRSFZHM>'));
    expect(record.kind === 'BUSINESS_REGISTRATION' && record.content.legalRepresentativeId).toBe('P1234567');
  });

  it('round-trips generated records whose spouse or representative holds any identity document', () => {
    const documentNumber = fc.oneof(
      fc.constantFrom(...DOCUMENT_NUMBERS),
      // Passport-like: a letter or two and digits, and the odd inner blank or hyphen of a foreign document.
      fc.stringMatching(/^[A-Z]{1,2}[0-9]{6,9}$/),
      fc.stringMatching(/^[A-Z0-9][A-Z0-9 -]{0,30}[A-Z0-9]$/),
    );
    fc.assert(
      fc.property(standardRecordOf('MARRIAGE'), documentNumber, (generated, spouseIdNumber) => {
        const record: NativeRecord = { ...generated, content: { ...generated.content, spouseIdNumber } };
        expect(decode('MARRIAGE', encode(record))).toEqual(record);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(standardRecordOf('BUSINESS_REGISTRATION'), documentNumber, (generated, legalRepresentativeId) => {
        const record: NativeRecord = { ...generated, content: { ...generated.content, legalRepresentativeId } };
        expect(decode('BUSINESS_REGISTRATION', encode(record))).toEqual(record);
      }),
      { numRuns: 200 },
    );
  });

  it('still reads the record’s own subject strictly: a 15-digit number is no subject', () => {
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<SFZHM>310118198804123021</SFZHM>', '<SFZHM>310104660504201</SFZHM>')), 'MARRIAGE', 'SFZHM');
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<SFZHM>310118198804123021</SFZHM>', '<SFZHM>E12345678</SFZHM>')), 'MARRIAGE', 'SFZHM');
  });

  it('refuses to write what it would not read back, and refuses to read it', () => {
    const base = expected('MARRIAGE');
    if (base.kind !== 'MARRIAGE') throw new Error('unreachable');
    for (const spouseIdNumber of ['', ' E12345678', 'E12345678\n', 'E1234\u00005678', 'E'.repeat(33)]) {
      expect(() => encode({ ...base, content: { ...base.content, spouseIdNumber } })).toThrow(RangeError);
    }
    const error = nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '330421198611030011</POSFZHM>', '3304211986&#9;11030011</POSFZHM>')), 'MARRIAGE', 'POSFZHM');
    expect(error.message).toContain('U+0009');
    // Another person's number is not repeated in the message.
    expect(error.message).not.toContain('3304211986');
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<POSFZHM>330421198611030011</POSFZHM>', '<POSFZHM></POSFZHM>')), 'MARRIAGE', 'POSFZHM');
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<POSFZHM>330421198611030011</POSFZHM>', '')), 'MARRIAGE', 'POSFZHM');
  });
});

describe('anhuiNativeFormat whose record: NSRLX (纳税人类型) and ZTLX (主体类型)', () => {
  // 321102…: a 镇江 resident's number that is also a valid credit code; 913304…: an enterprise's
  // all-digit credit code, shaped like a resident identity number but valid only as a credit code.
  const BOTH = numberValidAsBoth();
  const [ALL_DIGIT_CREDIT_CODE = ''] = allDigitCreditCodes('330421', 1);
  const SAMPLE_ENTERPRISE = '91330421MA2B3C4D17';
  const SAMPLE_PERSON = '310118198804123021';

  /** The TAX / CREDIT_RECORD sample, its kind element written as `kindElement`, under `subject` in `subjectElement`. */
  function rewritten(kind: 'TAX' | 'CREDIT_RECORD', kindElement: string, subjectElement: 'SFZHM' | 'TYSHXYDM', subject: string): string {
    const kindLine = kind === 'TAX' ? '<NSRLX DM="1">单位纳税人</NSRLX>' : '<ZTLX DM="1">法人及其他组织</ZTLX>';
    return edited(kind, `<TYSHXYDM>${SAMPLE_ENTERPRISE}</TYSHXYDM>\n  ${kindLine}`, `<${subjectElement}>${subject}</${subjectElement}>${kindElement}`);
  }

  it('decodes the TAX sample’s <NSRLX DM="1">单位纳税人</NSRLX> as ENTERPRISE, and DM="2" 个人纳税人 as PERSON', () => {
    const sampleRecord = decode('TAX', sample('TAX'));
    expect(sampleRecord.kind === 'TAX' && sampleRecord.content.taxpayerKind).toBe('ENTERPRISE');
    const person = decode('TAX', rewritten('TAX', '<NSRLX DM="2">个人纳税人</NSRLX>', 'SFZHM', SAMPLE_PERSON));
    expect(person.kind === 'TAX' && person.content.taxpayerKind).toBe('PERSON');
  });

  it('decodes the CREDIT_RECORD sample’s <ZTLX DM="1">法人及其他组织</ZTLX> as ENTERPRISE, and DM="2" 自然人 as PERSON', () => {
    const sampleRecord = decode('CREDIT_RECORD', sample('CREDIT_RECORD'));
    expect(sampleRecord.kind === 'CREDIT_RECORD' && sampleRecord.content.subjectKind).toBe('ENTERPRISE');
    const person = decode('CREDIT_RECORD', rewritten('CREDIT_RECORD', '<ZTLX DM="2">自然人</ZTLX>', 'SFZHM', SAMPLE_PERSON));
    expect(person.kind === 'CREDIT_RECORD' && person.content.subjectKind).toBe('PERSON');
  });

  it('writes NSRLX / ZTLX right after the subject, coded, for either kind of subject', () => {
    const tax = expected('TAX');
    const credit = expected('CREDIT_RECORD');
    if (tax.kind !== 'TAX' || credit.kind !== 'CREDIT_RECORD') throw new Error('unreachable');
    expect(encode(tax)).toContain(`<TYSHXYDM>${SAMPLE_ENTERPRISE}</TYSHXYDM><NSRLX DM="1">单位纳税人</NSRLX><NSRMC>`);
    expect(encode(credit)).toContain(`<TYSHXYDM>${SAMPLE_ENTERPRISE}</TYSHXYDM><ZTLX DM="1">法人及其他组织</ZTLX><ZTMC>`);
    const personTax: NativeRecord = { ...tax, subjectId: BOTH, content: { ...tax.content, taxpayerKind: 'PERSON' } };
    const personCredit: NativeRecord = { ...credit, subjectId: BOTH, content: { ...credit.content, subjectKind: 'PERSON' } };
    expect(encode(personTax)).toContain(`<SFZHM>${BOTH}</SFZHM><NSRLX DM="2">个人纳税人</NSRLX>`);
    expect(encode(personCredit)).toContain(`<SFZHM>${BOTH}</SFZHM><ZTLX DM="2">自然人</ZTLX>`);
  });

  it('rejects an unknown NSRLX or ZTLX code, naming the element and the code', () => {
    const tax = nativeError(() => decode('TAX', edited('TAX', '<NSRLX DM="1">', '<NSRLX DM="3">')), 'TAX', 'NSRLX');
    expect(tax.message).toContain('unknown code DM="3"');
    const credit = nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<ZTLX DM="1">', '<ZTLX DM="P">')), 'CREDIT_RECORD', 'ZTLX');
    expect(credit.message).toContain('unknown code DM="P"');
    // The label must be the table's for the code; a missing code or an empty element is no kind either.
    nativeError(() => decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<ZTLX DM="1">法人及其他组织</ZTLX>', '<ZTLX DM="1">自然人</ZTLX>')), 'CREDIT_RECORD', 'ZTLX');
    nativeError(() => decode('TAX', edited('TAX', '<NSRLX DM="1">单位纳税人</NSRLX>', '<NSRLX>单位纳税人</NSRLX>')), 'TAX', 'NSRLX');
    nativeError(() => decode('TAX', edited('TAX', '<NSRLX DM="1">单位纳税人</NSRLX>', '<NSRLX DM="1"/>')), 'TAX', 'NSRLX');
    // Not an element of the kinds that concern one kind of subject only.
    nativeError(() => decode('MARRIAGE', edited('MARRIAGE', '<XM>顾晓梅</XM>', '<XM>顾晓梅</XM><ZTLX DM="2">自然人</ZTLX>')), 'MARRIAGE', 'ZTLX');
  });

  it('rejects NSRLX / ZTLX that contradicts the subject’s element', () => {
    const tax = nativeError(() => decode('TAX', edited('TAX', '<NSRLX DM="1">单位纳税人</NSRLX>', '<NSRLX DM="2">个人纳税人</NSRLX>')), 'TAX', 'NSRLX');
    expect(tax.message).toContain('<TYSHXYDM>');
    const credit = nativeError(() => decode('CREDIT_RECORD', rewritten('CREDIT_RECORD', '<ZTLX DM="1">法人及其他组织</ZTLX>', 'SFZHM', BOTH)), 'CREDIT_RECORD', 'ZTLX');
    expect(credit.message).toContain('<SFZHM>');
  });

  it('decodes a legacy TAX / CREDIT_RECORD payload without NSRLX / ZTLX by the only kind its number can name', () => {
    // The samples without the element: the number is only a credit code.
    expect(decode('TAX', edited('TAX', '<NSRLX DM="1">单位纳税人</NSRLX>', ''))).toEqual(expected('TAX'));
    expect(decode('CREDIT_RECORD', edited('CREDIT_RECORD', '<ZTLX DM="1">法人及其他组织</ZTLX>', ''))).toEqual(expected('CREDIT_RECORD'));
    // A person's number only.
    const personTax = decode('TAX', rewritten('TAX', '', 'SFZHM', SAMPLE_PERSON));
    expect(personTax.kind === 'TAX' && personTax.content.taxpayerKind).toBe('PERSON');
    const personCredit = decode('CREDIT_RECORD', rewritten('CREDIT_RECORD', '', 'SFZHM', SAMPLE_PERSON));
    expect(personCredit.kind === 'CREDIT_RECORD' && personCredit.content.subjectKind).toBe('PERSON');
    // Old records put an all-digit credit code in SFZHM (by its shape): the number decides, not the element.
    const digitsTax = decode('TAX', rewritten('TAX', '', 'SFZHM', ALL_DIGIT_CREDIT_CODE));
    expect(digitsTax.kind === 'TAX' && digitsTax.content.taxpayerKind).toBe('ENTERPRISE');
    const digitsCredit = decode('CREDIT_RECORD', rewritten('CREDIT_RECORD', '', 'SFZHM', ALL_DIGIT_CREDIT_CODE));
    expect(digitsCredit.kind === 'CREDIT_RECORD' && digitsCredit.content.subjectKind).toBe('ENTERPRISE');
  });

  it('refuses a legacy payload without NSRLX / ZTLX under a number valid as both, naming the element', () => {
    for (const subjectElement of ['SFZHM', 'TYSHXYDM'] as const) {
      const tax = nativeError(() => decode('TAX', rewritten('TAX', '', subjectElement, BOTH)), 'TAX', 'NSRLX');
      expect(tax.message).toContain('does not say whether its subject is a person or an enterprise');
      const credit = nativeError(() => decode('CREDIT_RECORD', rewritten('CREDIT_RECORD', '', subjectElement, BOTH)), 'CREDIT_RECORD', 'ZTLX');
      expect(credit.message).toContain('does not say whether its subject is a person or an enterprise');
      // The number may be a person's: it is not repeated in the message.
      expect(tax.message).not.toContain(BOTH);
    }
    // The same record with the element is read.
    const withKind = decode('TAX', rewritten('TAX', '<NSRLX DM="2">个人纳税人</NSRLX>', 'SFZHM', BOTH));
    expect(withKind.kind === 'TAX' && withKind.content.taxpayerKind).toBe('PERSON');
  });

  const ELEMENT_OF: Record<SubjectKind, string> = { PERSON: 'SFZHM', ENTERPRISE: 'TYSHXYDM' };

  it.each(NATIVE_EVIDENCE_KIND_VALUES)(
    'round-trips a %s record under a number valid as both, its subject in the element of whose record it is',
    (kind) => {
      const subjects = fc.constantFrom(BOTH, foreignPermanentResidentNumberValidAsBoth(), ALL_DIGIT_CREDIT_CODE);
      fc.assert(
        fc.property(standardRecordOf(kind), subjects, (generated, subjectId) => {
          const record = { ...generated, subjectId } as NativeRecord;
          const element = ELEMENT_OF[subjectKindOf(record)];
          const payload = encode(record);
          expect(payload).toContain(`<${element}>${subjectId}</${element}>`);
          expect(decode(kind, payload)).toEqual(record);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('still reads a legacy record of a one-subject kind whose credit code was written in SFZHM by its shape', () => {
    const base = expected('BUSINESS_REGISTRATION');
    const record: NativeRecord = { ...base, subjectId: ALL_DIGIT_CREDIT_CODE };
    expect(encode(record)).toContain(`<TYSHXYDM>${ALL_DIGIT_CREDIT_CODE}</TYSHXYDM>`);
    const legacy = edited('BUSINESS_REGISTRATION', `<TYSHXYDM>${SAMPLE_ENTERPRISE}</TYSHXYDM>`, `<SFZHM>${ALL_DIGIT_CREDIT_CODE}</SFZHM>`);
    expect(decode('BUSINESS_REGISTRATION', legacy)).toEqual(record);
  });

  it('refuses to write a subject its element would not read back, without repeating the number', () => {
    const base = expected('TAX');
    if (base.kind !== 'TAX') throw new Error('unreachable');
    // A credit code with letters is no person's number.
    const wrong: NativeRecord = { ...base, content: { ...base.content, taxpayerKind: 'PERSON' } };
    expect(() => encode(wrong)).toThrow(/^cannot write SFZHM: the subject of a PERSON record is not a resident identity number/);
    expect(() => encode(wrong)).not.toThrow(SAMPLE_ENTERPRISE);
  });
});

describe('anhuiNativeFormat division codes', () => {
  const household = (from: string, to: string) => {
    const record = decode('HOUSEHOLD_REGISTRATION', edited('HOUSEHOLD_REGISTRATION', from, to));
    if (record.kind !== 'HOUSEHOLD_REGISTRATION') throw new Error('unreachable');
    return record.content;
  };

  it.each([
    ['310108', '310106'], // 闸北区, merged into 静安区 in 2015
    ['310230', '310151'], // 崇明县 → 崇明区 (2016)
    ['341623', '341623'],
  ])('reads the place of household registration %s as the current code %s', (written, current) => {
    expect(household('<XZQHDM>310118</XZQHDM>', `<XZQHDM>${written}</XZQHDM>`).divisionCode).toBe(current);
  });

  it.each(['999999', '440305', '341699'])('refuses the place of household registration %s, naming the element', (written) => {
    const error = nativeError(() => decode('HOUSEHOLD_REGISTRATION', edited('HOUSEHOLD_REGISTRATION', '<XZQHDM>310118</XZQHDM>', `<XZQHDM>${written}</XZQHDM>`)), 'HOUSEHOLD_REGISTRATION', 'XZQHDM');
    expect(error.message).toContain(written);
  });

  it('reads a retired place moved from as its successor, takes another province’s code, refuses a code of no province', () => {
    expect(household('<QCDXZQHDM>320509</QCDXZQHDM>', '<QCDXZQHDM>320584</QCDXZQHDM>').movedFromDivision).toBe('320509');
    expect(household('<QCDXZQHDM>320509</QCDXZQHDM>', '<QCDXZQHDM>440305</QCDXZQHDM>').movedFromDivision).toBe('440305');
    const error = nativeError(
      () => decode('HOUSEHOLD_REGISTRATION', edited('HOUSEHOLD_REGISTRATION', '<QCDXZQHDM>320509</QCDXZQHDM>', '<QCDXZQHDM>999999</QCDXZQHDM>')),
      'HOUSEHOLD_REGISTRATION',
      'QCDXZQHDM',
    );
    expect(error.message).toMatch(/999999 does not exist/);
  });

  it('reads an enterprise’s domicile the same way', () => {
    const business = decode('BUSINESS_REGISTRATION', edited('BUSINESS_REGISTRATION', '<XZQHDM>330421</XZQHDM>', '<XZQHDM>320584</XZQHDM>'));
    expect(business.kind === 'BUSINESS_REGISTRATION' && business.content.divisionCode).toBe('320509');
    nativeError(() => decode('BUSINESS_REGISTRATION', edited('BUSINESS_REGISTRATION', '<XZQHDM>330421</XZQHDM>', '<XZQHDM>999999</XZQHDM>')), 'BUSINESS_REGISTRATION', 'XZQHDM');
  });
});
