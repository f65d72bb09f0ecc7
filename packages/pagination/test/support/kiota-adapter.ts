// The real Kiota fetch adapter and JSON parse node factory for tests and the benchmark. A cancellable
// adapter uses @netaccess/client's own HTTP pipeline and SignalOption, the way the facade's page
// sources hand follow-ups to this package; the other one is Kiota's plain default chain.
// It imports no other test module, so the benchmark can load it with Node's type stripping.
import {
  AllowedHostsValidator,
  AnonymousAuthenticationProvider,
  BaseBearerTokenAuthenticationProvider,
  ParseNodeFactoryRegistry,
} from "@microsoft/kiota-abstractions";
import type { AuthenticationProvider, RequestAdapter, RequestOption } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter, KiotaClientFactory } from "@microsoft/kiota-http-fetchlibrary";
import { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";
import { createHttpClient, SignalOption } from "@netaccess/client";

export interface TestAdapter {
  readonly requestAdapter: RequestAdapter;
  /** Request options that make each follow-up cancellable; undefined for the adapter that cannot cancel. */
  readonly requestOptions: ((signal?: AbortSignal) => RequestOption[]) | undefined;
}

export interface TestAdapterOptions {
  /** Whether fetch receives the abort signal; without it, an aborted request stays open. Default true. */
  readonly cancellable?: boolean;
  /** Sends `Authorization: Bearer <token>` on every request; anonymous when absent. */
  readonly token?: string;
}

function authenticationFor(token: string | undefined): AuthenticationProvider {
  if (token === undefined) return new AnonymousAuthenticationProvider();
  return new BaseBearerTokenAuthenticationProvider({
    getAuthorizationToken: () => Promise.resolve(token),
    getAllowedHostsValidator: () => new AllowedHostsValidator(),
  });
}

/** A FetchRequestAdapter with Kiota's default middleware (retry included) and JSON parsing. */
export function createTestAdapter(baseUrl: string, options: TestAdapterOptions = {}): TestAdapter {
  const { cancellable = true, token } = options;
  const parseNodes = new ParseNodeFactoryRegistry();
  parseNodes.contentTypeAssociatedFactories.set("application/json", new JsonParseNodeFactory());
  const loopback = new URL(baseUrl).hostname;
  const httpClient = cancellable
    ? createHttpClient({ allowedHosts: [loopback], allowInsecureLoopback: true })
    : KiotaClientFactory.create();
  const requestAdapter = new FetchRequestAdapter(authenticationFor(token), parseNodes, undefined, httpClient);
  requestAdapter.baseUrl = baseUrl;
  return {
    requestAdapter,
    requestOptions: cancellable ? (signal) => [new SignalOption(signal)] : undefined,
  };
}
