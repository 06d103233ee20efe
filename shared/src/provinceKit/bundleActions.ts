import type { GraphQLError } from 'graphql';
import { conflict } from '../graphql/errorCodes.ts';
import type { CaseFile } from './caseModel.ts';
import { caseStatusLabel } from './enumLabels.ts';

/**
 * A one-thing bundle (一件事) is reviewed, supplied and post-checked item by item: each item's
 * case holds its own decision, deferred materials and commitments. Asked of the bundle itself,
 * the answer says so and names the item cases to act on, instead of a status that contradicts
 * what the bundle shows.
 */
export function actOnItemCases(bundle: CaseFile, children: readonly CaseFile[], action: string): GraphQLError {
  const parts = children.map((child) => `${child.id}（事项 ${child.itemCode}，${caseStatusLabel(child.status)}）`);
  return conflict(
    'ACT_ON_ITEM_CASES',
    `办件 ${bundle.id} 是“一件事”办件，${action}须对其中的事项办件分别进行：${parts.join('、')}`,
    { itemCases: children.map((child) => child.id) },
  );
}
