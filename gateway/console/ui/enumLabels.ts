import type { GatewayClient } from '../graphql/gatewayClient.ts';
import { RECORD_FIELD_ENUMS } from './recordFieldEnums.ts';

export { RECORD_FIELD_ENUMS };

/** What the published EnumLabels operation answers: each enum named, with the schema's label of every value. */
export interface EnumLabelsResult {
  readonly enumLabels: readonly { readonly name: string; readonly values: readonly { readonly value: string; readonly label: string }[] }[];
}

/** Every enum the console labels from the schema. */
export const LABELLED_ENUMS: readonly string[] = [...new Set(Object.values(RECORD_FIELD_ENUMS).flatMap((fields) => Object.values(fields)))].sort();

/**
 * The schema's Chinese labels of coded values, read once from the gateway's published EnumLabels
 * operation (anonymous: the labels are public) — no table copied into the page to drift from the
 * schema. Until they are in, or if they cannot be had (the hub down, an old manifest), a value
 * shows as itself; a failed read is tried again the next time labels are waited for.
 */
export class EnumLabels {
  private readonly byEnum = new Map<string, ReadonlyMap<string, string>>();
  private loading: Promise<void> | undefined;

  constructor(private readonly client: Pick<GatewayClient, 'run'>) {}

  /** Settles once the labels are in or could not be had; never rejects. */
  ready(): Promise<void> {
    this.loading ??= this.client.run<EnumLabelsResult>('EnumLabels', { names: LABELLED_ENUMS }).then(
      ({ data }) => {
        for (const labelled of data?.enumLabels ?? []) this.byEnum.set(labelled.name, new Map(labelled.values.map(({ value, label }) => [value, label])));
        if (this.byEnum.size === 0) this.loading = undefined;
      },
      () => {
        this.loading = undefined;
      },
    );
    return this.loading;
  }

  /** The schema's label of `value` of the enum `enumName`, or the value itself when there is none. */
  label(enumName: string, value: string): string {
    return this.byEnum.get(enumName)?.get(value) ?? value;
  }

  /** The label of a record field's value when the field is coded (RECORD_FIELD_ENUMS), else undefined. */
  recordFieldLabel(recordType: string, field: string, value: unknown): string | undefined {
    const enumName = RECORD_FIELD_ENUMS[recordType]?.[field];
    if (!enumName) return undefined;
    if (Array.isArray(value)) return value.map((each) => this.label(enumName, String(each))).join('、');
    return typeof value === 'string' ? this.label(enumName, value) : undefined;
  }
}
