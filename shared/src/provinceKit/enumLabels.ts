import { Kind, parse } from 'graphql';
import { REGIONS } from '../regions/regionRegistry.ts';
import { provinceTypeDefs } from './provinceTypeDefs.ts';

/**
 * The Chinese label of a coded value, for text a clerk or an applicant reads: 已办结（准予）, not
 * APPROVED; 女, not FEMALE. The labels are the schema's own — each labelled enum's value
 * descriptions (labelledEnumSdl, provinceTypeDefs.ts and recordTypeDefs.ts) — read from the
 * province schema once, when first asked, so that what a message says and what the schema
 * documents are one table. Codes stay in `extensions` (and in every machine-readable field).
 */
let labels: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined;

/** An enum of a schema with the label (description) of each of its labelled values. */
export interface LabelledEnum {
  readonly name: string;
  readonly values: readonly { readonly value: string; readonly label: string }[];
}

/** The labelled enums of a schema's SDL, in its order: those with at least one described value. */
export function labelledEnumsOf(sdl: string): LabelledEnum[] {
  return parse(sdl).definitions.flatMap((definition) => {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) return [];
    const values = (definition.values ?? []).flatMap((value) => (value.description ? [{ value: value.name.value, label: value.description.value }] : []));
    return values.length > 0 ? [{ name: definition.name.value, values }] : [];
  });
}

function labelTables(): ReadonlyMap<string, ReadonlyMap<string, string>> {
  // Every province declares the same enums (they are shared value types): any one schema has them all.
  labels ??= new Map(
    labelledEnumsOf(provinceTypeDefs(REGIONS[0])).map(({ name, values }) => [name, new Map(values.map(({ value, label }) => [value, label]))] as const),
  );
  return labels;
}

/** The label the schema gives `value` of the enum `enumName`; undefined for an enum or value it does not label. */
export function enumLabel(enumName: string, value: string): string | undefined {
  return labelTables().get(enumName)?.get(value);
}

/** Every labelled enum of the province schema with its values' labels, in the schema's order. */
export function labelledEnums(): LabelledEnum[] {
  return [...labelTables()].map(([name, values]) => ({ name, values: [...values].map(([value, label]) => ({ value, label })) }));
}

/** A case's status as a clerk says it (人工审核中, 已办结（准予）); the code itself only if the schema has no label for it. */
export function caseStatusLabel(status: string): string {
  return enumLabel('CaseStatus', status) ?? status;
}
