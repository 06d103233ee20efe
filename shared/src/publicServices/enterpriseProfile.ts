import type { EvidenceKind } from '../standard/evidenceKinds.ts';

/**
 * The normalised enterprise profile policies are matched against (政策兑现): what a policy's
 * eligibility rules may read. validateStandardItem holds policy items to it.
 */
export const POLICY_PROFILE_KINDS = ['BUSINESS_REGISTRATION', 'TAX', 'CREDIT_RECORD'] as const satisfies readonly EvidenceKind[];

/** What 涉企信息公示 aggregates: registration, licences, and penalties, listings and inspection results. */
export const DISCLOSURE_KINDS = ['BUSINESS_REGISTRATION', 'E_LICENCE', 'CREDIT_RECORD'] as const satisfies readonly EvidenceKind[];
