import type { CodeTable } from '../standard/codeTable.ts';

/** SDL of a GraphQL enum whose values and descriptions come from a code table. */
export function enumSdl(name: string, table: CodeTable, description?: string): string {
  const values = table.map((entry) => `  "${entry.label}（${entry.code}）"\n  ${entry.value}`).join('\n');
  return `${description ? `"${description}"\n` : ''}enum ${name} {\n${values}\n}`;
}

/** SDL of an enum from plain values with labels. */
export function labelledEnumSdl(name: string, values: Readonly<Record<string, string>>, description?: string): string {
  const lines = Object.entries(values).map(([value, label]) => `  "${label}"\n  ${value}`).join('\n');
  return `${description ? `"${description}"\n` : ''}enum ${name} {\n${lines}\n}`;
}
