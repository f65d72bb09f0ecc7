import { BaseBearerTokenAuthenticationProvider } from "@microsoft/kiota-abstractions";
import type { AuthenticationProvider, RequestInformation } from "@microsoft/kiota-abstractions";
import type { CredentialPolicy } from "./credential-policy.js";
import { describeError } from "./describe-error.js";
import { GraphError, isGraphError } from "./errors.js";
import { defaultGraphScope } from "./hosts.js";
import { credentialTokenFunction, PolicyTokenProvider } from "./token-provider.js";
import type { TokenCredential, TokenFunction } from "./token-provider.js";

export type { TokenCredential } from "./token-provider.js";

/** Exactly one way to authenticate. */
export interface AuthenticationOptions {
  /** A bearer token used as is (no refresh). */
  token?: string;
  /** Returns a bearer token; called before each request to an allowed host. */
  getToken?: TokenFunction;
  /** An Azure Identity credential; asked for `scopes`, with Continuous Access Evaluation. */
  credential?: TokenCredential;
  /** Any Kiota authentication provider, e.g. `AnonymousAuthenticationProvider` for a local mock. */
  authProvider?: AuthenticationProvider;
  /**
   * Scopes asked of `credential`. Default: the `.default` scope of the Graph cloud `baseUrl`
   * points at, or of global Graph (`https://graph.microsoft.com/.default`) for any other host.
   */
  scopes?: string[];
}

const AUTH_OPTION_NAMES = ["token", "getToken", "credential", "authProvider"] as const;

/**
 * Builds the provider for whichever option was given. Token providers attach the token only to the
 * policy's hosts; whatever the provider, a failure to authenticate becomes a GraphError of kind `auth`.
 */
export function createAuthenticationProvider(
  options: AuthenticationOptions,
  policy: CredentialPolicy,
  baseUrl: string,
): AuthenticationProvider {
  const given = AUTH_OPTION_NAMES.filter((name) => options[name] !== undefined);
  if (given.length !== 1) {
    throw new TypeError(
      given.length === 0
        ? "Pass one of token, getToken, credential or authProvider (or a ready requestAdapter)."
        : `Pass only one of token, getToken, credential or authProvider; got ${given.join(" and ")}.`,
    );
  }
  return new AuthFailureBoundary(providerFor(options, policy, baseUrl));
}

function providerFor(
  options: AuthenticationOptions,
  policy: CredentialPolicy,
  baseUrl: string,
): AuthenticationProvider {
  const { token, getToken, credential, authProvider, scopes } = options;
  if (scopes !== undefined && (credential === undefined || !isStringArray(scopes))) {
    throw new TypeError("scopes must be an array of strings and applies to credential only.");
  }
  if (token !== undefined) {
    if (typeof token !== "string" || token.trim() === "")
      throw new TypeError("token must be a non-empty string.");
    return new BaseBearerTokenAuthenticationProvider(new PolicyTokenProvider(() => token, policy));
  }
  if (getToken !== undefined) {
    if (typeof getToken !== "function") throw new TypeError("getToken must be a function returning a token.");
    return new BaseBearerTokenAuthenticationProvider(new PolicyTokenProvider(getToken, policy));
  }
  if (credential !== undefined) {
    if (typeof credential?.getToken !== "function") {
      throw new TypeError("credential must be an Azure Identity TokenCredential (an object with getToken).");
    }
    // An empty list asks for the default, as with Kiota's provider.
    const credentialScopes = scopes?.length ? scopes : [defaultGraphScope(baseUrl)];
    const tokenFor = credentialTokenFunction(credential, credentialScopes);
    return new BaseBearerTokenAuthenticationProvider(new PolicyTokenProvider(tokenFor, policy, "credential"));
  }
  if (typeof authProvider?.authenticateRequest !== "function") {
    throw new TypeError(
      "authProvider must be a Kiota AuthenticationProvider (an object with authenticateRequest).",
    );
  }
  return authProvider;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string" && item !== "");
}

/** Reports any authentication failure (credential errors, refused tokens) as a GraphError of kind `auth`. */
class AuthFailureBoundary implements AuthenticationProvider {
  constructor(private readonly inner: AuthenticationProvider) {}

  authenticateRequest = async (
    request: RequestInformation,
    additionalAuthenticationContext?: Record<string, unknown>,
  ): Promise<void> => {
    try {
      await this.inner.authenticateRequest(request, additionalAuthenticationContext);
    } catch (error) {
      if (isGraphError(error)) throw error;
      throw new GraphError(`Could not authenticate the Graph request: ${describeAuthFailure(error)}`, {
        kind: "auth",
        cause: error,
      });
    }
  };
}

// Azure Identity wraps an MSAL error in one with the same message and the MSAL error as its cause:
// say it once.
function describeAuthFailure(error: unknown): string {
  const repeatsCause =
    error instanceof Error && error.cause instanceof Error && error.message.includes(error.cause.message);
  return repeatsCause ? error.message : describeError(error);
}
