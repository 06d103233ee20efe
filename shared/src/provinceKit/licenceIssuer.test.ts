import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { requireRegion } from '../regions/regionRegistry.ts';
import { MemberKeys } from '../trust/memberKeys.ts';
import type { CaseFile, FormField } from './caseModel.ts';
import type { ItemStandard } from './hubClient.ts';
import { issueLicence } from './licenceIssuer.ts';
import type { LocalImplementation } from './localImplementation.ts';
import type { ProvinceServices } from './provinceServices.ts';

/** The licence of an approved case names its holder by name: from the form, never by identity number. */
const root = mkdtempSync(join(tmpdir(), 'yrd-licence-'));
let services: ProvinceServices;
const caseFile = { id: '3220261126000001', itemCode: '200101001000', subjectId: '310118198804123021', subjectKind: 'PERSON', applicantName: '顾晓梅' } as CaseFile;
const item = { code: caseFile.itemCode, name: '社会保险个人权益记录单查询', licence: { typeCode: '11100000MB0900G94F001', name: '社会保险个人权益记录单查询办理结果', validityDays: null } } as unknown as ItemStandard;
const local = { implementingBody: '苏州市社会保险基金管理中心', implementingBodyCode: '12320500466005137G' } as LocalImplementation;

beforeAll(async () => {
  const keys = await MemberKeys.open({ member: 'jiangsu', role: 'PROVINCE', region: 'JIANGSU' }, join(root, 'keys'));
  services = { config: { region: requireRegion('JIANGSU'), holdingAuthorities: { E_LICENCE: '江苏省政务服务管理办公室' } }, keys } as unknown as ProvinceServices;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('issuing a licence', () => {
  it('names the holder as the form does — here the name the applicant declared', async () => {
    const form: FormField[] = [{ name: 'applicantName', label: '申请人姓名', value: '顾晓梅', sourceRegion: null, sourceRecordId: null, declared: true }];
    const licence = await issueLicence(caseFile, item, local, form, services);
    expect(licence.record.content).toMatchObject({ holderName: '顾晓梅', caseId: caseFile.id });
    expect(licence.record.subjectId).toBe(caseFile.subjectId);
  });

  it('refuses to issue one without a name rather than name the holder by identity number', async () => {
    const refused = await issueLicence(caseFile, item, local, [], services).then(
      () => undefined,
      (error: GraphQLError) => error,
    );
    expect(refused?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICANT_NAME_MISSING' });
    expect(refused?.message).not.toContain(caseFile.subjectId);
  });
});
