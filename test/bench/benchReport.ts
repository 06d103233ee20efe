/** One benchmark's result: what it measured, in lines for people and numbers for tools. */
export interface BenchReport {
  readonly name: string;
  readonly lines: readonly string[];
  /** Side-by-side comparisons measured in the same run (the targets are stated as these). */
  readonly ratios: Readonly<Record<string, number>>;
  readonly metrics: Readonly<Record<string, number>>;
}

/** The p-quantile (0..1) of some durations, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}
