import type { CredentialPolicy } from "./credential-policy.js";
import { describeError } from "./describe-error.js";
import { GraphNetworkError } from "./errors.js";
import { removeRequestHeaders } from "./request-headers.js";

/** The fetch signature Kiota's HTTP client calls. `globalThis.fetch` fits it. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

// Kiota's redirect handler scrubs the same headers when a redirect changes host or scheme.
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/**
 * Wraps the fetch that ends the middleware chain:
 * - strips credentials from any request to a URL the policy does not allow, whichever middleware,
 *   redirect or auth provider put them there;
 * - turns fetch's own failures into GraphNetworkError (aborts pass through for the cancellation handler).
 */
export function createTransportFetch(fetchImpl: FetchFunction, policy: CredentialPolicy): FetchFunction {
  return async (url, init) => {
    if (policy.judge(url) !== "allowed") removeRequestHeaders(init, CREDENTIAL_HEADERS);
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
    return url;
  }
}
