import type { GraphQLError } from 'graphql';
import { conflict } from '../graphql/errorCodes.ts';
import type { CaseFile } from './caseModel.ts';
import { caseStatusLabel } from './enumLabels.ts';

/**
 * A one-thing bundle (一件事) is reviewed, supplied and post-checked item by item: each item's
 * case holds its own decision, deferred materials and commitments. Asked of the bundle itself,
 * the answer says so and names the item cases the action is for (`waiting`) — or that none is —
 * instead of a status that contradicts what the bundle shows.
 */
export function actOnItemCases(bundle: CaseFile, children: readonly CaseFile[], action: string, waiting: (child: CaseFile) => boolean): GraphQLError {
  const part = (child: CaseFile) => `${child.id}（事项 ${child.itemCode}，${caseStatusLabel(child.status)}）`;
  // Those the action is for (a deferred material is owed, a decision or a post-check is due); the others are beside the point.
  const concerned = children.filter(waiting);
  if (concerned.length === 0) {
    return conflict('ACT_ON_ITEM_CASES', `办件 ${bundle.id} 是“一件事”办件，其中没有待${action}的事项办件（${children.map(part).join('、')}）`, { itemCases: [] });
  }
  return conflict('ACT_ON_ITEM_CASES', `办件 ${bundle.id} 是“一件事”办件，${action}须对其中的事项办件进行：${concerned.map(part).join('、')}`, {
    itemCases: concerned.map((child) => child.id),
  });
}
