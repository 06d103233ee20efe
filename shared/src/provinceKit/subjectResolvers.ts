import { forbidden } from '../identity/authErrors.ts';
import { holderKind, isHolder, ownIdentifier } from '../identity/caller.ts';
import { pageSize } from '../graphql/pageSize.ts';
import type { EvidenceKind, SubjectKind } from '../standard/evidenceKinds.ts';
import { recordsOfSubjectKind } from '../standard/recordSubjectKind.ts';
import type { FoldOptions } from './auditLog.ts';
import type { ProvinceContext } from './provinceContext.ts';
import { asEntity } from './caseResolvers.ts';
import { accessLogPageStart } from './accessLogCursor.ts';
import { caseListPageStart } from './caseListCursor.ts';
import { accessLogView, recordView } from './recordViews.ts';

/**
 * A subject's records and access log in this province: for the subject's own eyes only. A
 * clerk reads a person's records only as evidence released for a case that needs them.
 * Every refusal is audited; none reveals whether records exist.
 */
const MAX_LOG_PAGE = 200;

/** 我的办件: cases a province lists on a page unless asked for another number, and the most it lists. */
const CASE_PAGE = 10;
const MAX_CASE_PAGE = 50;

/** Like refusals (same subject, caller, reason) within a minute are one entry with a count. */
export const RECORDS_REFUSAL_FOLD: FoldOptions = { withinSeconds: 60 };

function refuseRecords(subjectId: string, context: ProvinceContext, what: 'records' | 'accessLog' | 'cases') {
  const { caller, services } = context;
  const reason = caller.kind === 'ANONYMOUS' ? 'SIGN_IN_REQUIRED' : caller.kind === 'OPERATOR' ? 'CASE_REQUIRED' : 'NOT_THE_SUBJECT';
  // Folded: one anonymous request with twenty aliases of records, cases and accessLog is sixty
  // refusals, which written one by one would push every real access off her first page.
  services.audit.appendFolded({ event: 'RECORDS_REFUSED', outcome: 'REFUSED', reason, subjectId, actor: caller, kinds: [] }, RECORDS_REFUSAL_FOLD);
  const messages = {
    SIGN_IN_REQUIRED: '查询个人记录需要先登录（本人）',
    CASE_REQUIRED: '窗口人员只能通过需要这些材料的办件调取记录',
    NOT_THE_SUBJECT: { records: '只能查询本人（本企业）的记录', accessLog: '只能查询本人（本企业）的访问记录', cases: '只能查询本人（本企业）的办件' }[what],
  } as const;
  return forbidden(reason, messages[reason], { region: services.config.region.code });
}

/**
 * The signed-in holder of the number, as a person or as an enterprise: a citizen and an
 * enterprise sharing one number each see their own records, cases and history only.
 */
function holderOf(subjectId: string, context: ProvinceContext, what: 'records' | 'accessLog' | 'cases'): SubjectKind {
  const kind = isHolder(context.caller, subjectId) ? holderKind(context.caller) : undefined;
  if (!kind) throw refuseRecords(subjectId, context, what);
  return kind;
}

export const subjectFieldResolvers = {
  records: async (subject: { id: string }, args: { kinds?: EvidenceKind[] | null }, context: ProvinceContext) => {
    const kind = holderOf(subject.id, context, 'records');
    const records = recordsOfSubjectKind(await context.loaders.recordsBySubject.load(subject.id), kind);
    const wanted = args.kinds ? new Set(args.kinds) : undefined;
    return records.filter((record) => !wanted || wanted.has(record.kind)).map((record) => recordView(record, 'HOLDER'));
  },
  cases: async (subject: { id: string }, args: { first?: number | null; before?: string | null }, context: ProvinceContext) => {
    const kind = holderOf(subject.id, context, 'cases');
    const first = pageSize(args.first, CASE_PAGE, MAX_CASE_PAGE);
    const before = caseListPageStart(args.before, context.services.config.region.code);
    if (before === null) return [];
    // As the kind she holds the number as: a citizen is not the enterprise that shares her number.
    return (await context.loaders.casesBySubject.load({ subjectId: subject.id, kind, page: { first, before } })).map((caseFile) => asEntity(caseFile, 'HOLDER'));
  },
  accessLog: (subject: { id: string }, args: { first?: number | null; before?: string | null }, context: ProvinceContext) => {
    const kind = holderOf(subject.id, context, 'accessLog');
    const first = pageSize(args.first, 50, MAX_LOG_PAGE);
    const region = context.services.config.region.code;
    const before = accessLogPageStart(args.before, region);
    if (before === null) return [];
    return context.services.audit
      .entriesFor(subject.id, kind, first, before)
      .map((entry) => accessLogView(entry, region, ownIdentifier(context.caller) ?? ''));
  },
};
