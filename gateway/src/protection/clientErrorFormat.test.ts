import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientErrorFormat } from './clientErrorFormat.ts';

const VARIABLE_TYPO = 'Variable "$filter" got invalid value { crossRegio: true }; Field "crossRegio" is not defined by type "ItemFilter". Did you mean "crossRegion"?';
const ENUM_TYPO = 'Variable "$region" got invalid value "SHANGAI"; Value "SHANGAI" does not exist in "Region" enum. Did you mean the enum value "SHANGHAI"?';

describe('clientErrorFormat', () => {
  const production = clientErrorFormat({ production: true });
  const development = clientErrorFormat({ production: false });

  it('takes every "Did you mean" out of a production message, variables included, and keeps the rest', () => {
    const formatted = production({ message: VARIABLE_TYPO, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(VARIABLE_TYPO));
    expect(formatted.message).toBe('Variable "$filter" got invalid value { crossRegio: true }; Field "crossRegio" is not defined by type "ItemFilter".');
    expect(production({ message: ENUM_TYPO }, undefined).message).not.toMatch(/Did you mean|SHANGHAI/);
  });

  it('keeps suggestions in development, where they help whoever writes the query', () => {
    expect(development({ message: VARIABLE_TYPO }, undefined).message).toBe(VARIABLE_TYPO);
  });

  it('codes a 4xx refusal Apollo left without a code as BAD_REQUEST, and leaves real server errors alone', () => {
    const refusal = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(development({ message: refusal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refusal).extensions?.code).toBe('BAD_REQUEST');
    const fault = new GraphQLError('boom');
    expect(development({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, fault).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('says what to change when graphql-js gave up validating', () => {
    const formatted = development({ message: 'Validation aborted.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, undefined);
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'VALIDATION_ABORTED' });
    expect(formatted.message).toContain('select each field once');
  });
});
