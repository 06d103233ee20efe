import type { GraphQLErrorShape } from '../graphql/resultTypes.ts';

/**
 * A word of the API in brackets after what a clerk is to do — 请收取该材料（providedMaterials 列出
 * M03）, 请先调取（requestEvidence）, 撤回该承诺即可（commitments 不列出该材料）: a parenthesis
 * (full-width, as the server writes them) that opens with an argument or mutation name — one in
 * camelCase, or one of the lowercase argument names below. Anything else in brackets stays: codes
 * the clerk may quote or type (（M03）, （ECONNREFUSED）), and a lowercase word that is no API's
 * (a member's name standing for a holder, a transport detail).
 */
const API_WORDS = /（(?:[a-z]+[A-Z][A-Za-z]*|commitments|kinds|first|before|after)(?![A-Za-z])(?:[^（）]|（[^（）]*）)*）/g;

/**
 * A server message as the console shows it to a clerk or an applicant: without the argument path
 * the server puts first for programs (input: 缺少材料… → 缺少材料…), and without the API's own
 * words in brackets, which are for whoever writes a client — the console fills in the fields for
 * her (请收取该材料（providedMaterials 列出 M03） → 请收取该材料). A button's label quoted among
 * them is hers, and stays (重新调取（requestEvidence，“重新调取”） → 重新调取（“重新调取”）).
 */
export function messageInWords(error: GraphQLErrorShape): string {
  const field = error.extensions?.field;
  const withoutPath =
    typeof field === 'string' && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message.replace(/^[A-Za-z][\w.[\]]*: (?=[^\x00-\x7f])/, '');
  return withoutPath.replace(API_WORDS, (words) => {
    const labels = words.match(/“[^“”]+”/g);
    return labels ? `（${labels.join('、')}）` : '';
  });
}
