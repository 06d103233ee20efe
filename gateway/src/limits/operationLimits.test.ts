import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, getIntrospectionQuery, Kind, parse, print, validate, type DocumentNode } from 'graphql';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATION_LIMITS, operationLimitsFromEnvironment, OPERATION_LIMIT_VARIABLES, type OperationLimits } from './operationLimits.ts';
import { measureOperation, type OperationMeasure } from './operationMeasure.ts';

// Through the SDL: under Vitest, federation-internals (CommonJS) loads another copy of graphql.
const schema = buildSchema(printSchema(Supergraph.build(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8')).apiSchema()));

const TESTS = new URL('../../../test/src/', import.meta.url);

interface WrittenOperation {
  readonly where: string;
  readonly document: DocumentNode;
}

/**
 * The GraphQL operations a test file writes as string or template literals. An interpolation
 * naming a string constant of the same file is replaced by its text, `${this.province}` by a
 * province namespace, any other by `x` (which fits where the test interpolates an identifier
 * into a string argument). Literals that do not then parse and validate are not operations.
 */
function operationsWritten(file: URL): WrittenOperation[] {
  const source = ts.createSourceFile(file.pathname, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  const literals: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isStringLiteral(node)) literals.push(node);
    else ts.forEachChild(node, visit);
  };
  visit(source);

  const text = (node: ts.Node): string => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => text(span.expression) + span.literal.text).join('');
    if (ts.isIdentifier(node) && constants.has(node.text)) return text(constants.get(node.text)!);
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'province') return 'shanghai';
    return 'x';
  };
  const where = (node: ts.Node) => `${file.pathname.split('/test/src/')[1]}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const operations: WrittenOperation[] = [];
  const keep = (node: ts.Node, query: string) => {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return;
    }
    if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION) && validate(schema, document).length === 0) {
      operations.push({ where: where(node), document });
    }
  };
  for (const literal of literals) keep(literal, text(literal));

  // CaseFlow.mutate(field, signature, args, variables, headers, selection = CASE_FIELDS) writes
  // `mutation (signature) { province { field(args) { selection } } }`: rebuild each call's operation.
  const calls: ts.CallExpression[] = [];
  const findCalls = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'mutate') calls.push(node);
    ts.forEachChild(node, findCalls);
  };
  findCalls(source);
  for (const call of calls) {
    const [field, signature, args, , , selection = constants.get('CASE_FIELDS')] = call.arguments;
    if (!field || !signature || !args || !selection) continue;
    keep(call, `mutation (${text(signature)}) { shanghai { ${text(field)}(${text(args)}) { ${text(selection)} } } }`);
  }
  return operations;
}

const testFiles = [
  new URL('harness/caseFlow.ts', TESTS),
  ...readdirSync(new URL('federation/', TESTS))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => new URL(`federation/${name}`, TESTS)),
];

const LIMIT_OF: Record<keyof OperationMeasure, keyof OperationLimits> = {
  depth: 'maxDepth',
  aliases: 'maxAliases',
  fields: 'maxFields',
  widestSelection: 'maxWidth',
  cost: 'maxCost',
};

/** Every measure at most half its default limit: the operation may double before it is refused. */
function expectHalfWayAtMost(operations: readonly WrittenOperation[]) {
  for (const { where, document } of operations) {
    // Measured without variables: a `first: $n` counts as the schema's default for `first`.
    const measure = measureOperation(document, undefined, schema);
    for (const [key, limit] of Object.entries(LIMIT_OF) as [keyof OperationMeasure, keyof OperationLimits][]) {
      expect(measure[key], `${key} of ${where}`).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS[limit] / 2);
    }
    expect(Buffer.byteLength(document.loc?.source.body ?? ''), `bytes of ${where}`).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxDocumentBytes / 2);
  }
}

/** The published operations (the safelist the gateway enforces in production), if built. */
const MANIFEST = new URL('../../persisted-operations.json', import.meta.url);

describe('DEFAULT_OPERATION_LIMITS', () => {
  it('leave the operations the product tests send at most half way to any limit', () => {
    const operations = testFiles.flatMap(operationsWritten);
    // The extraction still finds them, the case stories' steps with their CASE_FIELDS among them.
    expect(operations.length).toBeGreaterThan(50);
    const caseSteps = operations.filter(({ where }) => where.startsWith('harness/caseFlow.ts')).map(({ document }) => print(document));
    for (const step of ['openBundle', 'submitCase', 'supplyMaterial', 'reviewCase', 'completePostCheck', 'case(id: $id)']) {
      expect(caseSteps.filter((operation) => operation.includes(step) && operation.includes('statusHistory')), step).toHaveLength(1);
    }
    expectHalfWayAtMost(operations);
  });

  it.skipIf(!existsSync(MANIFEST))('leave the published operations at most half way to any limit', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { operations: { name: string; body: string }[] };
    expect(manifest.operations.length).toBeGreaterThan(0);
    expectHalfWayAtMost(manifest.operations.map(({ name, body }) => ({ where: `persisted operation ${name}`, document: parse(body) })));
  });

  it('leave room for a tool introspecting the schema in development', () => {
    const measure = measureOperation(parse(getIntrospectionQuery()), undefined, schema);
    expect(measure).toMatchObject({ depth: 0, cost: 0 });
    expect(measure.fields).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxFields);
    expect(measure.widestSelection).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxWidth);
    expect(Buffer.byteLength(getIntrospectionQuery())).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxDocumentBytes);
  });
});

describe('operationLimitsFromEnvironment', () => {
  it('is the defaults when nothing is set (or a variable is empty)', () => {
    expect(operationLimitsFromEnvironment({})).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(operationLimitsFromEnvironment({ YRD_LIMIT_COST: '' })).toEqual(DEFAULT_OPERATION_LIMITS);
  });

  it('reads every limit from its variable', () => {
    expect(
      operationLimitsFromEnvironment({
        YRD_LIMIT_DEPTH: '8',
        YRD_LIMIT_ALIASES: '1',
        YRD_LIMIT_FIELDS: '300',
        YRD_LIMIT_WIDTH: '50',
        YRD_LIMIT_COST: '20000',
        YRD_LIMIT_DOCUMENT_BYTES: '65536',
      }),
    ).toEqual({ maxDepth: 8, maxAliases: 1, maxFields: 300, maxWidth: 50, maxCost: 20_000, maxDocumentBytes: 65_536 });
  });

  it.each(['0', '-3', '2.5', '1e3', ' 12', 'twelve', '9007199254740993'])('refuses %j, naming the variable', (value) => {
    for (const variable of Object.values(OPERATION_LIMIT_VARIABLES)) {
      expect(() => operationLimitsFromEnvironment({ [variable]: value })).toThrow(RangeError);
      expect(() => operationLimitsFromEnvironment({ [variable]: value })).toThrow(new RegExp(`^${variable} must be a whole number ≥ 1, got "${value.replace(/[.+]/g, '\\$&')}"$`));
    }
  });
});
