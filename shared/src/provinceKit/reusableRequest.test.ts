import { UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { STORED_AUTHORISATION } from '../evidence/authorisationProof.fixture.ts';
import type { IssuedRequest } from './caseModel.ts';
import { reusableRequest } from './reusableRequest.ts';

const clerk = { kind: 'OPERATOR', region: 'JIANGSU', division: '320509', window: 'WJ-01', operatorId: 'js-1' } as const;
const otherClerk = { ...clerk, window: 'WJ-02', operatorId: 'js-2' } as const;
const issuedAt = new Date('2026-11-26T02:00:00Z');

const authorisation = { by: { kind: 'APPLICANT', subjectId: '310118198804123021' }, at: '2026-11-26T01:59:00.000Z', proof: STORED_AUTHORISATION };
/** Her authorisation as a request carries it: with her signed request (true), without (as between migrations 25 and 26), or none. */
type Authorised = boolean | 'WITHOUT_PROOF';
const carried = (authorised: Authorised) => {
  if (authorised === 'WITHOUT_PROOF') return { authorisation: { by: authorisation.by, at: authorisation.at } };
  return authorised ? { authorisation } : {};
};
const request = (holder: string, kinds: IssuedRequest['kinds'], requester: object = clerk, authorised: Authorised = true): IssuedRequest => ({
  id: `${holder}-${kinds.join('+')}`,
  caseId: '3220261126000001',
  holder,
  kinds,
  token: new UnsecuredJWT({ requester, ...carried(authorised) }).encode(),
  issuedAt: issuedAt.toISOString(),
  expiresAt: new Date(issuedAt.getTime() + 15 * 60_000).toISOString(),
  endedAt: null,
  endReason: null,
});

describe('asking again for evidence', () => {
  const issued = [request('shanghai', ['PROVIDENT_FUND', 'CREDIT_RECORD']), request('zhejiang', ['CREDIT_RECORD'], otherClerk)];
  const soon = new Date(issuedAt.getTime() + 60_000);

  it('reuses the request to the same holder for the same kinds by the same requester, while it has time left', () => {
    expect(reusableRequest(issued, { holder: 'shanghai', kinds: ['CREDIT_RECORD', 'PROVIDENT_FUND'], requester: clerk, proof: STORED_AUTHORISATION }, soon)?.id).toBe('shanghai-PROVIDENT_FUND+CREDIT_RECORD');
  });

  it('signs a new one for other kinds, another holder, another requester, or once half its time is gone', () => {
    expect(reusableRequest(issued, { holder: 'shanghai', kinds: ['PROVIDENT_FUND'], requester: clerk, proof: STORED_AUTHORISATION }, soon)).toBeUndefined();
    expect(reusableRequest(issued, { holder: 'anhui', kinds: ['CREDIT_RECORD'], requester: clerk, proof: STORED_AUTHORISATION }, soon)).toBeUndefined();
    expect(reusableRequest(issued, { holder: 'zhejiang', kinds: ['CREDIT_RECORD'], requester: clerk, proof: STORED_AUTHORISATION }, soon)).toBeUndefined();
    expect(reusableRequest(issued, { holder: 'zhejiang', kinds: ['CREDIT_RECORD'], requester: otherClerk, proof: STORED_AUTHORISATION }, soon)?.holder).toBe('zhejiang');
    const late = new Date(issuedAt.getTime() + 8 * 60_000);
    expect(reusableRequest(issued, { holder: 'shanghai', kinds: ['PROVIDENT_FUND', 'CREDIT_RECORD'], requester: clerk, proof: STORED_AUTHORISATION }, late)).toBeUndefined();
  });
});

describe('a request that has ended', () => {
  const soon = new Date(issuedAt.getTime() + 60_000);

  it('is never reused: asking again after she refused what it released signs a new one', () => {
    const refused: IssuedRequest = { ...request('shanghai', ['PROVIDENT_FUND']), endedAt: soon.toISOString(), endReason: 'APPLICANT_REFUSED' };
    expect(reusableRequest([refused], { holder: 'shanghai', kinds: ['PROVIDENT_FUND'], requester: clerk, proof: STORED_AUTHORISATION }, soon)).toBeUndefined();
    const live = { ...request('shanghai', ['PROVIDENT_FUND']), id: 'fresh' };
    expect(reusableRequest([refused, live], { holder: 'shanghai', kinds: ['PROVIDENT_FUND'], requester: clerk, proof: STORED_AUTHORISATION }, soon)?.id).toBe('fresh');
  });
});

describe('a request signed before authorisations were written into requests', () => {
  it('is never reused: holders refuse it, so asking again signs one carrying her authorisation', () => {
    const soon = new Date(issuedAt.getTime() + 60_000);
    const older = request('shanghai', ['PROVIDENT_FUND'], clerk, false);
    expect(reusableRequest([older], { holder: 'shanghai', kinds: ['PROVIDENT_FUND'], requester: clerk, proof: STORED_AUTHORISATION }, soon)).toBeUndefined();
  });

  it('nor one whose authorisation carries no request of hers a holder could verify (signed before migration 26)', () => {
    const soon = new Date(issuedAt.getTime() + 60_000);
    const unproven = request('shanghai', ['PROVIDENT_FUND'], clerk, 'WITHOUT_PROOF');
    expect(reusableRequest([unproven], { holder: 'shanghai', kinds: ['PROVIDENT_FUND'], requester: clerk, proof: STORED_AUTHORISATION }, soon)).toBeUndefined();
  });

  it('nor one signed under an authorisation she has given again since (the old one lapsed, or its key no longer verifies)', () => {
    const soon = new Date(issuedAt.getTime() + 60_000);
    const earlier = request('shanghai', ['PROVIDENT_FUND']);
    const givenAgain = { ...STORED_AUTHORISATION, assertion: 'eyJhbGciOiJFZERTQSJ9.given-again.unverified' };
    expect(reusableRequest([earlier], { holder: 'shanghai', kinds: ['PROVIDENT_FUND'], requester: clerk, proof: givenAgain }, soon)).toBeUndefined();
  });
});
