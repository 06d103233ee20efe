import { Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { measureOperation, type OperationMeasure } from './operationMeasure.ts';

/** Measures kept per operation of a document, one per distinct set of page-size variable values. */
const MEASURES_PER_OPERATION = 32;

interface OperationMeasures {
  /** The variables the measure reads: those given as a `first` argument anywhere in the document. */
  readonly sizeVariables: readonly string[];
  /** By the raw values of sizeVariables (JSON, each absent one as []), at most MEASURES_PER_OPERATION of them. */
  readonly byValues: Map<string, OperationMeasure>;
}

/**
 * Each operation measured once, not on every request. Apollo Server hands every request for
 * the same query text the same parsed document (its document store, rebuilt with the schema),
 * so a measure is kept per schema, document and operation name; the documents and schemas it is
 * kept for are held weakly and go with them.
 *
 * A measure depends on variables only through page sizes (`first: $n`), so it is kept per value
 * of the variables given as a `first` argument — raw values, which coerce the same way each time
 * — and every other variable (an identifier, a search text) leaves it as it is.
 */
export class MeasuredOperations {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, OperationMeasures>>>();

  measure(document: DocumentNode, operationName: string | null | undefined, schema: GraphQLSchema, variables?: Record<string, unknown>): OperationMeasure {
    let byDocument = this.bySchema.get(schema);
    if (!byDocument) this.bySchema.set(schema, (byDocument = new WeakMap()));
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const operationKey = operationName ?? '';
    let measures = byOperation.get(operationKey);
    if (!measures) byOperation.set(operationKey, (measures = { sizeVariables: sizeVariablesOf(document), byValues: new Map() }));

    // An absent variable ([]) is not one given as null ([null]): the first takes its default.
    const valuesKey = JSON.stringify(measures.sizeVariables.map((name) => (variables !== undefined && Object.hasOwn(variables, name) ? [variables[name]] : [])));
    const known = measures.byValues.get(valuesKey);
    if (known) return known;
    const measure = measureOperation(document, operationName, schema, variables);
    // Past the bound (a client paging with ever new sizes) the oldest measure makes room.
    if (measures.byValues.size >= MEASURES_PER_OPERATION) measures.byValues.delete(measures.byValues.keys().next().value as string);
    measures.byValues.set(valuesKey, measure);
    return measure;
  }
}

/** The names of the variables given as a `first` argument anywhere in the document. */
export function sizeVariablesOf(document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first' && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}
