/**
 * The extensions of a subgraph's GraphQL error that stay inside the federation:
 * - `exception` — where Apollo Server 2 and 3 (and servers modelled on them) put the error's
 *   `stacktrace` and the thrown object's own properties (file paths, hosts, SQL);
 * - `stacktrace` — where Apollo Server 4 and later put it with `includeStacktraceInErrorResponses`
 *   (on by default unless NODE_ENV is production or test);
 * - `http` — Apollo Server's channel for an error to set the status and headers of the response
 *   of the server that raised it. Apollo Server removes it before answering, so no subgraph of the
 *   product ever sends it; one that came over the wire would let a subgraph set the status of the
 *   gateway's whole answer (the other subgraphs' parts included).
 * Each goes whole, everything under it included.
 *
 * Why a list of what is internal rather than of what is allowed: the product's errors carry
 * open-ended extensions that clients read — `code`, `reason`, `field`, `region`, `serviceName`,
 * and whatever details a refusal adds (`max`, `status`, `recordId`, `retryAfterSeconds`, …;
 * badUserInput, forbidden and conflict in @yrd/shared take a `details` record). An allow-list
 * would silently drop the next one a province adds, breaking the client that relies on it; the
 * internal ones are a short, known set that GraphQL servers add on their own.
 */
export const INTERNAL_EXTENSIONS: ReadonlySet<string> = new Set(['exception', 'stacktrace', 'http']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The errors of a subgraph's answer as they may be forwarded to the client: each error's
 * extensions without the internal ones, everything else as it came. The answer was parsed for
 * this fetch alone, so the errors are changed in place (and only those that need it).
 */
export function stripInternalExtensions(errors: unknown): void {
  if (!Array.isArray(errors)) return;
  for (const error of errors) {
    if (!isRecord(error) || !isRecord(error.extensions)) continue;
    const { extensions } = error;
    if (!Object.keys(extensions).some((key) => INTERNAL_EXTENSIONS.has(key))) continue;
    error.extensions = Object.fromEntries(Object.entries(extensions).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)));
  }
}
