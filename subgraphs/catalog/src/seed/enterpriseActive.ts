import type { ApprovalRule } from '@yrd/shared/standard/approvalRule';

/**
 * The enterprise still exists (存续): not revoked (吊销), deregistered (注销) or moved out. One rule
 * for items (分公司设立, 简易注销) and policies alike: the same code means the same everywhere.
 */
export const ENTERPRISE_ACTIVE: ApprovalRule = {
  code: 'ENTERPRISE_ACTIVE',
  description: '企业处于存续状态（未吊销、注销或迁出）',
  evidenceKind: 'BUSINESS_REGISTRATION',
  quantifier: 'ANY',
  conditions: [{ field: 'businessStatus', operator: 'EQ', value: 'ACTIVE' }],
};
