import DataLoader from 'dataloader';
import type { Caller } from '../identity/caller.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { CaseFile } from './caseStore.ts';
import { releaseEvidence, type Release } from './evidenceRelease.ts';
import type { ProvinceServices } from './provinceServices.ts';

/**
 * Loaders made fresh for every request: all the subjects (or cases) one `_entities` call asks
 * about are read with one query, and anything asked for twice is read once. An evidence
 * request presented twice in one operation is verified, released and audited once.
 */
export interface ProvinceLoaders {
  readonly recordsBySubject: DataLoader<string, HeldRecord[]>;
  readonly casesById: DataLoader<string, CaseFile | undefined>;
  release(requestToken: string): Promise<Release>;
}

export function createProvinceLoaders(services: ProvinceServices, caller: Caller): ProvinceLoaders {
  const releases = new Map<string, Promise<Release>>();
  return {
    recordsBySubject: new DataLoader<string, HeldRecord[]>(async (subjectIds) => {
      const bySubject = new Map<string, HeldRecord[] | Error>();
      for (const row of services.records.rowsForSubjects(subjectIds)) {
        const list = bySubject.get(row.subjectId) ?? [];
        if (list instanceof Error) continue;
        try {
          list.push(services.read(row));
          bySubject.set(row.subjectId, list);
        } catch (error) {
          // Only the subject with the unreadable record fails; the others in the batch answer.
          bySubject.set(row.subjectId, error as Error);
        }
      }
      return subjectIds.map((id) => bySubject.get(id) ?? []);
    }),
    casesById: new DataLoader(async (ids) => {
      const found = services.cases.casesByIds(ids);
      return ids.map((id) => found.get(id));
    }),
    release(requestToken) {
      let release = releases.get(requestToken);
      if (!release) {
        release = releaseEvidence(requestToken, caller, services);
        releases.set(requestToken, release);
      }
      return release;
    },
  };
}
