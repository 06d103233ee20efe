import type { Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';

/**
 * The span attributes in which Apollo Gateway records the client's operation name (on its
 * `gateway.request` and `gateway.plan` spans, set as each span starts).
 */
export const OPERATION_NAME_ATTRIBUTES = ['graphql.operation.name', 'operationName'] as const;

/**
 * Keeps client-chosen operation names out of traces, as out of the log and the metrics: an
 * operation name is the client's to make up and may hold a person's number
 * (`query Q340102199608081337 { … }`), so a span carries it only when it is one of the persisted
 * operation list, else the label `unlisted` (GatewayMetrics.operationLabel). Runs first among the
 * provider's processors, when a span starts: Apollo Gateway sets the name in the span's starting
 * attributes and never after, and an exporter only sees what ended.
 */
export class OperationNameSpanProcessor implements SpanProcessor {
  constructor(private readonly label: (operationName: string) => string) {}

  onStart(span: Span): void {
    for (const attribute of OPERATION_NAME_ATTRIBUTES) {
      const value = span.attributes[attribute];
      if (typeof value === 'string') span.setAttribute(attribute, this.label(value));
    }
  }

  onEnd(): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
