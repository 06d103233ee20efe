import { AggregatorRegistry } from 'prom-client';

/**
 * One worker's metrics as prom-client's `registry.getMetricsAsJSON()` gives them (and IPC carries
 * them), and how the workers' snapshots add up into the cluster's /metrics.
 */
export interface SeriesValue {
  readonly value: number;
  readonly labels: Readonly<Record<string, string | number>>;
  /** A histogram's `_bucket`, `_sum` and `_count` series. */
  readonly metricName?: string;
}

export interface MetricFamily {
  readonly name: string;
  readonly help: string;
  /** 'counter', 'gauge', 'histogram' or 'summary' (prom-client's typings say an enum; the JSON has the string). */
  readonly type: string;
  /** How the cluster combines the workers' values: 'sum' unless the metric says otherwise. */
  readonly aggregator: string;
  readonly values: readonly SeriesValue[];
}

export type MetricSnapshot = readonly MetricFamily[];

/** What a worker sent, checked as far as the aggregation relies on it. */
export function isMetricSnapshot(value: unknown): value is MetricSnapshot {
  return (
    Array.isArray(value) &&
    value.every(
      (family: unknown) =>
        typeof family === 'object' &&
        family !== null &&
        'name' in family &&
        typeof family.name === 'string' &&
        'values' in family &&
        Array.isArray(family.values),
    )
  );
}

/**
 * The cluster's exposition: prom-client's AggregatorRegistry combines the snapshots family by
 * family with each metric's `aggregator` — counters and histograms summed series by series,
 * gauges as each says (gatewayMetrics.ts).
 */
export async function clusterExposition(snapshots: readonly MetricSnapshot[]): Promise<{ contentType: string; body: string }> {
  const registry = AggregatorRegistry.aggregate([...snapshots]);
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/**
 * What the workers that died leave behind: the counts of their counters and histograms as last
 * collected, so that the cluster's totals do not fall back when a worker is replaced (a fall
 * Prometheus would read as a counter reset). Their gauges are not kept: a breaker state or a
 * heap size died with its process. Counts a worker made after its last collection are lost.
 */
export class RetiredCounts {
  private readonly families = new Map<string, { readonly family: Omit<MetricFamily, 'values'>; readonly series: Map<string, SeriesValue> }>();

  add(snapshot: MetricSnapshot): void {
    for (const family of snapshot) {
      // Only sums carry over: a count kept with 'max' or 'average' would not mean what it says.
      if ((family.type !== 'counter' && family.type !== 'histogram') || family.aggregator !== 'sum') continue;
      let kept = this.families.get(family.name);
      if (!kept) {
        kept = { family: { name: family.name, help: family.help, type: family.type, aggregator: family.aggregator }, series: new Map() };
        this.families.set(family.name, kept);
      }
      for (const value of family.values) {
        const key = seriesKey(value);
        const before = kept.series.get(key);
        kept.series.set(key, { ...value, value: (before?.value ?? 0) + value.value });
      }
    }
  }

  snapshot(): MetricSnapshot {
    return [...this.families.values()].map(({ family, series }) => ({ ...family, values: [...series.values()] }));
  }
}

function seriesKey(value: SeriesValue): string {
  const labels = Object.entries(value.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([value.metricName ?? '', labels]);
}
