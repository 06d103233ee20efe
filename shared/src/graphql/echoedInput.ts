/** The most characters of a client's value a message quotes back. */
export const MAX_ECHOED_CHARACTERS = 40;

/**
 * A client's value quoted back in a refusal (收到“…”), cut short: it may be of any length, and a
 * message that repeats a hundred thousand characters helps no clerk — the start of it and its
 * length do.
 */
export function echoedInput(value: string): string {
  const characters = [...value];
  return characters.length > MAX_ECHOED_CHARACTERS ? `“${characters.slice(0, MAX_ECHOED_CHARACTERS).join('')}…”（共${characters.length}个字符）` : `“${value}”`;
}
