/**
 * Lists whose length the caller sets with a list argument: `subjects(ids: [ID!]!)` answers one
 * subject per id, `evidenceSources(requests: [String!]!)` one source per request,
 * `collectEvidence(tokens: [String!]!)` one verification per token. Measured as 10 items (or 4,
 * one per province), such a list let 11 aliases of 200 ids each — 2 200 subjects, each read in
 * every province — pass as cheaper than the cost limit.
 *
 * The rule is read from the schema, not from argument names: a field returning a list, with an
 * argument of non-null list type. A required list is what the field answers for, item by item; a
 * list that narrows an answer (`records(kinds: [EvidenceKind!])`, `search(kinds: …)`) is optional,
 * since leaving it out must mean "all". operationMeasure.test.ts names the fields the rule picks
 * in the supergraph, so that a new one is looked at.
 */
import { getNullableType, isListType, isNonNullType, Kind, type FieldNode, type GraphQLArgument, type GraphQLField, type ValueNode } from 'graphql';

/** The arguments that set the length of the list `definition` returns: none for a field that is not a list. */
export function sizingArguments(definition: GraphQLField<unknown, unknown>): readonly GraphQLArgument[] {
  if (!isListType(getNullableType(definition.type))) return [];
  return definition.args.filter((argument) => isNonNullType(argument.type) && isListType(argument.type.ofType));
}

/**
 * How many items the field at `node` answers with, by its sizing arguments: the length of the
 * longest list given (two sizing lists are not known to combine, so the longer bounds the answer
 * best); undefined when the field has none or no length can be read from them.
 *
 * The length is read from what the request wrote, not from coerced values (only a variable it
 * left out is read from its default): a list written in the document (`ids: ["a", $b]`) has its
 * length whatever its items hold, and a variable has the length it was sent with (coercion keeps it; a list with a bad item is refused by execution
 * anyway). So the measure depends on a list variable through its length alone, and on nothing
 * else the request sends — measuredOperations.ts keys it by that, and a request with a bad item
 * cannot leave a short measure behind for a good one. A single value given for a list counts as
 * a list of one, as GraphQL coerces it.
 */
export function sizedLength(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  coercedVariables: Readonly<Record<string, unknown>>,
  rawVariables: Readonly<Record<string, unknown>>,
): number | undefined {
  let longest: number | undefined;
  for (const argument of sizingArguments(definition)) {
    const value = node.arguments?.find((given) => given.name.value === argument.name)?.value;
    const length = value ? lengthOf(value, coercedVariables, rawVariables) : lengthOfValue(argument.defaultValue);
    if (length !== undefined) longest = Math.max(longest ?? 0, length);
  }
  return longest;
}

function lengthOf(value: ValueNode, coercedVariables: Readonly<Record<string, unknown>>, rawVariables: Readonly<Record<string, unknown>>): number | undefined {
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.NULL) return undefined;
  if (value.kind !== Kind.VARIABLE) return 1;
  const name = value.name.value;
  // Not sent: the variable's default, as coerced (a literal of the document).
  return Object.hasOwn(rawVariables, name) ? lengthOfValue(rawVariables[name]) : lengthOfValue(coercedVariables[name]);
}

function lengthOfValue(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.length : 1;
}
