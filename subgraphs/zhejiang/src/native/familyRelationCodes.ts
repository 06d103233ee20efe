import type { HouseholdRelation, Sex } from '@yrd/shared/standard/recordContents';
import type { ZhejiangCodeTable } from './codeTable.ts';

/**
 * GB/T 4761-2008 家庭关系代码 (two-digit codes), as the 户籍 warehouse stores 与户主关系.
 *
 * Decoding folds the national codes onto the five standard relations:
 * - HEAD   ← 02 户主, and 01 本人 (some 户籍 exports write 本人 on the head's own row);
 * - SPOUSE ← 10 配偶, 11 夫, 12 妻;
 * - CHILD  ← 20–27, 29 (sons, adopted/step sons) and 30–37, 39 (daughters, adopted/step);
 * - PARENT ← 50 父母, 51 父亲, 52 母亲, 57 继父或养父, 58 继母或养母, 59 其他父母关系;
 * - OTHER  ← every other code of the standard: children-in-law (28 女婿, 38 儿媳),
 *   grandchildren (4x), parents-in-law (53–56: the standard's PARENT is the person's own
 *   parent), grandparents (6x), siblings (7x), other relatives and non-relatives (80–97, 99).
 *
 * Encoding writes what a 户口簿 shows, which depends on the person's sex: HEAD 02 户主;
 * SPOUSE 11 夫 / 12 妻; CHILD 20 子 / 30 女; PARENT 51 父亲 / 52 母亲; OTHER 80 其他.
 */
const RELATIONS: ReadonlyArray<readonly [code: string, label: string, relation: HouseholdRelation]> = [
  ['01', '本人', 'HEAD'],
  ['02', '户主', 'HEAD'],
  ['10', '配偶', 'SPOUSE'],
  ['11', '夫', 'SPOUSE'],
  ['12', '妻', 'SPOUSE'],
  ['20', '子', 'CHILD'],
  ['21', '独生子', 'CHILD'],
  ['22', '长子', 'CHILD'],
  ['23', '次子', 'CHILD'],
  ['24', '三子', 'CHILD'],
  ['25', '四子', 'CHILD'],
  ['26', '五子', 'CHILD'],
  ['27', '养子或继子', 'CHILD'],
  ['28', '女婿', 'OTHER'],
  ['29', '其他儿子', 'CHILD'],
  ['30', '女', 'CHILD'],
  ['31', '独生女', 'CHILD'],
  ['32', '长女', 'CHILD'],
  ['33', '次女', 'CHILD'],
  ['34', '三女', 'CHILD'],
  ['35', '四女', 'CHILD'],
  ['36', '五女', 'CHILD'],
  ['37', '养女或继女', 'CHILD'],
  ['38', '儿媳', 'OTHER'],
  ['39', '其他女儿', 'CHILD'],
  ['40', '孙子、孙女或外孙子、外孙女', 'OTHER'],
  ['41', '孙子', 'OTHER'],
  ['42', '孙女', 'OTHER'],
  ['43', '外孙子', 'OTHER'],
  ['44', '外孙女', 'OTHER'],
  ['45', '孙媳妇或外孙媳妇', 'OTHER'],
  ['46', '孙女婿或外孙女婿', 'OTHER'],
  ['47', '曾孙子或外曾孙子', 'OTHER'],
  ['48', '曾孙女或外曾孙女', 'OTHER'],
  ['49', '其他孙子、孙女或外孙子、外孙女', 'OTHER'],
  ['50', '父母', 'PARENT'],
  ['51', '父亲', 'PARENT'],
  ['52', '母亲', 'PARENT'],
  ['53', '公公', 'OTHER'],
  ['54', '婆婆', 'OTHER'],
  ['55', '岳父', 'OTHER'],
  ['56', '岳母', 'OTHER'],
  ['57', '继父或养父', 'PARENT'],
  ['58', '继母或养母', 'PARENT'],
  ['59', '其他父母关系', 'PARENT'],
  ['60', '祖父母或外祖父母', 'OTHER'],
  ['61', '祖父', 'OTHER'],
  ['62', '祖母', 'OTHER'],
  ['63', '外祖父', 'OTHER'],
  ['64', '外祖母', 'OTHER'],
  ['65', '配偶的祖父母或外祖父母', 'OTHER'],
  ['66', '曾祖父', 'OTHER'],
  ['67', '曾祖母', 'OTHER'],
  ['68', '配偶的曾祖父母或外曾祖父母', 'OTHER'],
  ['69', '其他祖父母或外祖父母关系', 'OTHER'],
  ['70', '兄弟姐妹', 'OTHER'],
  ['71', '兄', 'OTHER'],
  ['72', '嫂', 'OTHER'],
  ['73', '弟', 'OTHER'],
  ['74', '弟媳', 'OTHER'],
  ['75', '姐姐', 'OTHER'],
  ['76', '姐夫', 'OTHER'],
  ['77', '妹妹', 'OTHER'],
  ['78', '妹夫', 'OTHER'],
  ['79', '其他兄弟姐妹', 'OTHER'],
  ['80', '其他', 'OTHER'],
  ['81', '伯父', 'OTHER'],
  ['82', '伯母', 'OTHER'],
  ['83', '叔父', 'OTHER'],
  ['84', '婶母', 'OTHER'],
  ['85', '舅父', 'OTHER'],
  ['86', '舅母', 'OTHER'],
  ['87', '姨父', 'OTHER'],
  ['88', '姨母', 'OTHER'],
  ['89', '姑父', 'OTHER'],
  ['90', '姑母', 'OTHER'],
  ['91', '堂兄弟、堂姐妹', 'OTHER'],
  ['92', '表兄弟、表姐妹', 'OTHER'],
  ['93', '侄子', 'OTHER'],
  ['94', '侄女', 'OTHER'],
  ['95', '外甥', 'OTHER'],
  ['96', '外甥女', 'OTHER'],
  ['97', '其他亲属', 'OTHER'],
  ['99', '非亲属', 'OTHER'],
];

export const FAMILY_RELATION_CODES: ZhejiangCodeTable<HouseholdRelation, string> = RELATIONS.map(
  ([code, label, relation]) => ({ value: relation, code, label }),
);

const WRITTEN_CODES: Readonly<Record<HouseholdRelation, Readonly<Record<Sex, string>>>> = {
  HEAD: { MALE: '02', FEMALE: '02' },
  SPOUSE: { MALE: '11', FEMALE: '12' },
  CHILD: { MALE: '20', FEMALE: '30' },
  PARENT: { MALE: '51', FEMALE: '52' },
  OTHER: { MALE: '80', FEMALE: '80' },
};

/** The GB/T 4761 code the warehouse writes for a person's relation to the head. */
export function familyRelationCodeFor(relation: HouseholdRelation, sex: Sex): string {
  return WRITTEN_CODES[relation][sex];
}
