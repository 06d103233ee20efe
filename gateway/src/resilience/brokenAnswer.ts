/**
 * What is wrong with a subgraph's answer that parsed as a JSON object but that the gateway cannot
 * use — undefined when nothing is. Such an answer is the subgraph's failure (BAD_RESPONSE, like a
 * body that is not JSON), not an answer to pass on: passed on, Apollo Gateway either nulls the
 * subgraph's part of the result with no error at all, or fails the whole request with an internal
 * error of its own ('Expected "data._entities" to contain 1 elements', no subgraph, no region).
 *
 * A GraphQL response has data, errors or both; `data` is an object or null; `errors` a list.
 * An entity fetch's data has `_entities`, a list with one entry per representation. An entry may
 * be null only when an error explains it: that is how the provinces refuse one record (their
 * reference resolvers throw FORBIDDEN or NOT_FOUND: the entry is null and an error's path is
 * `["_entities", index]`, or starts with it when a non-null field of the entity failed). An
 * error without a path is taken to explain every null entry: it reaches the client all the same.
 * Data null with errors is an answer too (the subgraph refused the fetch as a whole, and says
 * why). Anything else — `{"data":null}`, `{"data":{"_entities":[null]}}`, fewer or more entries
 * than representations — is broken, whatever errors come with a wrong count.
 *
 * `detail` is fixed text for the client; `cause` says more, for the log.
 */
export interface BrokenAnswer {
  readonly detail: string;
  readonly cause: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `error` explains the null entry at `index`. */
function explains(error: unknown, index: number): boolean {
  const path = isRecord(error) ? error.path : undefined;
  if (!Array.isArray(path) || path.length === 0) return true;
  return path[0] === '_entities' && path[1] === index;
}

/**
 * @param representations the representations an entity fetch sent (undefined for any other fetch).
 */
export function brokenAnswer(body: Record<string, unknown>, representations: readonly unknown[] | undefined): BrokenAnswer | undefined {
  const { data, errors } = body;
  if (errors !== undefined && !Array.isArray(errors)) return { detail: 'errors not a list', cause: '"errors" is not a list' };
  if (data !== undefined && data !== null && !isRecord(data)) return { detail: 'data not an object', cause: '"data" is not an object' };
  const errorList: readonly unknown[] = errors ?? [];
  if (!isRecord(data)) {
    return errorList.length > 0 ? undefined : { detail: 'no data and no errors', cause: 'an answer with neither data nor errors' };
  }
  if (!representations) return undefined;
  const entities = data._entities;
  if (!Array.isArray(entities)) return { detail: 'entities missing', cause: '"data._entities" is not a list' };
  if (entities.length !== representations.length) {
    return { detail: 'wrong number of entities', cause: `${entities.length} entities for ${representations.length} representations` };
  }
  for (let index = 0; index < entities.length; index++) {
    if (entities[index] === null && !errorList.some((error) => explains(error, index))) {
      return { detail: 'entity null without an error', cause: `entity ${index} of ${entities.length} is null and no error says why` };
    }
  }
  return undefined;
}
