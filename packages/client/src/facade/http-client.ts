import {
  CustomFetchHandler,
  KiotaClientFactory,
  MiddlewareFactory,
  RetryHandler,
  RetryHandlerOptions,
} from "@microsoft/kiota-http-fetchlibrary";
import type { HttpClient, Middleware, RetryHandlerOptionsParams } from "@microsoft/kiota-http-fetchlibrary";
import { BufferedResponseHandler } from "./buffered-response-handler.js";
import { CancellationHandler } from "./cancellation-handler.js";
import { ClientRequestIdHandler } from "./client-request-id-handler.js";
import { createCredentialPolicy } from "./credential-policy.js";
import type { CredentialPolicy } from "./credential-policy.js";
import { checkHostNames, GRAPH_CLOUD_HOSTS } from "./hosts.js";
import { checkTimeoutMs, DEFAULT_TIMEOUT_MS } from "./timeout.js";
import { createTransportFetch } from "./transport-fetch.js";
import type { FetchFunction } from "./transport-fetch.js";

/** Retry policy of Kiota's RetryHandler (429, 503 and 504 only; `Retry-After` honoured). */
export type RetryOptions = Partial<RetryHandlerOptionsParams>;

/** The HTTP side of the client: transport, timeout, retry and extra middleware. */
export interface HttpOptions {
  /** The fetch to send with, e.g. one that sets an undici dispatcher for a proxy. Default: `globalThis.fetch`. */
  fetch?: FetchFunction;
  /** Default timeout of each call in milliseconds, retries and body included; `Infinity` for none. Default 100 000. */
  timeoutMs?: number;
  /** Kiota retry options: `{ maxRetries, delay, shouldRetry }`. `{ maxRetries: 0 }` turns retries off. */
  retry?: RetryOptions;
  /** Extra Kiota middleware, run after Kiota's defaults and right before fetch. */
  middleware?: Middleware[];
}

/** Options of `createHttpClient`, for building your own Kiota request adapter on this client's pipeline. */
export interface HttpClientOptions extends HttpOptions {
  /** Hosts that may receive credentials; requests elsewhere are stripped of them. Default: Graph's cloud hosts. */
  allowedHosts?: string[];
  /** Allow credentials over plain http to loopback hosts (tests against a local server). Default false. */
  allowInsecureLoopback?: boolean;
}

const defaultFetch: FetchFunction = (url, init) => fetch(url, init);

/**
 * The middleware chain, outermost first: cancellation (signal + timeout), client-request-id, body
 * buffering (keeps failed bodies), then Kiota's defaults (retry, redirect, …), your middleware,
 * and fetch behind a credential guard.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const hosts = checkHostNames(options.allowedHosts ?? GRAPH_CLOUD_HOSTS);
  return httpClientFor(options, createCredentialPolicy(hosts, options.allowInsecureLoopback === true));
}

export function httpClientFor(options: HttpOptions, policy: CredentialPolicy): HttpClient {
  const timeoutMs = checkTimeoutMs("timeoutMs", options.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new TypeError("fetch must be a function with the signature of globalThis.fetch.");
  }
  const retry = options.retry === undefined ? undefined : new RetryHandlerOptions(options.retry);
  const kiotaDefaults = MiddlewareFactory.getDefaultMiddlewares()
    // The fetch handler is added last by the factory below, wrapped in the credential guard.
    .filter((middleware) => !(middleware instanceof CustomFetchHandler))
    .map((middleware) =>
      retry && middleware instanceof RetryHandler ? new RetryHandler(retry) : middleware,
    );
  const chain: Middleware[] = [
    new CancellationHandler(timeoutMs),
    new ClientRequestIdHandler(),
    new BufferedResponseHandler(),
    ...kiotaDefaults,
    ...(options.middleware ?? []),
  ];
  return KiotaClientFactory.create(createTransportFetch(options.fetch ?? defaultFetch, policy), chain);
}
