/**
 * A code table of the Zhejiang warehouse: the standard value, the code the warehouse stores
 * (an integer for the warehouse's own status dictionaries, a fixed-width string for national
 * standard codes such as GB 3304 '01'), and the Chinese label of the code.
 */
export interface ZhejiangCode<V extends string, C extends number | string> {
  readonly value: V;
  readonly code: C;
  readonly label: string;
}

export type ZhejiangCodeTable<V extends string, C extends number | string> = readonly ZhejiangCode<V, C>[];

/** The entry of a stored code, or undefined when the code is not in the table. */
export function entryForCode<V extends string, C extends number | string>(
  table: ZhejiangCodeTable<V, C>,
  code: C,
): ZhejiangCode<V, C> | undefined {
  return table.find((entry) => entry.code === code);
}

/**
 * The code the warehouse writes for a standard value. Where several codes decode to one value
 * (decode-only aliases), the first entry of the value is the one written.
 */
export function codeForValue<V extends string, C extends number | string>(table: ZhejiangCodeTable<V, C>, value: V): C {
  const entry = table.find((candidate) => candidate.value === value);
  if (!entry) throw new RangeError(`no Zhejiang code for ${value}`);
  return entry.code;
}
