/**
 * A rule's description states the condition it requires (企业在嘉兴市登记注册, 缴存职工无未结清的
 * 住房公积金个人住房贷款), because it is shown beside `passed: true` as well as `false`, and a
 * failed one is said as 不符合条件：…. A description worded as the failure (企业未在嘉兴市登记注册,
 * 企业存在尚未履行完毕的行政处罚, 缴存职工尚有未结清的…) reads wrong beside "passed". These are the
 * phrasings that give such a description away.
 */
const FAILURE_PHRASINGS: readonly [pattern: RegExp, why: string][] = [
  [/^(未查到|未取得|没有|未在|无法|不能)/, 'starts with what is missing'],
  [/尚有|存在(?!续)|尚未移出|被列入|受到过/, 'says what the subject has against it'],
  [/未在/, 'says where the subject is not'],
  [/不足|不满|(?<!不)超过|不处于|不符合/, 'says how the subject falls short'],
  [/需人工|人工核实/, 'tells the clerk what to do when it fails'],
];

/** Why a rule description reads as a failure rather than the condition required, or undefined. */
export function failureWording(description: string): string | undefined {
  for (const [pattern, why] of FAILURE_PHRASINGS) {
    const found = pattern.exec(description);
    if (found) return `description "${description}" ${why} ("${found[0]}"): state the condition required, as read beside passed true or false`;
  }
  return undefined;
}
