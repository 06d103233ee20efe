import { ConfigurationError } from '@yrd/shared/process/configurationError';

/**
 * The largest operation the gateway accepts (see operationMeasure.ts for what each number
 * measures). Every default is at least twice what the product's own operations measure — the
 * published ones (gateway/operations) and those the tests send; operationLimits.test.ts checks
 * it. The largest today: a clerk's review queue costs 7 404 (two pages of 50 cases with their
 * decisions), a citizen's own records and cases are depth 7 and select 79 fields in one
 * selection set (every kind of record under one list), a case with everything selects 240
 * fields, and no operation uses more than one alias.
 */
export interface OperationLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxFields: number;
  /** The most fields in one selection set, fragments expanded. */
  readonly maxWidth: number;
  readonly maxCost: number;
  /** UTF-8 bytes of the query text. */
  readonly maxDocumentBytes: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxFields: 500,
  maxWidth: 200,
  maxCost: 20_000,
  maxDocumentBytes: 20_000,
};

/** The environment variable that overrides each limit. */
export const OPERATION_LIMIT_VARIABLES = {
  maxDepth: 'YRD_LIMIT_DEPTH',
  maxAliases: 'YRD_LIMIT_ALIASES',
  maxFields: 'YRD_LIMIT_FIELDS',
  maxWidth: 'YRD_LIMIT_WIDTH',
  maxCost: 'YRD_LIMIT_COST',
  maxDocumentBytes: 'YRD_LIMIT_DOCUMENT_BYTES',
} as const satisfies Record<keyof OperationLimits, string>;

/**
 * The defaults, each overridden by its YRD_LIMIT_* variable when set (empty counts as unset, as
 * for the gateway's other settings). A value that is not a whole number ≥ 1 is a RangeError
 * naming the variable: a typo must not switch a limit off.
 */
export function operationLimitsFromEnvironment(env: Readonly<Record<string, string | undefined>>): OperationLimits {
  const limits: Record<keyof OperationLimits, number> = { ...DEFAULT_OPERATION_LIMITS };
  for (const [limit, variable] of Object.entries(OPERATION_LIMIT_VARIABLES) as [keyof OperationLimits, string][]) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
      throw new ConfigurationError(`${variable} must be a whole number ≥ 1, got "${raw}"`);
    }
    limits[limit] = value;
  }
  return limits;
}
