import { AllowedHostsValidator } from "@microsoft/kiota-abstractions";
import type { AccessTokenProvider } from "@microsoft/kiota-abstractions";
import type { CredentialPolicy } from "./credential-policy.js";
import { GraphError } from "./errors.js";

/** What a token function is asked for. */
export interface TokenRequest {
  /** The URL the token is for (always an allowed host). */
  readonly url: string;
  /** The decoded claims challenge after a Continuous Access Evaluation 401; request a token that satisfies it. */
  readonly claims?: string;
}

/** Returns a bearer token (without the `Bearer ` prefix). Called before every request to an allowed host; cache inside. */
export type TokenFunction = (request: TokenRequest) => string | Promise<string>;

/**
 * What is asked of an Azure Identity credential: the subset of `@azure/core-auth`'s
 * `GetTokenOptions` this package sets.
 */
export interface CredentialTokenOptions {
  /** Ask for a token that Continuous Access Evaluation can revoke (always true here, as in Kiota). */
  enableCae?: boolean;
  /** The claims challenge of a CAE 401, decoded. */
  claims?: string;
}

/**
 * An Azure Identity credential (`@azure/identity`'s `DefaultAzureCredential`,
 * `ClientSecretCredential`, …): the shape of `@azure/core-auth`'s `TokenCredential`, so that
 * neither package is needed at run time.
 */
export interface TokenCredential {
  getToken(
    scopes: string | string[],
    options?: CredentialTokenOptions,
  ): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

/**
 * A token function over an Azure Identity credential, asking what Kiota's Azure Identity provider
 * asks: the scopes, CAE enabled, and the claims of a CAE challenge when there is one. Credentials
 * cache and refresh tokens themselves.
 */
export function credentialTokenFunction(
  credential: TokenCredential,
  scopes: readonly string[],
): TokenFunction {
  return async ({ claims }) => {
    const options: CredentialTokenOptions =
      claims === undefined ? { enableCae: true } : { enableCae: true, claims };
    const accessToken = await credential.getToken([...scopes], options);
    return accessToken?.token ?? "";
  };
}

/**
 * Kiota AccessTokenProvider over a static token or token function. The policy decides, per URL,
 * whether the token may be sent: foreign hosts get none, plain http to an allowed host is refused.
 */
export class PolicyTokenProvider implements AccessTokenProvider {
  private readonly validator: AllowedHostsValidator;

  constructor(
    private readonly tokenFor: TokenFunction,
    private readonly policy: CredentialPolicy,
    /** Named in the error when no token comes back. */
    private readonly source = "token function",
  ) {
    this.validator = new AllowedHostsValidator(new Set(policy.allowedHosts));
  }

  getAuthorizationToken = async (url?: string, context?: Record<string, unknown>): Promise<string> => {
    const verdict = url === undefined ? "foreign-host" : this.policy.judge(url);
    if (url === undefined || verdict === "foreign-host") return "";
    if (verdict === "insecure") {
      throw new GraphError(
        `Refusing to send the access token over plain http to ${new URL(url).origin}; only https is allowed (allowInsecureLoopback covers loopback hosts only).`,
        { kind: "auth" },
      );
    }
    const claims = decodeClaims(context?.["claims"]);
    const token = await this.tokenFor(claims === undefined ? { url } : { url, claims });
    if (typeof token !== "string" || token === "") {
      throw new GraphError(`The ${this.source} returned no token.`, { kind: "auth" });
    }
    return token;
  };

  getAllowedHostsValidator = (): AllowedHostsValidator => this.validator;
}

const utf8 = new TextDecoder();

// Kiota hands over the challenge's claims base64-encoded (UTF-8 JSON), as Graph sends them.
function decodeClaims(raw: unknown): string | undefined {
  if (typeof raw !== "string" || raw === "") return undefined;
  try {
    return utf8.decode(Uint8Array.from(atob(raw), (char) => char.charCodeAt(0)));
  } catch {
    return raw;
  }
}
