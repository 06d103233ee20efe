import { labelledEnums, labelledEnumsOf, type LabelledEnum } from '@yrd/shared/provinceKit/enumLabels';

/*
 * The Chinese labels of the schema's coded values (CaseStatus 已办结（准予）, EvidenceKind
 * 住房公积金缴存记录, AuditOutcome 查询无记录, …), for a client that cannot read them from the
 * schema: introspection is off in production, and an app showing 我的 must not hard-code them.
 * They are the schema's own value descriptions — the provinces' labelled enums (enumLabels.ts)
 * and the hub's — so what the app shows and what the schema documents are one table.
 */
/** Every labelled enum of the federation, by name; the province's version of one the hub also declares wins (they are shared value types). */
export function federationEnumLabels(hubTypeDefs: string): ReadonlyMap<string, LabelledEnum> {
  const byName = new Map<string, LabelledEnum>(labelledEnumsOf(hubTypeDefs).map((labelled) => [labelled.name, labelled]));
  for (const labelled of labelledEnums()) byName.set(labelled.name, labelled);
  return new Map([...byName].sort(([a], [b]) => a.localeCompare(b)));
}

/** `enumLabels(names:)`: the enums asked for (all when none are named); a name the schema has no labels for is left out. */
export function enumLabelsResolver(hubTypeDefs: string) {
  let tables: ReadonlyMap<string, LabelledEnum> | undefined;
  return (_: unknown, args: { names?: readonly string[] | null }): LabelledEnum[] => {
    tables ??= federationEnumLabels(hubTypeDefs);
    const all = tables;
    return args.names ? [...new Set(args.names)].flatMap((name) => all.get(name) ?? []) : [...all.values()];
  };
}
