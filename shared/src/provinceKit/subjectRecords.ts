import type { HeldRecord } from '../standard/standardRecord.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * Everything a province holds about some subjects, in the standard: the native records of
 * its own systems (through its adapter) and the electronic licences it issued. A subject
 * with an unreadable native record gets the error instead, so no one is answered from
 * partial data without being told.
 */
export function readSubjectRecords(services: ProvinceServices, subjectIds: readonly string[]): Map<string, HeldRecord[] | Error> {
  const bySubject = new Map<string, HeldRecord[] | Error>(subjectIds.map((id) => [id, []]));
  for (const row of services.records.rowsForSubjects(subjectIds)) {
    const list = bySubject.get(row.subjectId);
    if (list instanceof Error) continue;
    try {
      (list ?? []).push(services.read(row));
    } catch (error) {
      bySubject.set(row.subjectId, error as Error);
    }
  }
  for (const [holder, licences] of services.cases.licencesOfHolders(subjectIds)) {
    const list = bySubject.get(holder);
    if (Array.isArray(list)) list.push(...licences);
  }
  return bySubject;
}
