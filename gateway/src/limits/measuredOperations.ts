import { Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { measureOperation, type OperationMeasure } from './operationMeasure.ts';

/** Measures kept per operation of a document, one per distinct set of page sizes and list lengths. */
const MEASURES_PER_OPERATION = 32;

interface OperationMeasures {
  /** The variables the measure reads the value of: those given as a `first` argument anywhere in the document. */
  readonly sizeVariables: readonly string[];
  /** The variables the measure may read the length of: those given whole as any other argument. */
  readonly lengthVariables: readonly string[];
  /** By valuesKey, at most MEASURES_PER_OPERATION of them. */
  readonly byValues: Map<string, OperationMeasure>;
}

/**
 * Each operation measured once, not on every request. Apollo Server hands every request for
 * the same query text the same parsed document (its document store, rebuilt with the schema),
 * so a measure is kept per schema, document and operation name; the documents and schemas it is
 * kept for are held weakly and go with them.
 *
 * A measure depends on variables only through page sizes (`first: $n`) and the lengths of lists
 * that size a field (`subjects(ids: $ids)`), so it is kept per value of the variables given as a
 * `first` argument — raw values, which coerce the same way each time — and per length of those
 * given as another argument. An identifier or a search text is "one value" whatever it says, and
 * a list of 200 ids is keyed by 200, not by the ids: it leaves the measure as it is.
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
    if (!measures) {
      byOperation.set(operationKey, (measures = { sizeVariables: sizeVariablesOf(document), lengthVariables: lengthVariablesOf(document), byValues: new Map() }));
    }

    const valuesKey = valuesKeyOf(measures, variables);
    const known = measures.byValues.get(valuesKey);
    if (known) return known;
    const measure = measureOperation(document, operationName, schema, variables);
    // Past the bound (a client paging with ever new sizes) the oldest measure makes room.
    if (measures.byValues.size >= MEASURES_PER_OPERATION) measures.byValues.delete(measures.byValues.keys().next().value as string);
    measures.byValues.set(valuesKey, measure);
    return measure;
  }
}

/**
 * What the measure reads of the request's variables, as a key: each size variable by its raw
 * value, each length variable by what sizingArguments.ts reads of it — absent ([]), null ([null]),
 * a list (its length, a number) or a single value (1, a list of one as GraphQL coerces it). An
 * absent variable is not one given as null: `first` takes its default when absent.
 */
function valuesKeyOf(measures: OperationMeasures, variables: Record<string, unknown> | undefined): string {
  const given = (name: string) => variables !== undefined && Object.hasOwn(variables, name);
  const sizes = measures.sizeVariables.map((name) => (given(name) ? [variables![name]] : []));
  const lengths = measures.lengthVariables.map((name) => {
    if (!given(name)) return [];
    const value = variables![name];
    return value === null || value === undefined ? [null] : Array.isArray(value) ? value.length : 1;
  });
  return JSON.stringify([sizes, lengths]);
}

/** The names of the variables given as a `first` argument anywhere in the document. */
export function sizeVariablesOf(document: DocumentNode): readonly string[] {
  return argumentVariablesOf(document, (name) => name === 'first');
}

/**
 * The names of the variables given whole as an argument other than `first` anywhere in the
 * document: any of them may be a list that sizes its field (`ids: $ids`). Which ones do is the
 * schema's to say; keying all of them by length costs nothing, as a single value is always 1.
 */
export function lengthVariablesOf(document: DocumentNode): readonly string[] {
  return argumentVariablesOf(document, (name) => name !== 'first');
}

function argumentVariablesOf(document: DocumentNode, argumentNamed: (name: string) => boolean): readonly string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argumentNamed(argument.name.value) && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}
