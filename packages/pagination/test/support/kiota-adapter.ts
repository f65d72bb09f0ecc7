// The real Kiota fetch adapter and JSON parse node factory for tests and the benchmark.
// @microsoft/kiota-http-fetchlibrary and @microsoft/kiota-serialization-json are not dependencies of
// this package, so they are reached through @netaccess/client's install (same single Kiota version).
// It imports no other test module, so the benchmark can load it with Node's type stripping.
import {
  AllowedHostsValidator,
  AnonymousAuthenticationProvider,
  BaseBearerTokenAuthenticationProvider,
  ParseNodeFactoryRegistry,
} from "@microsoft/kiota-abstractions";
import type { AuthenticationProvider, RequestAdapter, RequestOption } from "@microsoft/kiota-abstractions";
import {
  FetchRequestAdapter,
  KiotaClientFactory,
  MiddlewareFactory,
} from "@microsoft/kiota-http-fetchlibrary";
import type { Middleware } from "@microsoft/kiota-http-fetchlibrary";
import { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";

const SIGNAL_OPTION_KEY = "pagination-test.signal";

/** Carries an AbortSignal to the fetch call, the way `@netaccess/client`'s SignalOption does. */
export class TestSignalOption implements RequestOption {
  readonly signal: AbortSignal | undefined;

  constructor(signal: AbortSignal | undefined) {
    this.signal = signal;
  }

  getKey(): string {
    return SIGNAL_OPTION_KEY;
  }
}

/** First in the chain: hands the option's signal to fetch so an abort closes the connection. */
class SignalMiddleware implements Middleware {
  next: Middleware | undefined;

  execute(
    url: string,
    requestInit: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    if (!this.next) return Promise.reject(new Error("SignalMiddleware needs a next middleware."));
    const option = requestOptions?.[SIGNAL_OPTION_KEY];
    const signal = option instanceof TestSignalOption ? option.signal : undefined;
    return this.next.execute(url, signal ? { ...requestInit, signal } : requestInit, requestOptions);
  }
}

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
  const middlewares = [
    ...(cancellable ? [new SignalMiddleware()] : []),
    ...MiddlewareFactory.getDefaultMiddlewares(),
  ];
  const requestAdapter = new FetchRequestAdapter(
    authenticationFor(token),
    parseNodes,
    undefined,
    KiotaClientFactory.create(undefined, middlewares),
  );
  requestAdapter.baseUrl = baseUrl;
  return {
    requestAdapter,
    requestOptions: cancellable ? (signal) => [new TestSignalOption(signal)] : undefined,
  };
}
