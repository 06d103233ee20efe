import DataLoader from 'dataloader';
import type { CaseActor } from '../evidence/evidenceMessages.ts';
import type { Caller } from '../identity/caller.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import type { CaseFile, Commitment } from './caseModel.ts';
import type { SubjectKind } from '../standard/evidenceKinds.ts';
import type { CaseLicence, CaseListPage } from './caseStore.ts';
import type { CasePassOn } from './passedOn.ts';
import { releaseEvidence, type Release } from './evidenceRelease.ts';
import type { ProvinceServices } from './provinceServices.ts';
import { readSubjectRecords } from './subjectRecords.ts';

/**
 * Loaders made fresh for every request: all the subjects (or cases) one `_entities` call asks
 * about are read with one query, and anything asked for twice is read once. An evidence
 * request presented twice in one operation is verified, released and audited once.
 */
export interface ProvinceLoaders {
  readonly recordsBySubject: DataLoader<string, HeldRecord[]>;
  readonly casesById: DataLoader<string, CaseFile | undefined>;
  /** 我的办件: a page of each subject's own cases (as the kind the caller holds it), one query per page asked. */
  readonly casesBySubject: DataLoader<SubjectCasesPage, CaseFile[], string>;
  /** What a list of cases shows of each (a review queue page, a subject's cases), one query per field. */
  readonly commitmentsByCase: DataLoader<string, Commitment[]>;
  /** Who submitted each case (受审分离 bars them from its review). */
  readonly submittersByCase: DataLoader<string, CaseActor[]>;
  readonly childrenByBundle: DataLoader<string, CaseFile[]>;
  /** 联动过户: what each bundle passes on to an enterprise (a list of bundles reads them with one query). */
  readonly passOnsByBundle: DataLoader<string, CasePassOn[]>;
  readonly licenceByCase: DataLoader<string, CaseLicence | undefined>;
  /** After a write to a case: forget what this request read of it (and of any bundle's cases). */
  forgetCase(caseId: string): void;
  release(requestToken: string): Promise<Release>;
}

/** A page of one subject's cases, as the kind of subject the caller holds it. */
export interface SubjectCasesPage {
  readonly subjectId: string;
  readonly kind: SubjectKind;
  readonly page: CaseListPage;
}

function pageKey({ kind, page }: SubjectCasesPage): string {
  return `${kind}|${page.first}|${page.before ?? ''}`;
}

function subjectCasesKey(asked: SubjectCasesPage): string {
  return `${asked.subjectId}|${pageKey(asked)}`;
}

export function createProvinceLoaders(services: ProvinceServices, caller: Caller): ProvinceLoaders {
  const releases = new Map<string, Promise<Release>>();
  const loaders: ProvinceLoaders = {
    recordsBySubject: new DataLoader<string, HeldRecord[]>(async (subjectIds) => {
      // Only a subject with an unreadable record fails; the others in the batch answer.
      const bySubject = readSubjectRecords(services, subjectIds);
      return subjectIds.map((id) => bySubject.get(id) ?? []);
    }),
    casesById: new DataLoader(async (ids) => {
      // 容缺 deadlines are enforced whenever a case is read, not only by the periodic sweep.
      services.cases.terminateOverdue(new Date(), ids);
      const found = services.cases.casesByIds(ids);
      return ids.map((id) => found.get(id));
    }),
    casesBySubject: new DataLoader(
      async (pages) => {
        // The subjects asked for with the same page (every one, as a rule) are listed in one call, one overdue check.
        const byPage = new Map<string, SubjectCasesPage[]>();
        for (const asked of pages) byPage.set(pageKey(asked), [...(byPage.get(pageKey(asked)) ?? []), asked]);
        const found = new Map<string, CaseFile[]>();
        for (const [key, same] of byPage) {
          const { kind, page } = same[0] as SubjectCasesPage;
          // …and when they are listed (我的办件), as a bundle's are below.
          const listed = listedWithOverdueEnded(services, () => services.cases.casesOfSubjects(same.map((asked) => asked.subjectId), kind, page));
          for (const [subjectId, cases] of listed) found.set(`${subjectId}|${key}`, cases);
        }
        return pages.map((asked) => found.get(subjectCasesKey(asked)) ?? []);
      },
      { cacheKeyFn: subjectCasesKey },
    ),
    commitmentsByCase: new DataLoader(async (caseIds) => {
      const found = services.cases.commitmentsOfCases(caseIds);
      return caseIds.map((id) => found.get(id) ?? []);
    }),
    submittersByCase: new DataLoader(async (caseIds) => {
      const found = services.cases.submittersOfCases(caseIds);
      return caseIds.map((id) => found.get(id) ?? []);
    }),
    childrenByBundle: new DataLoader(async (bundleIds) => {
      const found = listedWithOverdueEnded(services, () => services.cases.childrenOfBundles(bundleIds));
      return bundleIds.map((id) => found.get(id) ?? []);
    }),
    passOnsByBundle: new DataLoader(async (bundleIds) => {
      const found = services.cases.passOnsOfBundles(bundleIds);
      return bundleIds.map((id) => found.get(id) ?? []);
    }),
    licenceByCase: new DataLoader(async (caseIds) => {
      const found = services.cases.licencesOfCases(caseIds);
      return caseIds.map((id) => found.get(id));
    }),
    forgetCase(caseId) {
      loaders.casesById.clear(caseId);
      loaders.commitmentsByCase.clear(caseId);
      loaders.submittersByCase.clear(caseId);
      loaders.licenceByCase.clear(caseId);
      // A case's status shows in its bundle's list of cases, and its decision in its bundle's pass-ons.
      loaders.childrenByBundle.clearAll();
      loaders.passOnsByBundle.clearAll();
    },
    release(requestToken) {
      let release = releases.get(requestToken);
      if (!release) {
        release = releaseEvidence(requestToken, caller, services);
        releases.set(requestToken, release);
      }
      return release;
    },
  };
  return loaders;
}

/**
 * Cases listed (a subject's, a bundle's items): a 容缺 case among them past its deadline is
 * terminated first and the list read again, so that it never reads as still waiting for its
 * materials — as casesById does for a case read by its number. One read when none is overdue.
 */
function listedWithOverdueEnded(services: ProvinceServices, list: () => Map<string, CaseFile[]>): Map<string, CaseFile[]> {
  const now = new Date();
  const listed = list();
  const overdue = [...listed.values()]
    .flat()
    .filter((caseFile) => caseFile.status === 'DEFERRED_MATERIALS' && caseFile.deadline !== null && Date.parse(caseFile.deadline) < now.getTime());
  if (overdue.length === 0) return listed;
  return services.cases.terminateOverdue(now, overdue.map((caseFile) => caseFile.id)).length > 0 ? list() : listed;
}
