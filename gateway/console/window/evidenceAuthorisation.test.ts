import { describe, expect, it } from 'vitest';
import { authorisationOf, authorisationToHolder, authorisedInWords, awaitingAuthorisation, awaitsAuthorisation } from './evidenceAuthorisation.ts';

const AUTHORISED = { authorisedBy: { kind: 'APPLICANT', subjectId: '310118198804123021' }, authorisedAt: '2026-11-27T02:02:03.000Z', validUntil: '2026-12-26T02:02:03.000Z' };

describe('数据调取授权 at the console', () => {
  it('waits for her while not given and the case still gathers evidence', () => {
    expect(awaitsAuthorisation({ authorisation: null, status: 'OPEN' })).toBe(true);
    expect(awaitsAuthorisation({ authorisation: null, status: 'AWAITING_EVIDENCE' })).toBe(true);
    expect(awaitsAuthorisation({ authorisation: AUTHORISED, status: 'OPEN' })).toBe(false);
    // Submitted or withdrawn without it: nothing is gathered any more, so nothing waits for it.
    expect(awaitsAuthorisation({ authorisation: null, status: 'IN_REVIEW' })).toBe(false);
    expect(awaitsAuthorisation({ authorisation: null, status: 'WITHDRAWN' })).toBe(false);
  });

  it('names the case and its item (a bundle by its code); a bundle’s item is authorised with its bundle, as the bundle names it', () => {
    const item = { code: '200047001000', name: '个人申请出具异地贷款缴存使用证明', instantApproval: true };
    expect(authorisationOf({ id: '3220261127000003', bundleId: null, bundleCode: null, item })).toEqual({ caseId: '3220261127000003', itemCode: '200047001000' });
    expect(authorisationOf({ id: '3320261127000001', bundleId: null, bundleCode: 'PROPERTY_TRANSFER', item: null })).toEqual({ caseId: '3320261127000001', itemCode: 'PROPERTY_TRANSFER' });
    expect(authorisationOf({ id: '3320261127000002', bundleId: '3320261127000001', bundleCode: null, item })).toBeNull();
  });

  it('says who authorised and when, in China time', () => {
    const decided = { subjectKind: 'PERSON', status: 'APPROVED' } as const;
    expect(authorisedInWords(AUTHORISED, decided)).toBe('申请人本人（310118198804123021）已于 2026/11/27 10:02:03 授权调取数据');
    expect(authorisedInWords({ ...AUTHORISED, authorisedBy: { kind: 'APPLICANT', subjectId: null } }, decided)).toBe('申请人本人已于 2026/11/27 10:02:03 授权调取数据');
    // While the case gathers evidence, until when.
    expect(authorisedInWords(AUTHORISED, { subjectKind: 'PERSON', status: 'OPEN' })).toBe('申请人本人（310118198804123021）已于 2026/11/27 10:02:03 授权调取数据（有效至 2026/12/26 10:02:03）');
    const company = { ...AUTHORISED, authorisedBy: { kind: 'APPLICANT', subjectId: '91330421MA2B3C4D17' } };
    expect(authorisedInWords(company, { subjectKind: 'ENTERPRISE', status: 'APPROVED' })).toBe('申请企业（91330421MA2B3C4D17）已于 2026/11/27 10:02:03 授权调取数据');
  });


  it('tells her in 我的办件 when she authorised the case, or that nothing is asked before she does', () => {
    expect(authorisationToHolder({ authorisation: AUTHORISED, lapsedAuthorisation: null, status: 'APPROVED' })).toBe('您已于 2026/11/27 10:02:03 授权为本办件向持有您数据的省份调取所需记录（数据调取授权）');
    expect(authorisationToHolder({ authorisation: AUTHORISED, lapsedAuthorisation: null, status: 'OPEN' })).toBe(
      '您已于 2026/11/27 10:02:03 授权为本办件向持有您数据的省份调取所需记录（数据调取授权）（有效至 2026/12/26 10:02:03）',
    );
    expect(authorisationToHolder({ authorisation: null, lapsedAuthorisation: null, status: 'OPEN' })).toBe('本办件尚待您授权调取数据：在您用本人账号确认“授权调取”（在窗口用本人手机，或在网上继续办理本办件时）之前，不会向任何省份调取您的记录；授权约一个月后到期，届时需再次确认');
    expect(authorisationToHolder({ authorisation: null, lapsedAuthorisation: null, status: 'WITHDRAWN' })).toBeNull();
  });

  it('says when her authorisation lapsed, to her and at the desk, while the case still gathers evidence', () => {
    const lapsed = { authorisation: null, lapsedAuthorisation: AUTHORISED, status: 'AWAITING_EVIDENCE' };
    expect(authorisationToHolder(lapsed)).toBe('您于 2026/11/27 10:02:03 作出的数据调取授权已于 2026/12/26 10:02:03 到期：在您再次确认“授权调取”之前，不会向任何省份调取您的记录');
    expect(awaitingAuthorisation(lapsed)).toBe('申请人于 2026/11/27 10:02:03 作出的授权已于 2026/12/26 10:02:03 到期：请申请人在本人手机上登录并重新确认“授权调取”，确认后即可向持有省份请求数据');
    expect(awaitingAuthorisation({ lapsedAuthorisation: null })).toBe('等待申请人授权：请申请人在本人手机上登录并确认“授权调取”，确认后即可向持有省份请求数据');
  });
});
