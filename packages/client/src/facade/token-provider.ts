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
 * Kiota AccessTokenProvider over a static token or token function. The policy decides, per URL,
 * whether the token may be sent: foreign hosts get none, plain http to an allowed host is refused.
 */
export class PolicyTokenProvider implements AccessTokenProvider {
  private readonly validator: AllowedHostsValidator;

  constructor(
    private readonly tokenFor: TokenFunction,
    private readonly policy: CredentialPolicy,
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
      throw new GraphError("The token function returned no token.", { kind: "auth" });
    }
    return token;
  };

  getAllowedHostsValidator = (): AllowedHostsValidator => this.validator;
}

// Kiota hands over the challenge's claims base64-encoded, as Graph sends them.
function decodeClaims(raw: unknown): string | undefined {
  if (typeof raw !== "string" || raw === "") return undefined;
  try {
    return atob(raw);
  } catch {
    return raw;
  }
}
