import type { AuthenticationProvider, RequestAdapter } from "@microsoft/kiota-abstractions";
import type { TokenCredential } from "./authentication.js";
import type { HttpOptions } from "./http-client.js";
import type { TokenFunction } from "./token-provider.js";

/** Settings shared by every way of authenticating. */
export interface ClientSettings extends HttpOptions {
  /** Graph endpoint including the version. Default `https://graph.microsoft.com/beta`. */
  baseUrl?: string;
  /**
   * Hosts, besides the `baseUrl` host, that may receive the token (host names or `.suffix`
   * wildcards; ports are not compared). Default: Graph's global and national cloud hosts.
   */
  allowedHosts?: string[];
  /** Allow plain http to a loopback `baseUrl` (127.0.0.0/8, localhost, [::1]) for local test servers. Default false. */
  allowInsecureLoopback?: boolean;
  requestAdapter?: never;
}

type AuthKey = "token" | "getToken" | "credential" | "authProvider";
type NoOtherAuth<K extends AuthKey> = { [P in Exclude<AuthKey, K>]?: never };

/** Authenticate with a fixed bearer token (no refresh). */
export type TokenAuthOptions = ClientSettings & NoOtherAuth<"token"> & { token: string; scopes?: never };
/** Authenticate with a function returning a token for each request. */
export type GetTokenAuthOptions = ClientSettings &
  NoOtherAuth<"getToken"> & { getToken: TokenFunction; scopes?: never };
/** Authenticate with an Azure Identity credential (`@azure/identity`). */
export type CredentialAuthOptions = ClientSettings &
  NoOtherAuth<"credential"> & {
    credential: TokenCredential;
    /** Default: `<baseUrl origin>/.default`. */
    scopes?: string[];
  };
/** Authenticate with any Kiota AuthenticationProvider. */
export type ProviderAuthOptions = ClientSettings &
  NoOtherAuth<"authProvider"> & { authProvider: AuthenticationProvider; scopes?: never };

/**
 * Bring your own Kiota request adapter (auth, allowed hosts and HTTP pipeline are yours). Build
 * its HttpClient with `createHttpClient()` to keep cancellation, timeouts and the credential guard.
 */
export interface AdapterOptions {
  requestAdapter: RequestAdapter;
  /** Sets the adapter's base URL when given. */
  baseUrl?: string;
  token?: never;
  getToken?: never;
  credential?: never;
  authProvider?: never;
  scopes?: never;
  fetch?: never;
  timeoutMs?: never;
  retry?: never;
  middleware?: never;
  allowedHosts?: never;
  allowInsecureLoopback?: never;
}

export type NetworkAccessClientOptions =
  TokenAuthOptions | GetTokenAuthOptions | CredentialAuthOptions | ProviderAuthOptions | AdapterOptions;

/** Options that only make sense when the client builds its own adapter. */
export const OWN_ADAPTER_OPTION_NAMES = [
  "token",
  "getToken",
  "credential",
  "authProvider",
  "scopes",
  "fetch",
  "timeoutMs",
  "retry",
  "middleware",
  "allowedHosts",
  "allowInsecureLoopback",
] as const;
