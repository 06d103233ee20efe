import type { GraphQLErrorShape } from '../graphql/resultTypes.ts';
import { h } from './dom.ts';
import { messageInWords } from './messageInWords.ts';
import { regionLabel } from './labels.ts';

const CODE_LABELS: Record<string, string> = {
  BAD_USER_INPUT: '输入有误',
  NOT_FOUND: '未找到',
  FORBIDDEN: '无权限',
  UNAUTHENTICATED: '未登录或登录已失效',
  CONFLICT: '当前状态不允许',
  SUBGRAPH_UNAVAILABLE: '省份暂不可用',
  RATE_LIMITED: '请求过于频繁',
  NETWORK: '网络错误',
  SIGN_IN_REQUIRED: '需要登录',
  PERSISTED_QUERY_NOT_IN_LIST: '操作未发布',
  INTERNAL_SERVER_ERROR: '系统错误',
};

/**
 * Refusals whose code is too broad to head them: a closed hall is BAD_USER_INPUT to the
 * province, but nothing the person typed was wrong — the heading follows the server's reason.
 */
const REASON_LABELS: Record<string, string> = {
  PLACE_CLOSED: '现在不能取号',
  POLICY_CLOSED: '政策已截止申请',
  POLICY_NOT_YET_OPEN: '政策尚未开始受理',
  POLICY_NOT_IN_FORCE: '政策已停止执行',
  EVIDENCE_EXPIRED: '材料已过有效期',
  SEPARATION_OF_DUTIES: '受审分离',
  // 数据调取授权: nothing the clerk did wrong — the applicant has yet to confirm on her phone.
  AUTHORISATION_REQUIRED: '申请人尚未授权调取数据',
  NOT_AUTHORISED: '未经申请人授权',
  // The province's rules refusing a submission: nothing was mistyped, the case cannot go on as it stands.
  MATERIALS_MISSING: '材料不齐，不能提交',
  MATERIAL_ITEM_MISSING: '材料不齐，不能提交',
  TOLERANCE_NOT_ALLOWED: '不能容缺受理',
  TOLERANCE_EXCLUDED: '不能容缺受理',
  COMMITMENT_EXCLUDED: '不能适用告知承诺',
  APPLICANT_NAME_MISSING: '缺少申请人姓名',
  REFUSED_BY_APPLICANT: '申请人已拒绝使用',
  REQUEST_ENDED: '调取请求已失效',
  AMBIGUOUS_SUBJECT: '请选择按个人或按单位办理',
};

/** The fields a refusal names (extensions.field), as the page labels them. */
const FIELD_LABELS: Record<string, string> = {
  id: '办件编号',
  caseId: '办件编号',
  subjectId: '身份号码 / 信用代码',
  'input.subjectId': '身份号码 / 信用代码',
  'input.applicantName': '申请人姓名',
  applicantName: '申请人姓名',
  'input.subjectKind': '按个人或按单位办理',
  reason: '理由',
  note: '核查情况',
  'input.providedMaterials': '材料',
  'input.commitments': '承诺',
};

/** A refusal's heading: its reason where that says more than its code, else its code in words — a real mistake in what was typed names the field. */
function heading(code: string | undefined, reason: string | undefined, field: string | undefined): string {
  if (reason && REASON_LABELS[reason]) return REASON_LABELS[reason];
  if (code === 'BAD_USER_INPUT' && field && FIELD_LABELS[field]) return `输入有误：${FIELD_LABELS[field]}`;
  return code ? (CODE_LABELS[code] ?? '未能办理') : '错误';
}

/** One error as the page shows it: the gateway's own message (without its argument path), its code (or its reason) in words, and the province it names. */
export function errorItem(error: GraphQLErrorShape, testId = 'error'): HTMLLIElement {
  const code = error.extensions?.code;
  const region = error.extensions?.region;
  const reason = error.extensions?.reason;
  return h(
    'li',
    { class: 'error-item', testId, 'data-code': code ?? '', 'data-reason': reason },
    h('strong', { class: 'error-code' }, heading(code, reason, typeof error.extensions?.field === 'string' ? error.extensions.field : undefined)),
    typeof region === 'string' ? h('span', { class: 'tag' }, regionLabel(region)) : null,
    h('span', { class: 'error-message' }, messageInWords(error)),
    // The codes, for whoever the clerk reports it to: small, after the words.
    reason || code ? h('small', { class: 'error-detail' }, `错误代码：${[code, reason].filter(Boolean).join(' · ')}`) : null,
  );
}

/** The errors of an answer, or nothing when there are none. */
export function errorList(errors: readonly GraphQLErrorShape[]): HTMLUListElement | null {
  if (errors.length === 0) return null;
  return h('ul', { class: 'errors', role: 'alert' }, errors.map((error) => errorItem(error)));
}

/**
 * The errors of an answer that did what was asked all the same — a mutation applied, with a
 * part of its answer another service could not fill in (the item's name from the catalog):
 * shown as warnings under a line saying it was done, never as a failure.
 */
export function warningList(errors: readonly GraphQLErrorShape[]): HTMLElement | null {
  if (errors.length === 0) return null;
  return h(
    'div',
    { class: 'warnings', role: 'status', testId: 'warnings' },
    h('p', {}, '已办理成功，但部分信息暂未取得：'),
    h('ul', { class: 'errors' }, errors.map((error) => errorItem(error, 'warning'))),
  );
}
