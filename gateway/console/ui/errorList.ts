import type { GraphQLErrorShape } from '../graphql/resultTypes.ts';
import { h } from './dom.ts';
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

/** One error as the page shows it: the gateway's own message, its code in words, and the province it names. */
export function errorItem(error: GraphQLErrorShape): HTMLLIElement {
  const code = error.extensions?.code;
  const region = error.extensions?.region;
  const reason = error.extensions?.reason;
  return h(
    'li',
    { class: 'error-item', testId: 'error', 'data-code': code ?? '' },
    h('strong', { class: 'error-code' }, code ? (CODE_LABELS[code] ?? code) : '错误'),
    typeof region === 'string' ? h('span', { class: 'tag' }, regionLabel(region)) : null,
    h('span', { class: 'error-message' }, error.message),
    reason || code ? h('small', { class: 'error-detail' }, [code, reason].filter(Boolean).join(' · ')) : null,
  );
}

/** The errors of an answer, or nothing when there are none. */
export function errorList(errors: readonly GraphQLErrorShape[]): HTMLUListElement | null {
  if (errors.length === 0) return null;
  return h('ul', { class: 'errors', role: 'alert' }, errors.map(errorItem));
}
