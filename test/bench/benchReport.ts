/** One benchmark's result: what it measured, in lines for people and numbers for tools. */
export interface BenchReport {
  readonly name: string;
  readonly lines: readonly string[];
  /** Side-by-side comparisons measured in the same run (the targets are stated as these). */
  readonly ratios: Readonly<Record<string, number>>;
  readonly metrics: Readonly<Record<string, number>>;
  /** Rows of the summary table (bench-results/latest.md), each a ratio with what it compares and its target. */
  readonly comparisons?: readonly BenchComparison[];
}

/** One row of the summary table: a ratio measured side by side, and the target it answers to. */
export interface BenchComparison {
  /** What is compared, e.g. "gateway overhead, one-province query: p50 latency, gateway / direct". */
  readonly what: string;
  /** The two (or more) measurements behind the ratio, briefly. */
  readonly measured: string;
  readonly ratio: number;
  /** The target in words, e.g. "≤ 1.5×"; absent when there is none. */
  readonly target?: string;
  readonly met?: boolean;
}

/** The p-quantile (0..1) of some durations, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}
