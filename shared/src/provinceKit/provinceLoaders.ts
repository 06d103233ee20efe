import DataLoader from 'dataloader';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { NativeRow, ProvinceStore } from './provinceStore.ts';

/**
 * Loaders made fresh for every request: all the subjects one `_entities` call asks about
 * are read with one query, and a subject asked for twice is read once.
 */
export interface ProvinceLoaders {
  readonly recordsBySubject: DataLoader<string, HeldRecord[]>;
}

export function createProvinceLoaders(store: ProvinceStore, read: (row: NativeRow) => HeldRecord): ProvinceLoaders {
  return {
    recordsBySubject: new DataLoader<string, HeldRecord[]>(async (subjectIds) => {
      const bySubject = new Map<string, HeldRecord[] | Error>();
      for (const row of store.rowsForSubjects(subjectIds)) {
        const list = bySubject.get(row.subjectId) ?? [];
        if (list instanceof Error) continue;
        try {
          list.push(read(row));
          bySubject.set(row.subjectId, list);
        } catch (error) {
          // Only the subject with the unreadable record fails; the others in the batch answer.
          bySubject.set(row.subjectId, error as Error);
        }
      }
      return subjectIds.map((id) => bySubject.get(id) ?? []);
    }),
  };
}
