import { buildSchema, getVariableValues, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { placeholderVariables } from './placeholderVariables.ts';

const schema = buildSchema(`
  scalar Date
  enum Region { SHANGHAI JIANGSU }
  input OpenCaseInput { itemCode: ID!, subjectId: ID!, channel: String, idempotencyKey: String!, on: Date!, region: Region!, window: WindowInput! }
  input WindowInput { division: String!, note: String, count: Int = 1 }
  type Query { open(input: OpenCaseInput!, ids: [ID!]!, first: Int, latitude: Float!, flag: Boolean!): Boolean }
`);

describe('placeholderVariables', () => {
  it('gives every variable a value its type accepts, filling only what is required', () => {
    const text = 'query Open($input: OpenCaseInput!, $ids: [ID!]!, $first: Int, $latitude: Float!, $flag: Boolean!, $region: Region! = JIANGSU) { open(input: $input, ids: $ids, first: $first, latitude: $latitude, flag: $flag) }';
    const variables = placeholderVariables(schema, text);
    expect(variables).toEqual({
      input: { itemCode: 'placeholder', subjectId: 'placeholder', idempotencyKey: 'placeholder', on: 'placeholder', region: 'SHANGHAI', window: { division: 'placeholder' } },
      ids: [],
      first: null,
      latitude: 0,
      flag: false,
    });
    const definition = parse(text).definitions[0] as OperationDefinitionNode;
    expect(getVariableValues(schema, definition.variableDefinitions ?? [], variables).errors).toBeUndefined();
  });
});
