import { Kind, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * What an entity fetch answers when its subgraph could not be reached: every entity with each
 * requested field null (GraphQL's "could not resolve this"), instead of no entities at all.
 *
 * Why: the gateway builds a later fetch's representations only from entities that have every
 * field that fetch @requires. Without this, one province being down drops the entity from the
 * hub's fetch, and a field the hub computes from all provinces (the nearest places, policy
 * matching, disclosure) fails as a whole instead of answering from the provinces that are up
 * and naming the one that is not.
 */
export function unansweredEntities(query: string, representations: readonly unknown[]): Record<string, unknown>[] | undefined {
  let document;
  try {
    document = parse(query);
  } catch {
    return undefined;
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.operation !== 'query') return undefined;
  const entities = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return undefined;

  const fieldNames = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') fieldNames.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(entities.selectionSet);

  return representations.map((representation) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    const entity: Record<string, unknown> = typeof typename === 'string' ? { __typename: typename } : {};
    for (const name of fieldNames) entity[name] = null;
    return entity;
  });
}
