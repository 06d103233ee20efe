import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../callerAuthentication.ts';
import type { OperationManifest } from '../persistedOperations/operationManifest.ts';
import { placeholderVariables } from './placeholderVariables.ts';

/**
 * Plans every published operation before a client asks for it, so that the first window to
 * send one does not pay for query planning (tens of milliseconds for a fan-out) — and again
 * after each supergraph change, which empties Apollo Gateway's plan cache.
 *
 * Each operation goes through Apollo Server as a client's would (its text hashes to the same
 * plan-cache key as the manifest id a client sends), with placeholder variables of the right
 * types (the gateway checks them before planning) and a warm-up context. The gateway's
 * `experimental_didResolveQueryPlan` hook calls `stopAfterPlanning`, which throws for a warm-up
 * right after the plan is stored and before anything is executed: no subgraph is called, no
 * mutation runs.
 */
/** Marks a warm-up's context (a symbol survives the copy Apollo Server makes of a context). */
const WARM_UP = Symbol('yrd.queryPlanWarmUp');

const PLANNED_ONLY = 'query plan warm-up: planned, not executed';

class PlannedOnly extends Error {
  constructor() {
    super(PLANNED_ONLY);
  }
}

/** For `experimental_didResolveQueryPlan`: ends a warm-up request once its plan is stored. */
export function stopAfterPlanning(context: object | undefined): void {
  if (isWarmUp(context)) throw new PlannedOnly();
}

/** Whether a request is a warm-up (not a client's: no log line, no metrics). */
export function isWarmUp(context: object | undefined): boolean {
  return context !== undefined && WARM_UP in context;
}

export interface WarmUpResult {
  readonly planned: number;
  /** Operations the planner refused (a manifest that no longer fits the schema), by name. */
  readonly failed: readonly { readonly name: string; readonly message: string }[];
  readonly ms: number;
}

export async function warmQueryPlans(
  apollo: ApolloServer<GatewayContext>,
  schema: GraphQLSchema,
  manifest: OperationManifest,
  makeContext: () => GatewayContext,
): Promise<WarmUpResult> {
  const started = performance.now();
  let planned = 0;
  const failed: { name: string; message: string }[] = [];
  for (const operation of manifest.operations) {
    const contextValue = { ...makeContext(), [WARM_UP]: true };
    const response = await apollo.executeOperation(
      { query: operation.body, operationName: operation.name, variables: placeholderVariables(schema, operation.body) },
      { contextValue },
    );
    const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    const refusal = errors.find((error) => !error.message.includes(PLANNED_ONLY));
    if (refusal) failed.push({ name: operation.name, message: refusal.message });
    else planned++;
    // Let client requests in between: planning is synchronous work on the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { planned, failed, ms: performance.now() - started };
}
