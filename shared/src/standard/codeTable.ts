/**
 * A national code table: the enum value used in the schema, the code the national catalog
 * (GB/T 39554, GB/T 39046) uses on the wire, and the Chinese label shown to people.
 */
export interface CodeTableEntry<V extends string = string> {
  readonly value: V;
  readonly code: string;
  readonly label: string;
}

export type CodeTable<V extends string = string> = readonly CodeTableEntry<V>[];

export type ValueOf<T extends CodeTable> = T[number]['value'];

export function entryByValue<T extends CodeTable>(table: T, value: string): T[number] | undefined {
  return table.find((entry) => entry.value === value);
}

export function entryByCode<T extends CodeTable>(table: T, code: string): T[number] | undefined {
  return table.find((entry) => entry.code === code);
}

export function labelOf<T extends CodeTable>(table: T, value: ValueOf<T>): string {
  const entry = entryByValue(table, value);
  if (!entry) throw new Error(`no entry ${value} in code table`);
  return entry.label;
}
