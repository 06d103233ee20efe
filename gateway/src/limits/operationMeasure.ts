/**
 * How big an operation is, measured from its document before the gateway plans it.
 *
 * The measure is of the selected operation as written, with every fragment (named or inline)
 * expanded where it is spread. Fields under every type condition count (an abstract selection
 * is measured as if every branch ran), and `@skip`/`@include` are ignored: the measure is the
 * worst case the document can ask for.
 *
 * - depth: the deepest chain of nested fields (`{ case(id: …) { id } }` is 2).
 * - aliases: field selections that carry an alias.
 * - fields: field selections, fragments expanded (a fragment spread twice counts twice).
 * - widestSelection: the most fields in one selection set, fragments expanded into it.
 * - cost: an estimate of the work the federation does for the operation (below).
 *
 * Cost model
 * ----------
 * Every field costs 1. A field with a selection (an object, interface or union) costs 1 plus
 * the cost of its selection times the number of objects it may return:
 *
 * 1. 1 for a single object;
 * 2. for a list, its `first` argument (a literal, a variable, or the `first` default the schema
 *    declares — `accessLog` pages of 50 cost as 50). `first: null` (or a `first` with no default
 *    left out) is the page the resolver falls back to, which the schema does not say: counted as
 *    FALLBACK_PAGE_SIZE, the largest fallback any subgraph uses;
 * 3. else, for a list whose length a required list argument sets — `subjects(ids: $ids)` answers
 *    one subject per id — that list's length (sizingArguments.ts). It comes before the fan-out:
 *    `evidenceSources(requests: …)` answers one source per request, not one per province;
 * 4. else, for a list fanned out to the provinces, the number of regions (4). A list fans out
 *    when its items are nullable (one province down nulls only its entry) and are an interface
 *    or union whose every possible type is region-named (`ShanghaiSubject`, `JiangsuSubject`, …,
 *    prefixes from the region registry): `Subject.regions`, `StandardItem.implementations`,
 *    `EvidenceGathering.sources`, `NegativeListEntryView.provinceGuidance`, …;
 * 5. else, for a list directly inside a page — a single object taking `first`, such as
 *    `items(first: 20) { edges { … } }` — the page's `first`;
 * 6. else 10.
 *
 * Introspection (`__schema`, `__type`, `__typename` and everything under them) is answered by
 * the gateway from its own schema: it costs 0 and adds no depth (it still counts as fields,
 * aliases and width, so it cannot be multiplied by aliases for free).
 *
 * Variables give `first: $n` its value and `ids: $ids` its length. Each variable is coerced on its
 * own, so that one a request gets wrong leaves the others read: the measure of a variable then
 * depends on its value alone, which is what lets measuredOperations.ts keep it per value.
 *
 * Every number saturates at Number.MAX_SAFE_INTEGER, and each named fragment is measured once
 * (per page size), so a fragment spread exponentially often is measured in linear time.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { REGIONS } from '@yrd/shared/regions/regionRegistry';
import { sizedLength } from './sizingArguments.ts';

export interface OperationMeasure {
  readonly depth: number;
  readonly aliases: number;
  readonly fields: number;
  readonly widestSelection: number;
  readonly cost: number;
}

/** Items a list is assumed to hold when nothing in the document or schema says otherwise. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Items of a page asked for with `first: null` (or without a `first` that has no default): the
 * subgraphs' resolvers answer it with their own fallback — `pageSize(args.first, 50, …)` for
 * accessLog, inReview, pendingPostChecks, fee entries and the disclosure lists (whose
 * registrations declare 20 but fall back to 50), 20 or 10 elsewhere — so the largest of them.
 * operationMeasure.test.ts checks no resolver falls back to more.
 */
export const FALLBACK_PAGE_SIZE = 50;

/** Entries of a list fanned out to the provinces: one per region. */
export const PER_PROVINCE_LIST_SIZE = REGIONS.length;

/**
 * The measure of the operation `operationName` selects in `document` (or its only operation).
 * A document with no such operation measures 0 everywhere: execution reports that, not the limits.
 * `variables` are the request's raw variables; they give `first: $n` its value and `ids: $ids` its length.
 */
export function measureOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  schema: GraphQLSchema,
  variables?: Record<string, unknown>,
): OperationMeasure {
  const operation = getOperationAST(document, operationName);
  const rootType = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !rootType) return { depth: 0, aliases: 0, fields: 0, widestSelection: 0, cost: 0 };

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk = new SelectionWalk(schema, fragments, coerceEach(schema, operation.variableDefinitions ?? [], variables ?? {}), variables ?? {});
  const tally = walk.selectionSet(operation.selectionSet, rootType, undefined, new Set());
  return {
    depth: tally.depth,
    aliases: tally.aliases,
    fields: tally.fields,
    widestSelection: Math.max(tally.selected, tally.widest),
    cost: tally.cost,
  };
}

/**
 * The variables that coerce, each coerced on its own. One that does not (it fails execution
 * anyway) is left out, so that `first: $n` falls back as if absent; coercing them together would
 * leave them all out for one bad identifier, and a `first` measured as its default would then be
 * kept for requests whose variables are right.
 */
function coerceEach(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>): Record<string, unknown> {
  const coerced: Record<string, unknown> = {};
  for (const definition of definitions) {
    const one = getVariableValues(schema, [definition], variables, { maxErrors: 1 });
    if (one.coerced) Object.assign(coerced, one.coerced);
  }
  return coerced;
}

/** What the items of one selection set add to it: `selected` fields land in it directly. */
interface Tally {
  readonly selected: number;
  readonly fields: number;
  readonly aliases: number;
  /** The widest selection set nested below the selected fields. */
  readonly widest: number;
  readonly depth: number;
  readonly cost: number;
}

const EMPTY: Tally = { selected: 0, fields: 0, aliases: 0, widest: 0, depth: 0, cost: 0 };

const add = (a: number, b: number) => Math.min(a + b, Number.MAX_SAFE_INTEGER);
const multiply = (a: number, b: number) => Math.min(a * b, Number.MAX_SAFE_INTEGER);

function combine(a: Tally, b: Tally): Tally {
  return {
    selected: add(a.selected, b.selected),
    fields: add(a.fields, b.fields),
    aliases: add(a.aliases, b.aliases),
    widest: Math.max(a.widest, b.widest),
    depth: Math.max(a.depth, b.depth),
    cost: add(a.cost, b.cost),
  };
}

class SelectionWalk {
  private readonly fragmentTallies = new Map<string, Tally>();
  private readonly regionTyped: ReadonlySet<string>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variableValues: Record<string, unknown>,
    private readonly rawVariables: Record<string, unknown>,
  ) {
    this.regionTyped = regionTypedAbstractTypes(schema);
  }

  /**
   * `pageSize`: the `first` of the page this selection set belongs to, if it is a page's.
   * `expanding`: the named fragments being expanded around this point (a cycle stops there).
   */
  selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, pageSize: number | undefined, expanding: ReadonlySet<string>): Tally {
    let tally = EMPTY;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        tally = combine(tally, this.field(selection, parentType, pageSize, expanding));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.compositeType(selection.typeCondition.name.value) : parentType;
        if (type) tally = combine(tally, this.selectionSet(selection.selectionSet, type, pageSize, expanding));
      } else {
        tally = combine(tally, this.fragmentSpread(selection.name.value, pageSize, expanding));
      }
    }
    return tally;
  }

  private fragmentSpread(name: string, pageSize: number | undefined, expanding: ReadonlySet<string>): Tally {
    const fragment = this.fragments.get(name);
    if (!fragment || expanding.has(name)) return EMPTY;
    const key = `${name}/${pageSize ?? ''}`;
    const known = this.fragmentTallies.get(key);
    if (known) return known;
    const type = this.compositeType(fragment.typeCondition.name.value);
    const tally = type ? this.selectionSet(fragment.selectionSet, type, pageSize, new Set([...expanding, name])) : EMPTY;
    this.fragmentTallies.set(key, tally);
    return tally;
  }

  private field(node: FieldNode, parentType: GraphQLCompositeType, pageSize: number | undefined, expanding: ReadonlySet<string>): Tally {
    const introspection = node.name.value.startsWith('__') || isIntrospectionType(parentType);
    const aliases = node.alias ? 1 : 0;
    // Unknown fields (which validation rejects before the limits run) measure as leaves.
    const definition = fieldDefinition(this.schema, parentType, node.name.value);
    const childType = definition ? getNamedType(definition.type) : undefined;
    if (!definition || !node.selectionSet || !childType || !isCompositeType(childType)) {
      return { selected: 1, fields: 1, aliases, widest: 0, depth: introspection ? 0 : 1, cost: introspection ? 0 : 1 };
    }

    const first = this.firstArgument(definition, node);
    const list = isListType(getNullableType(definition.type));
    // A single object taking `first` is a page: its `first` sizes the lists directly inside it.
    const inner = this.selectionSet(node.selectionSet, childType, list ? undefined : first, expanding);
    const multiplier = !list
      ? 1
      : (first ?? sizedLength(definition, node, this.variableValues, this.rawVariables) ?? (this.fansOut(definition) ? PER_PROVINCE_LIST_SIZE : (pageSize ?? DEFAULT_LIST_SIZE)));
    return {
      selected: 1,
      fields: add(1, inner.fields),
      aliases: add(aliases, inner.aliases),
      widest: Math.max(inner.selected, inner.widest),
      depth: introspection ? 0 : inner.depth + 1,
      cost: introspection ? 0 : add(1, multiply(multiplier, inner.cost)),
    };
  }

  /**
   * The field's `first`, if it takes one: a whole number ≥ 0 (explicit or defaulted), or
   * FALLBACK_PAGE_SIZE when it is null or left without a default (the resolver picks the page).
   */
  private firstArgument(definition: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
    if (!definition.args.some((argument) => argument.name === 'first')) return undefined;
    try {
      const first = getArgumentValues(definition, node, this.variableValues)['first'];
      if (first === null || first === undefined) return FALLBACK_PAGE_SIZE;
      return Number.isSafeInteger(first) && (first as number) >= 0 ? (first as number) : undefined;
    } catch {
      return undefined; // an argument validation would reject: no size to read from it
    }
  }

  /** A list with nullable items of a region-typed interface or union: one entry per province. */
  private fansOut(definition: GraphQLField<unknown, unknown>): boolean {
    const list = getNullableType(definition.type);
    return isListType(list) && !isNonNullType(list.ofType) && this.regionTyped.has(getNamedType(list).name);
  }

  private compositeType(name: string): GraphQLCompositeType | undefined {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }
}

/** The field's definition, the introspection ones included (as execution finds them). */
function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  const atRoot = parentType === schema.getQueryType();
  if (name === SchemaMetaFieldDef.name && atRoot) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && atRoot) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

const regionTypedCache = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/** Interfaces and unions whose every possible type is named for a region (ShanghaiSubject, …). */
export function regionTypedAbstractTypes(schema: GraphQLSchema): ReadonlySet<string> {
  const cached = regionTypedCache.get(schema);
  if (cached) return cached;
  const prefixes = REGIONS.map((region) => region.typePrefix);
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const possible = schema.getPossibleTypes(type);
    if (possible.length > 0 && possible.every((object) => prefixes.some((prefix) => object.name.startsWith(prefix)))) names.add(type.name);
  }
  regionTypedCache.set(schema, names);
  return names;
}
