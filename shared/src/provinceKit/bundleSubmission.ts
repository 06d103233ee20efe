import { badUserInput } from '../graphql/errorCodes.ts';
import { isItemCode } from '../standard/itemCode.ts';

/**
 * The materials a one-thing bundle's submission hands in, for each of its items. An item's
 * material codes are its own (M03 is the seal imprint in one item and the tax application in
 * another), so in a bundle each material is named with its item: `100101001000:M03`. Papers
 * every item shares go by document type instead (providedDocuments). An unqualified code, or an
 * item the bundle does not hold, is refused: nothing would say which paper was handed in.
 */
export function bundleMaterials(provided: readonly string[], itemCodes: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const byItem = new Map<string, string[]>(itemCodes.map((code) => [code, []]));
  for (const entry of provided) {
    const [itemCode = '', materialCode = '', ...rest] = entry.split(':');
    if (!isItemCode(itemCode) || materialCode === '' || rest.length > 0) {
      throw badUserInput('input.providedMaterials', `“一件事”的材料须写明所属事项，如 ${itemCodes[0] ?? '100101001000'}:M03（收到：${entry}）；各事项共用的证件请按证件类型填入 providedDocuments`, {
        reason: 'MATERIAL_ITEM_MISSING',
      });
    }
    const materials = byItem.get(itemCode);
    if (!materials) {
      throw badUserInput('input.providedMaterials', `事项 ${itemCode} 不属于本“一件事”（收到：${entry}）`, { reason: 'NOT_IN_BUNDLE', itemCode });
    }
    if (!materials.includes(materialCode)) materials.push(materialCode);
  }
  return byItem;
}
