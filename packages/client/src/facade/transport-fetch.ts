import type { CredentialPolicy } from "./credential-policy.js";
import { describeError } from "./describe-error.js";
import { GraphNetworkError } from "./errors.js";
import { InvalidRequestError } from "./invalid-request.js";
import { headerProblem } from "./header-options.js";
import { removeRequestHeaders, requestHeaderEntries } from "./request-headers.js";

/** The fetch signature Kiota's HTTP client calls. `globalThis.fetch` fits it. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

// Kiota's redirect handler scrubs the same headers when a redirect changes host or scheme.
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/**
 * Wraps the fetch that ends the middleware chain:
 * - strips credentials from any request to a URL the policy does not allow, whichever middleware,
 *   redirect or auth provider put them there;
 * - refuses a request fetch cannot build (InvalidRequestError, nothing sent), so that a bad URL or
 *   header added by middleware or a raw call never reads like an unreachable host;
 * - turns fetch's own failures into GraphNetworkError (aborts pass through for the cancellation handler).
 */
export function createTransportFetch(fetchImpl: FetchFunction, policy: CredentialPolicy): FetchFunction {
  return async (url, init) => {
    if (policy.judge(url) !== "allowed") removeRequestHeaders(init, CREDENTIAL_HEADERS);
    checkBuildable(url, init);
    try {
      return await fetchImpl(url, init);
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new GraphNetworkError(`Could not reach ${originOf(url)}: ${describeError(error)}`, error);
    }
  };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    // Not quoted: an unparseable URL may still hold credentials.
    return "an invalid URL";
  }
}

// Building the Request runs fetch's own URL and header checks without sending anything.
function checkBuildable(url: string, init: RequestInit): void {
  try {
    // Only what fetch validates up front: no body to lock, no signal to attach listeners to.
    void new Request(url, { method: init.method, headers: init.headers });
  } catch {
    // Fetch's error is not kept as the cause: its message quotes the URL or a header value.
    throw new InvalidRequestError(
      `The request to ${originOf(url)} cannot be sent (nothing was sent): ${unbuildableReason(url, init)}`,
    );
  }
}

// Names the problem without quoting the URL's user info or any header value (either may hold a secret).
function unbuildableReason(url: string, init: RequestInit): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "the URL is not valid.";
  }
  if (parsed.username || parsed.password)
    return "the URL holds user info (credentials), which fetch refuses.";
  for (const [name, value] of requestHeaderEntries(init)) {
    const problem = headerProblem(name, value);
    if (problem !== undefined) return problem;
  }
  return "fetch refused to build it.";
}
