import type { ActorView, FeeView, TimeLimit } from '../graphql/resultTypes.ts';
import { actorKindLabel, regionLabel, timeUnitLabel } from './labels.ts';

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** An instant in China Standard Time, as a clerk reads it. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : DATE_TIME.format(at);
}

export function timeLimit(limit: TimeLimit | null | undefined): string {
  if (!limit) return '—';
  if (limit.amount === 0) return '即办';
  return `${limit.amount} ${timeUnitLabel(limit.unit)}${limit.note ? `（${limit.note}）` : ''}`;
}

export function fee(value: FeeView | null | undefined): string {
  if (!value) return '—';
  if (!value.charged) return '不收费';
  return `${value.amount === null ? '—' : money(value.amount)} 元${value.basis ? `（${value.basis}）` : ''}`;
}

const DECIMAL_YUAN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * An amount in yuan with two decimals, as the schema's Yuan gives it ("40.00"): a decimal string
 * is read as written, never through a float, so no amount is rounded. Anything else, as given.
 */
function money(amount: string | number): string {
  const text = typeof amount === 'number' ? (Number.isFinite(amount) ? amount.toFixed(2) : String(amount)) : amount.trim();
  const parts = DECIMAL_YUAN.exec(text);
  if (!parts) return text;
  const [, sign = '', whole = '', fraction = ''] = parts;
  return `${sign}${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** An amount a fee's basis sets: 40.00 元, or 免收 where the basis waives it (0). */
export function yuan(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const text = money(amount);
  return /^-?0\.00$/.test(text) ? '免收' : `${text} 元`;
}

/** One of the amounts a fee's basis sets besides the ordinary one: 丢失补领或损坏换领：40.00 元; 小微企业（含个体工商户）申请：免收. */
export function feeVariant(variant: { readonly circumstance: string; readonly amount: string | number }): string {
  return `${variant.circumstance}：${yuan(variant.amount)}`;
}

export function yesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value ? '是' : '否';
}

export function distance(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)} 米` : `${(meters / 1000).toFixed(1)} 公里`;
}

/**
 * Who acted: 江苏省 · 窗口 WJ-CSJ-01 · js-wj-0001, or 系统 / 申请人（…）. `self` is the signed-in
 * holder's own identifier where the page shows their own history: a person or enterprise is
 * 本人 / 本企业 only when it is them — anyone else who signed in as themselves (someone who
 * tried to read their records) is 居民 / 企业 with the identifier as the province gives it,
 * masked.
 */
export function actor(view: ActorView | null | undefined, self?: string | null): string {
  if (!view) return '—';
  if (self && view.subjectId === self && (view.kind === 'CITIZEN' || view.kind === 'ENTERPRISE')) return view.kind === 'CITIZEN' ? '本人' : '本企业';
  if (view.kind === 'OPERATOR') {
    return [regionLabel(view.region), view.division ? `区划 ${view.division}` : null, view.window ? `窗口 ${view.window}` : null, view.operatorId ? `工作人员 ${view.operatorId}` : null]
      .filter(Boolean)
      .join(' · ');
  }
  if (view.member) return `${actorKindLabel(view.kind)}（${view.member}）`;
  return view.subjectId ? `${actorKindLabel(view.kind)}（${view.subjectId}）` : actorKindLabel(view.kind);
}

/**
 * A note as a province wrote it, with a space between a window's or a material's code and the
 * Chinese that follows it (窗口 WJ-CSJ-01提交 → 窗口 WJ-CSJ-01 提交): the code stays legible. Provinces
 * now write the space themselves; notes written before keep their text in the history.
 */
export function spacedNote(text: string): string {
  return text.replace(/([A-Za-z][A-Za-z0-9_-]*\d)(?=[\u4e00-\u9fff])/g, '$1 ').replace(/(?<=[\u4e00-\u9fff])([A-Za-z]+-[A-Za-z0-9-]+)/g, ' $1');
}
