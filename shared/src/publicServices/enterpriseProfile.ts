import type { EvidenceKind } from '../standard/evidenceKinds.ts';

/**
 * The normalised enterprise profile policies are matched against (政策兑现): what a policy's
 * eligibility rules may read. validateStandardItem holds policy items to it. Electronic licences
 * are in it because a policy claimed once per period reads its own licences (claimPeriod.ts).
 */
export const POLICY_PROFILE_KINDS = ['BUSINESS_REGISTRATION', 'TAX', 'CREDIT_RECORD', 'E_LICENCE'] as const satisfies readonly EvidenceKind[];

/** What 涉企信息公示 aggregates: registration, licences, and penalties, listings and inspection results. */
export const DISCLOSURE_KINDS = ['BUSINESS_REGISTRATION', 'E_LICENCE', 'CREDIT_RECORD'] as const satisfies readonly EvidenceKind[];
