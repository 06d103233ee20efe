import { regionByCode } from '@yrd/shared/regions/regionRegistry';

/** Chinese names of the schema's enum values (as the schema's own descriptions give them). */
const CASE_STATUS: Record<string, string> = {
  OPEN: '已受理，收集材料中',
  AWAITING_EVIDENCE: '已提交，等待省份答复',
  DEFERRED_MATERIALS: '容缺受理，待补齐材料',
  IN_REVIEW: '人工审核中',
  APPROVED: '已办结（准予）',
  PARTLY_APPROVED: '已办结（部分准予）',
  REJECTED: '不予批准',
  TERMINATED: '已终止',
  REVOKED: '已撤销',
  WITHDRAWN: '已撤回',
};

const EVIDENCE_KIND: Record<string, string> = {
  SOCIAL_INSURANCE: '社会保险参保缴费记录',
  PROVIDENT_FUND: '住房公积金缴存记录',
  HOUSEHOLD_REGISTRATION: '户籍登记信息',
  MARRIAGE: '婚姻登记信息',
  BUSINESS_REGISTRATION: '市场主体登记信息',
  TAX: '纳税信息',
  CREDIT_RECORD: '信用记录',
  E_LICENCE: '电子证照',
};

const EVIDENCE_STATUS: Record<string, string> = { PENDING_PREVIEW: '待申请人确认', ACCEPTED: '申请人已确认使用', REJECTED: '申请人拒绝使用', ERASED: '已删除（办件已撤回）' };
const DECISION_OUTCOME: Record<string, string> = { APPROVED: '准予', IN_REVIEW: '转人工审核', REJECTED: '不予批准', TERMINATED: '终止办理' };
const SATISFIED_BY: Record<string, string> = {
  EVIDENCE: '由数据共享替代（无证明）',
  PROVIDED: '已提交',
  SUPPLY_LATER: '容缺，承诺后补',
  COMMITMENT: '以告知承诺代替',
  NOT_NEEDED: '非必要，未提交',
};
const AUDIT_EVENT: Record<string, string> = {
  // An answer to an evidence request, whatever it released: the outcome says 已提供 or 查询无记录.
  EVIDENCE_RELEASED: '答复了材料调取',
  EVIDENCE_REFUSED: '拒绝提供材料',
  RECORDS_REFUSED: '拒绝查询个人记录',
  EVIDENCE_REJECTED: '拒收未通过校验的材料',
  DIRECT_CALL_REFUSED: '拒绝未经网关的访问',
  CASE_EVIDENCE_VIEWED: '查看了办件中的材料',
  CASE_REFUSED: '拒绝查看或办理办件',
};
/**
 * Why a province refused or ended an access, as the data subject reads it in her access history
 * (the entry's reason). REQUEST_ENDED is no refusal of her: the request had ended — its case
 * withdrawn, submitted or decided, or she refused a record it released.
 */
const AUDIT_REASON: Record<string, string> = {
  REQUEST_ENDED: '调取请求已失效（所属办件已撤回、已提交或已办结，或您已拒绝使用其提供的记录），该省未再提供数据——不是拒绝您本人',
  KIND_NOT_NEEDED: '所办事项不需要该类数据（目的限定），该省未提供',
  NOT_THE_CASE_OFFICER: '出示请求的不是提出请求的经办人，该省未提供',
  NOT_AUTHORISED: '调取请求没有您本人的数据调取授权，该省未提供',
  NOT_VIA_GATEWAY: '访问未经长三角网关，该省已拒绝',
  // A request in her name, authentic but sent again around the gateway: a replay, or its content changed.
  // Said as what was seen, not as an attack: a proxy retrying the gateway's own request looks the same as someone replaying it.
  CALLER_REPLAYED: '以您名义发出的一次请求被再次发送（可能是网络设备重发，也可能是他人截取后重放），该省已拒绝，未作任何处理',
  CALLER_BODY_MISMATCH: '以您名义发出的一次请求被改动内容后发送，该省已拒绝，未作任何处理',
  CALLER_NOT_BOUND: '以您名义的一次查询凭证被用于办理业务，该省已拒绝，未作任何处理',
  UNTRUSTED_ISSUER: '调取请求的签发省份与办件省份不一致，该省已拒绝',
  WRONG_AUDIENCE: '调取请求不是发给该省的，该省已拒绝',
  RECORDS_UNREADABLE: '该省暂时无法读取记录',
  REQUEST_NO_ENCRYPTION_KEY: '请求方省份缺少加密公钥，该省未提供（不以明文发送）',
};

/** An access's reason in words; an unknown code is named as such, so it is never read as a sentence. */
export function accessReasonLabel(reason: string): string {
  return AUDIT_REASON[reason] ?? `原因代码 ${reason}`;
}

const AUDIT_OUTCOME: Record<string, string> = { RELEASED: '已提供', NO_RECORDS: '查询无记录', REFUSED: '已拒绝', REJECTED: '已拒收', VIEWED: '已查看' };
const ACTOR_KIND: Record<string, string> = {
  ANONYMOUS: '未登录',
  // Not 本人: a citizen in someone's access history is anyone signed in as themselves (format.ts names the holder 本人).
  CITIZEN: '居民',
  ENTERPRISE: '企业',
  OPERATOR: '窗口工作人员',
  SERVICE: '联盟成员系统',
  APPLICANT: '申请人',
  SYSTEM: '系统',
};
const PLACE_KIND: Record<string, string> = { SERVICE_HALL: '政务服务大厅', WINDOW: '窗口', SELF_SERVICE_TERMINAL: '7×24 自助终端' };
const POST_CHECK: Record<string, string> = { PENDING: '告知承诺待核查', PASSED: '核查通过', FAILED: '核查不实' };
/** 联动过户: where an item a bundle passes on to an enterprise stands. */
const PASS_ON_STATUS: Record<string, string> = { AWAITING: '待登记办结后推送', PASSED_ON: '已推送', CANCELLED: '已取消', RECALLED: '已撤回（已通知承办企业）' };
const COMMITMENT_TYPE: Record<string, string> = { SUPPLY_LATER: '容缺后补承诺', IN_LIEU_OF_PROOF: '告知承诺' };
const LICENCE_STATUS: Record<string, string> = { VALID: '有效', REVOKED: '已撤销', EXPIRED: '已过期' };
const TICKET_STATUS: Record<string, string> = { WAITING: '等候中', CALLED: '已叫号', CANCELLED: '已取消', EXPIRED: '已过号（当日未叫号）' };
const KNOWLEDGE_KIND: Record<string, string> = { ITEM: '事项', MATERIAL: '申请材料', FAQ: '常见问题', NEGATIVE_LIST_ENTRY: '负面清单' };
const TIME_UNIT: Record<string, string> = { WORKING_DAYS: '个工作日', NATURAL_DAYS: '个自然日' };
/** Document types a one-thing bundle asks for once, for all its items (a material's documentType). */
const DOCUMENT_TYPE: Record<string, string> = {
  APPLICATION_FORM: '申请表',
  IDENTITY_DOCUMENT: '有效身份证件',
  POWER_OF_ATTORNEY: '授权委托书',
  PROPERTY_CERTIFICATE: '不动产权属证书',
  TRANSFER_CONTRACT: '权属转移合同',
  TAX_CERTIFICATE: '完税凭证',
};

const from = (table: Record<string, string>) => (value: string | null | undefined): string => (value ? (table[value] ?? value) : '—');

export const caseStatusLabel = from(CASE_STATUS);
export const evidenceKindLabel = from(EVIDENCE_KIND);
export const evidenceStatusLabel = from(EVIDENCE_STATUS);
export const decisionOutcomeLabel = from(DECISION_OUTCOME);
export const satisfiedByLabel = from(SATISFIED_BY);
export const auditEventLabel = from(AUDIT_EVENT);
export const auditOutcomeLabel = from(AUDIT_OUTCOME);
export const actorKindLabel = from(ACTOR_KIND);
export const placeKindLabel = from(PLACE_KIND);
export const postCheckLabel = from(POST_CHECK);
export const passOnStatusLabel = from(PASS_ON_STATUS);
export const commitmentTypeLabel = from(COMMITMENT_TYPE);
export const licenceStatusLabel = from(LICENCE_STATUS);
export const ticketStatusLabel = from(TICKET_STATUS);
export const knowledgeKindLabel = from(KNOWLEDGE_KIND);
export const timeUnitLabel = from(TIME_UNIT);
export const documentTypeLabel = from(DOCUMENT_TYPE);

/** A case's status, saying why where the status alone would not: 已撤销（告知承诺核查不实）. */
export function caseStatusInWords(status: string, postCheck: string | null | undefined): string {
  if (status === 'REVOKED' && postCheck === 'FAILED') return `${caseStatusLabel(status)}（告知承诺核查不实）`;
  return caseStatusLabel(status);
}

/** 上海市, 江苏省, … from the region registry. */
export function regionLabel(code: string | null | undefined): string {
  if (!code) return '—';
  return regionByCode(code)?.name ?? code;
}
