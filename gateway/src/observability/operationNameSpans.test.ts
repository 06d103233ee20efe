import { requestContextSpanAttributes } from '@apollo/gateway/dist/utilities/opentelemetry.js';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from './gatewayMetrics.ts';
import { OperationNameSpanProcessor } from './operationNameSpans.ts';

describe('operation names in traces', () => {
  it('name only an operation of the persisted list; a made-up name, which can hold a person’s number, is "unlisted"', async () => {
    const metrics = new GatewayMetrics([], new Set(['ItemGuide']));
    const exporter = new InMemorySpanExporter();
    const provider = new NodeTracerProvider({
      spanProcessors: [new OperationNameSpanProcessor((name) => metrics.operationLabel(name)), new SimpleSpanProcessor(exporter)],
    });
    const tracer = provider.getTracer('test');
    // The attributes Apollo Gateway gives its request span, made by its own function.
    for (const operationName of ['ItemGuide', 'Q340102199608081337']) {
      tracer.startSpan('gateway.request', { attributes: requestContextSpanAttributes({ operationName } as never, undefined) }).end();
      tracer.startSpan('gateway.plan', { attributes: { 'graphql.operation.name': operationName } }).end();
    }
    tracer.startSpan('gateway.fetch', { attributes: { service: 'catalog' } }).end();
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans().map((span) => ({ name: span.name, attributes: span.attributes }));
    expect(spans).toEqual([
      { name: 'gateway.request', attributes: { operationName: 'ItemGuide', 'graphql.operation.name': 'ItemGuide' } },
      { name: 'gateway.plan', attributes: { 'graphql.operation.name': 'ItemGuide' } },
      { name: 'gateway.request', attributes: { operationName: 'unlisted', 'graphql.operation.name': 'unlisted' } },
      { name: 'gateway.plan', attributes: { 'graphql.operation.name': 'unlisted' } },
      { name: 'gateway.fetch', attributes: { service: 'catalog' } },
    ]);
    expect(JSON.stringify(spans)).not.toContain('340102199608081337');
    await provider.shutdown();
  });
});
