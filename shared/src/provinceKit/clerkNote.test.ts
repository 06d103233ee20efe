import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_CLERK_NOTE_LENGTH } from './caseModel.ts';
import { clerkNoteOf } from './clerkNote.ts';

const REQUIRED = { reason: 'NOTE_REQUIRED', message: '请写明核查情况' };

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a refusal');
}

describe('clerkNoteOf', () => {
  it('trims the text, and lets an optional one be empty', () => {
    expect(clerkNoteOf('  核查属实 \n', 'note', REQUIRED)).toBe('核查属实');
    expect(clerkNoteOf(null, 'reason', null)).toBe('');
    expect(clerkNoteOf('   ', 'reason', null)).toBe('');
  });

  it('refuses a required text that is empty or blank, naming the field', () => {
    expect(refusal(() => clerkNoteOf(' \t ', 'note', REQUIRED))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note', reason: 'NOTE_REQUIRED' });
  });

  it('counts characters, not UTF-16 units or bytes, against the limit', () => {
    const longest = '𠀀'.repeat(MAX_CLERK_NOTE_LENGTH);
    expect(clerkNoteOf(longest, 'reason', null)).toBe(longest);
    expect(refusal(() => clerkNoteOf(`${longest}字`, 'reason', null))).toMatchObject({ field: 'reason', reason: 'TOO_LONG', max: MAX_CLERK_NOTE_LENGTH });
  });
});
