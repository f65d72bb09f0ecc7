import type { AuthenticationProvider, RequestAdapter } from "@microsoft/kiota-abstractions";
import type { TokenCredential } from "./authentication.js";
import type { ParseNodeFactoryKind } from "../serialization/parse-node-factories.js";
import type { HttpOptions } from "./http-client.js";
import { HTTP_OPTION_KEYS } from "./http-client.js";
import type { OptionHints } from "./option-keys.js";
import type { TokenFunction } from "./token-provider.js";

/** Settings shared by every way of authenticating. */
export interface ClientSettings extends HttpOptions {
  /** Graph endpoint including the version. Default `https://graph.microsoft.com/beta`. */
  baseUrl?: string | undefined;
  /**
   * Hosts, besides the `baseUrl` host, that may receive the token (host names or `.suffix`
   * wildcards; ports are not compared). Default: Graph's global and national cloud hosts.
   */
  allowedHosts?: string[] | undefined;
  /** Allow plain http to a loopback `baseUrl` (127.0.0.0/8, localhost, [::1]) for local test servers. Default false. */
  allowInsecureLoopback?: boolean | undefined;
  /**
   * Which JSON parse node reads responses: `"fast"` (default; same models as Kiota's, a fraction of the
   * time and garbage, and keys named like `Object.prototype` members kept in `additionalData`) or
   * `"stock"` (Kiota's own `JsonParseNodeFactory`).
   */
  parseNodeFactory?: ParseNodeFactoryKind | undefined;
  requestAdapter?: undefined;
}

type AuthKey = "token" | "getToken" | "credential" | "authProvider";
type NoOtherAuth<K extends AuthKey> = { [P in Exclude<AuthKey, K>]?: undefined };

/** Authenticate with a fixed bearer token (no refresh). */
export type TokenAuthOptions = ClientSettings & NoOtherAuth<"token"> & { token: string; scopes?: undefined };
/** Authenticate with a function returning a token for each request. */
export type GetTokenAuthOptions = ClientSettings &
  NoOtherAuth<"getToken"> & { getToken: TokenFunction; scopes?: undefined };
/** Authenticate with an Azure Identity credential (`@azure/identity`). */
export type CredentialAuthOptions = ClientSettings &
  NoOtherAuth<"credential"> & {
    credential: TokenCredential;
    /** Default: `<baseUrl origin>/.default`. */
    scopes?: string[] | undefined;
  };
/** Authenticate with any Kiota AuthenticationProvider. */
export type ProviderAuthOptions = ClientSettings &
  NoOtherAuth<"authProvider"> & { authProvider: AuthenticationProvider; scopes?: undefined };

/**
 * Bring your own Kiota request adapter (auth, allowed hosts and HTTP pipeline are yours). Build
 * its HttpClient with `createHttpClient()` to keep cancellation, timeouts and the credential guard.
 */
export interface AdapterOptions {
  requestAdapter: RequestAdapter;
  /** Sets the adapter's base URL when given. */
  baseUrl?: string | undefined;
  token?: undefined;
  getToken?: undefined;
  credential?: undefined;
  authProvider?: undefined;
  scopes?: undefined;
  fetch?: undefined;
  timeoutMs?: undefined;
  retry?: undefined;
  middleware?: undefined;
  logRequests?: undefined;
  allowedHosts?: undefined;
  allowInsecureLoopback?: undefined;
  parseNodeFactory?: undefined;
}

export type NetworkAccessClientOptions =
  TokenAuthOptions | GetTokenAuthOptions | CredentialAuthOptions | ProviderAuthOptions | AdapterOptions;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** Every option `createNetworkAccessClient` knows, in any of its forms. */
export const CLIENT_OPTION_KEYS: Readonly<Record<KeysOfUnion<NetworkAccessClientOptions>, true>> = {
  token: true,
  getToken: true,
  credential: true,
  authProvider: true,
  scopes: true,
  baseUrl: true,
  allowedHosts: true,
  allowInsecureLoopback: true,
  parseNodeFactory: true,
  requestAdapter: true,
  ...HTTP_OPTION_KEYS,
};

/** Names callers reach for that this client spells differently or takes elsewhere. */
export const CLIENT_OPTION_HINTS: OptionHints = {
  accessToken: 'use "token"',
  bearerToken: 'use "token"',
  tokenProvider: 'use "getToken" (a function) or "authProvider" (a Kiota provider)',
  headers: "headers are set per call: client.connections.list({ headers })",
  debug: 'use "logRequests"',
  logger: 'use "logRequests" with a function',
};

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
  "logRequests",
  "allowedHosts",
  "allowInsecureLoopback",
  "parseNodeFactory",
] as const satisfies readonly (keyof AdapterOptions)[];
