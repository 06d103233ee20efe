import { conflict } from '../graphql/errorCodes.ts';
import type { NativeRecord } from '../standard/standardRecord.ts';
import type { LocalDate } from '../time/localDate.ts';
import type { CaseFile } from './caseModel.ts';
import type { ProvinceConfig } from './provinceConfig.ts';
import type { ProvinceStore } from './provinceStore.ts';

/**
 * A deregistration (注销登记) approved is the end of the enterprise's registration: the
 * registering province — where the case is filed, an enterprise's registration item being
 * handled only where it is registered — writes it into its own registration system, in its
 * native format, in the same transaction as the decision (as a failed 告知承诺 post-check
 * writes its credit record). From then on the enterprise's records read 注销 (CANCELLED, the
 * record's updatedOn the day of the decision) in every case, disclosure and policy check.
 *
 * Basis: 《市场主体登记管理条例》第三十一条、第三十三条 — the registration authority, on
 * approving a deregistration, ends the subject's registration (市场主体注销登记后即终止).
 */

/** The items whose approval ends the enterprise's registration. */
export const DEREGISTRATION_ITEMS: ReadonlySet<string> = new Set(['010003001000']);

export function deregistersEnterprise(caseFile: Pick<CaseFile, 'itemCode' | 'subjectKind'>): boolean {
  return caseFile.subjectKind === 'ENTERPRISE' && DEREGISTRATION_ITEMS.has(caseFile.itemCode);
}

/** Registration states a deregistration ends: in business, or its licence revoked (吊销后注销). */
const ENDED_BY_DEREGISTRATION: ReadonlySet<string> = new Set(['ACTIVE', 'REVOKED']);

/**
 * Writes the deregistration of the case's enterprise into the province's registration records
 * (call it inside the decision's transaction). Returns the record ids rewritten; a registration
 * already deregistered is left as it is (its date kept). Throws CONFLICT (REGISTRATION_NOT_HELD)
 * — rolling the decision back — when the province holds no registration of the enterprise it
 * could end: a deregistration nobody records would leave it in business everywhere.
 */
export function recordDeregistration(
  caseFile: Pick<CaseFile, 'id' | 'subjectId'>,
  services: { readonly records: ProvinceStore; readonly config: Pick<ProvinceConfig, 'region' | 'nativeFormat'> },
  today: LocalDate,
): string[] {
  const { records, config } = services;
  const registrations = records
    .rowsForSubjects([caseFile.subjectId])
    .filter((row) => row.kind === 'BUSINESS_REGISTRATION')
    .map((row) => ({ row, record: config.nativeFormat.decode(row.kind, row.payload) }));
  const toEnd = registrations.filter(({ record }) => record.kind === 'BUSINESS_REGISTRATION' && ENDED_BY_DEREGISTRATION.has(record.content.businessStatus));
  const alreadyEnded = registrations.some(({ record }) => record.kind === 'BUSINESS_REGISTRATION' && record.content.businessStatus === 'CANCELLED');
  if (toEnd.length === 0 && !alreadyEnded) {
    throw conflict(
      'REGISTRATION_NOT_HELD',
      `${config.region.name}的登记系统中没有企业 ${caseFile.subjectId} 的存续登记，不能核准办件 ${caseFile.id} 的注销登记；请核实该企业的登记机关，由登记地办理`,
      { subjectId: caseFile.subjectId },
    );
  }
  for (const { row, record } of toEnd) {
    if (record.kind !== 'BUSINESS_REGISTRATION') continue;
    const ended: NativeRecord = { ...record, updatedOn: today, content: { ...record.content, businessStatus: 'CANCELLED' } };
    records.replace({ ...row, payload: config.nativeFormat.encode(ended) });
  }
  return toEnd.map(({ row }) => row.recordId);
}
