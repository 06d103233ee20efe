import { Kind, parse, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/** What an applicant's authorisation names: the case, and the item (or one-thing bundle) it is for, as she was shown it. */
export interface NamedAuthorisation {
  readonly caseId: string;
  readonly itemCode: string;
}

/**
 * The authorisations a GraphQL request body gives: each authoriseEvidence field under the filing
 * province's mutation field (`mutation { jiangsu { authoriseEvidence(caseId: …, itemCode: …) } }`,
 * as the gateway's plan sends it), its arguments literal or from the request's variables (their
 * defaults included), through fragments; a field a @skip or @include leaves out gives none. A
 * body that is not a mutation, or not GraphQL, gives none.
 */
export function authorisationsIn(body: string, mutationField: string): NamedAuthorisation[] {
  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  let document: DocumentNode;
  try {
    request = JSON.parse(body) as typeof request;
    if (typeof request?.query !== 'string') return [];
    document = parse(request.query, { noLocation: true });
  } catch {
    return [];
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof request.operationName === 'string' ? operations.find((candidate) => candidate.name?.value === request.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (operation?.operation !== 'mutation') return [];
  const variables = variablesOf(operation, isRecord(request.variables) ? request.variables : {});
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fieldsOf = (selectionSet: SelectionSetNode | undefined) => selectedFields(selectionSet, fragments, variables);
  const given: NamedAuthorisation[] = [];
  for (const namespace of fieldsOf(operation.selectionSet)) {
    if (namespace.name.value !== mutationField) continue;
    for (const field of fieldsOf(namespace.selectionSet)) {
      if (field.name.value !== 'authoriseEvidence') continue;
      const argument = (name: string) => argumentValue(field.arguments?.find((candidate) => candidate.name.value === name)?.value, variables);
      const caseId = argument('caseId');
      const itemCode = argument('itemCode');
      if (typeof caseId === 'string' && typeof itemCode === 'string') given.push({ caseId, itemCode });
    }
  }
  return given;
}

/** The operation's variables as sent, a declared default standing in for one not sent. */
function variablesOf(operation: OperationDefinitionNode, sent: Record<string, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...sent };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!(name in variables) && definition.defaultValue) variables[name] = argumentValue(definition.defaultValue, {});
  }
  return variables;
}

/** The fields a selection set runs, fragments spread (each once), those left out by @skip/@include dropped. */
function selectedFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  spread = new Set<string>(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection.directives ?? [], variables)) continue;
    if (selection.kind === Kind.FIELD) {
      fields.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...selectedFields(selection.selectionSet, fragments, variables, spread));
    } else if (!spread.has(selection.name.value)) {
      spread.add(selection.name.value);
      fields.push(...selectedFields(fragments.get(selection.name.value)?.selectionSet, fragments, variables, spread));
    }
  }
  return fields;
}

/** Whether @skip/@include keep a selection: only a condition that is plainly true (or, for @skip, false) keeps it. */
function included(directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[], variables: Record<string, unknown>): boolean {
  return directives.every((directive) => {
    if (directive.name.value !== 'skip' && directive.name.value !== 'include') return true;
    const condition = argumentValue(directive.arguments?.find((argument) => argument.name.value === 'if')?.value, variables);
    return directive.name.value === 'include' ? condition === true : condition === false;
  });
}

function argumentValue(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  // An ID may be written as a string or as an integer literal.
  if (value.kind === Kind.STRING || value.kind === Kind.INT) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
