import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** Values the built-in scalars accept; any other scalar of the gateway's schema takes a string. */
const SCALAR_PLACEHOLDERS: Readonly<Record<string, unknown>> = { Int: 0, Float: 0, Boolean: false };

/** A value of the type, as small as the type allows: null where nullable, [] for a list, required fields only. */
function placeholderOf(type: GraphQLInputType, depth = 0): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
  if (isScalarType(inner)) return SCALAR_PLACEHOLDERS[inner.name] ?? 'placeholder';
  if (isInputObjectType(inner) && depth < 8) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = placeholderOf(field.type, depth + 1);
    }
    return value;
  }
  return null;
}

/**
 * Variables for an operation that pass the gateway's variable checks without meaning anything:
 * used only to plan an operation (its plan does not depend on variable values), never to run it.
 */
export function placeholderVariables(schema: GraphQLSchema, operationText: string): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of parse(operationText).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) continue;
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (!type || !getNamedType(type)) continue;
      variables[variable.variable.name.value] = placeholderOf(type);
    }
  }
  return variables;
}
