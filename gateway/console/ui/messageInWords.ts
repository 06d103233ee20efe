import type { GraphQLErrorShape } from '../graphql/resultTypes.ts';

/**
 * A word of the API in brackets after what a clerk is to do — 请收取该材料（providedMaterials 列出
 * M03）, 请先调取（requestEvidence）, 事项标准库（catalog）: a parenthesis (full-width, as the server
 * writes them) that opens with a lowercase name. Codes the clerk may need to quote or type — a
 * material (（M03）), an error (（ECONNREFUSED）) — open with a capital and stay.
 */
const API_WORDS = /（[a-z][A-Za-z]*(?:[^（）]|（[^（）]*）)*）/g;

/**
 * A server message as the console shows it to a clerk or an applicant: without the argument path
 * the server puts first for programs (input: 缺少材料… → 缺少材料…), and without the API's own
 * words in brackets, which are for whoever writes a client — the console fills in the fields for
 * her (请收取该材料（providedMaterials 列出 M03） → 请收取该材料).
 */
export function messageInWords(error: GraphQLErrorShape): string {
  const field = error.extensions?.field;
  const withoutPath =
    typeof field === 'string' && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message.replace(/^[A-Za-z][\w.[\]]*: (?=[^\x00-\x7f])/, '');
  return withoutPath.replace(API_WORDS, '');
}
