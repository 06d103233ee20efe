import { SUBMITTABLE } from '@yrd/shared/provinceKit/caseModel';
import type { CaseAuthorisationView, CaseView } from '../graphql/resultTypes.ts';
import { dateTime } from '../ui/format.ts';

/**
 * 数据调取授权 as the console reads it. No province is asked for the applicant's records for a
 * case until she authorises it herself, naming the case and its item — signed in on her own
 * phone at a window, or in the case's panel online: anyone's request before is refused
 * (AUTHORISATION_REQUIRED), hers too. It lapses after about a month (the case then shows none,
 * and she is asked again).
 */

/** What the desk shows instead of 向持有省份请求数据 while she has not authorised the case (or her authorisation lapsed). */
export function awaitingAuthorisation(view: Pick<CaseView, 'lapsedAuthorisation'>): string {
  const lapsed = view.lapsedAuthorisation;
  if (lapsed) return `申请人于 ${dateTime(lapsed.authorisedAt)} 作出的授权已于 ${dateTime(lapsed.validUntil)} 到期：请申请人在本人手机上登录并重新确认“授权调取”，确认后即可向持有省份请求数据`;
  return '等待申请人授权：请申请人在本人手机上登录并确认“授权调取”，确认后即可向持有省份请求数据';
}

/**
 * Whether the case waits for her authorisation before any province may be asked: not given,
 * and the case still gathers evidence (a submitted or withdrawn one cannot be authorised).
 */
export function awaitsAuthorisation(view: Pick<CaseView, 'authorisation' | 'status'>): boolean {
  return view.authorisation === null && (SUBMITTABLE as readonly string[]).includes(view.status);
}

/**
 * What she authorises of a case that is no bundle's item: the case and its item, or a bundle by
 * its code — named in her authorisation, which the holding provinces check against the requests.
 * A bundle's item is authorised with its bundle (the province refuses the item alone,
 * PART_OF_BUNDLE), whose own view names it: null for the item.
 */
export function authorisationOf(view: Pick<CaseView, 'id' | 'bundleId' | 'bundleCode' | 'item'>): { caseId: string; itemCode: string } | null {
  if (view.bundleId) return null;
  const itemCode = view.bundleCode ?? view.item?.code;
  return itemCode ? { caseId: view.id, itemCode } : null;
}

/**
 * Who authorised the case and when, as the desk shows it: 申请人本人（…）已于 2026/11/27 10:02:03
 * 授权调取数据 — for an enterprise, 申请企业（…） — and, while the case still gathers evidence,
 * until when (有效至 …).
 */
export function authorisedInWords(authorisation: CaseAuthorisationView, view: Pick<CaseView, 'subjectKind' | 'status'>): string {
  const { subjectId } = authorisation.authorisedBy;
  const who = view.subjectKind === 'ENTERPRISE' ? '申请企业' : '申请人本人';
  return `${who}${subjectId ? `（${subjectId}）` : ''}已于 ${dateTime(authorisation.authorisedAt)} 授权调取数据${validity(authorisation, view)}`;
}

/** （有效至 …） while the case still gathers evidence; nothing once it is past (its authorisation is history). */
function validity(authorisation: Pick<CaseAuthorisationView, 'validUntil'>, view: Pick<CaseView, 'status'>): string {
  return (SUBMITTABLE as readonly string[]).includes(view.status) ? `（有效至 ${dateTime(authorisation.validUntil)}）` : '';
}

/**
 * Her authorisation as she reads it in 我的办件: when she gave it (at the window on her phone, or
 * online) — or, for a case that still gathers evidence, that nothing is asked of the provinces
 * until she does (again, once it lapsed). Null for a case that can take none any more.
 */
export function authorisationToHolder(view: Pick<CaseView, 'authorisation' | 'lapsedAuthorisation' | 'status'>): string | null {
  if (view.authorisation) return `您已于 ${dateTime(view.authorisation.authorisedAt)} 授权为本办件向持有您数据的省份调取所需记录（数据调取授权）${validity(view.authorisation, view)}`;
  if (!awaitsAuthorisation(view)) return null;
  const lapsed = view.lapsedAuthorisation;
  if (lapsed) return `您于 ${dateTime(lapsed.authorisedAt)} 作出的数据调取授权已于 ${dateTime(lapsed.validUntil)} 到期：在您再次确认“授权调取”之前，不会向任何省份调取您的记录`;
  return '本办件尚待您授权调取数据：在您用本人账号确认“授权调取”（在窗口用本人手机，或在网上继续办理本办件时）之前，不会向任何省份调取您的记录；授权约一个月后到期，届时需再次确认';
}
