import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { OperationNameSpanProcessor } from './operationNameSpans.ts';

/**
 * OpenTelemetry traces, configured by the standard environment variables: OTEL_TRACES_EXPORTER
 * (otlp | console | none; default none, or otlp when an OTLP endpoint is set),
 * OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (read by the exporter itself),
 * OTEL_SERVICE_NAME. Apollo Gateway records its spans (request, plan, fetch per subgraph)
 * through @opentelemetry/api once a provider is registered; the W3C trace context then travels
 * to every subgraph in `traceparent`. A span names only an operation of the persisted list
 * (`operationLabel`, as the metrics and the log do): any other name is `unlisted`.
 */
export interface Tracing {
  readonly exporter: string;
  shutdown(): Promise<void>;
}

export function startTracing(env: NodeJS.ProcessEnv = process.env, operationLabel: (operationName: string) => string = () => 'unlisted'): Tracing {
  const configured = env.OTEL_TRACES_EXPORTER ?? (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? 'otlp' : 'none');
  let exporter: SpanExporter;
  switch (configured) {
    case 'none':
      return { exporter: 'none', shutdown: async () => {} };
    case 'otlp':
      exporter = new OTLPTraceExporter();
      break;
    case 'console':
      exporter = new ConsoleSpanExporter();
      break;
    default:
      throw new ConfigurationError(`OTEL_TRACES_EXPORTER must be otlp, console or none, got "${configured}"`);
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME ?? 'yrd-gateway' }),
    spanProcessors: [new OperationNameSpanProcessor(operationLabel), new BatchSpanProcessor(exporter, { scheduledDelayMillis: 500 })],
  });
  provider.register();
  return { exporter: configured, shutdown: () => provider.shutdown() };
}
