import { GraphQLError } from 'graphql';

/**
 * For tests: the GraphQLError `run` throws. Anything else it throws is rethrown; returning
 * without throwing fails the test.
 */
export function graphqlErrorOf(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError');
}
