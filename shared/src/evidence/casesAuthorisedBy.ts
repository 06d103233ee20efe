import { Kind, parse, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/**
 * The mutations by which an applicant authorises a case's evidence to be gathered: her
 * authorisation itself, or her own request for it (caseAuthorisation.ts).
 */
const AUTHORISING_FIELDS = new Set(['authoriseEvidence', 'requestEvidence']);

/**
 * The cases a GraphQL request body authorises: the `caseId` of each authoriseEvidence or
 * requestEvidence field under the filing province's mutation field (`mutation { jiangsu {
 * authoriseEvidence(caseId: …) } }`, as the gateway's plan sends it), literal or from the
 * request's variables, through fragments; a field a @skip or @include leaves out authorises
 * nothing. A body that is not a mutation, or not GraphQL, authorises nothing.
 */
export function casesAuthorisedBy(body: string, mutationField: string): string[] {
  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  let document: DocumentNode;
  try {
    request = JSON.parse(body) as typeof request;
    if (typeof request?.query !== 'string') return [];
    document = parse(request.query, { noLocation: true });
  } catch {
    return [];
  }
  const variables = isRecord(request.variables) ? request.variables : {};
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof request.operationName === 'string' ? operations.find((candidate) => candidate.name?.value === request.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (operation?.operation !== 'mutation') return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fieldsOf = (selectionSet: SelectionSetNode | undefined) => selectedFields(selectionSet, fragments, variables);
  const caseIds: string[] = [];
  for (const namespace of fieldsOf(operation.selectionSet)) {
    if (namespace.name.value !== mutationField) continue;
    for (const field of fieldsOf(namespace.selectionSet)) {
      if (!AUTHORISING_FIELDS.has(field.name.value)) continue;
      const caseId = argumentValue(field.arguments?.find((argument) => argument.name.value === 'caseId')?.value, variables);
      if (typeof caseId === 'string') caseIds.push(caseId);
    }
  }
  return caseIds;
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
