import { badUserInput } from '../graphql/errorCodes.ts';
import type { CommitmentType } from './caseModel.ts';
import { isItemCode } from '../standard/itemCode.ts';

/**
 * What a one-thing bundle's submission hands in and commits to, for each of its items. An
 * item's material codes are its own (M03 is the seal imprint in one item and the tax
 * application in another), so in a bundle each material — handed in, or promised by a
 * commitment — is named with its item: `100101001000:M03`. Papers every item shares go by
 * document type instead (providedDocuments). An unqualified code, or an item the bundle does
 * not hold, is refused: nothing would say which paper was meant. An item the province passes on
 * (联动过户, `passedOn`: its receiver by item code) is the receiver's to handle, with its papers:
 * refused as PASSED_ON_ITEM, naming the receiver.
 */
export interface ItemSubmission {
  readonly providedMaterials: string[];
  readonly commitments: { readonly materialCode: string; readonly type: CommitmentType }[];
}

export function bundleSubmissionByItem(
  submission: { readonly providedMaterials: readonly string[]; readonly commitments: readonly { readonly materialCode: string; readonly type: CommitmentType }[] },
  itemCodes: readonly string[],
  passedOn: ReadonlyMap<string, string> = new Map(),
): ReadonlyMap<string, ItemSubmission> {
  const byItem = new Map<string, ItemSubmission>(itemCodes.map((code) => [code, { providedMaterials: [], commitments: [] }]));
  const partOf = (entry: string, field: string) => {
    const [itemCode = '', materialCode = '', ...rest] = entry.split(':');
    if (!isItemCode(itemCode) || materialCode === '' || rest.length > 0) {
      throw badUserInput(field, `“一件事”的材料须写明所属事项，如 ${itemCodes[0] ?? '100101001000'}:M03（收到：${entry}）；各事项共用的证件请按证件类型填入 providedDocuments`, {
        reason: 'MATERIAL_ITEM_MISSING',
      });
    }
    const part = byItem.get(itemCode);
    const receiver = passedOn.get(itemCode);
    if (!part && receiver !== undefined) {
      throw badUserInput(field, `事项 ${itemCode} 由${receiver}办理（联动过户：本“一件事”准予后推送给该单位），其材料无需在此提交（收到：${entry}）`, {
        reason: 'PASSED_ON_ITEM',
        itemCode,
      });
    }
    if (!part) throw badUserInput(field, `事项 ${itemCode} 不属于本“一件事”（收到：${entry}）`, { reason: 'NOT_IN_BUNDLE', itemCode });
    return { part, materialCode };
  };
  for (const entry of submission.providedMaterials) {
    const { part, materialCode } = partOf(entry, 'input.providedMaterials');
    if (!part.providedMaterials.includes(materialCode)) part.providedMaterials.push(materialCode);
  }
  for (const commitment of submission.commitments) {
    const { part, materialCode } = partOf(commitment.materialCode, 'input.commitments.materialCode');
    part.commitments.push({ materialCode, type: commitment.type });
  }
  return byItem;
}
