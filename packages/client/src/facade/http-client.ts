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
import { describeValue } from "./describe-value.js";
import { checkHostNames, GRAPH_CLOUD_HOSTS } from "./hosts.js";
import { checkOptionKeys } from "./option-keys.js";
import type { OptionKeys } from "./option-keys.js";
import { RequestLogHandler, requestLoggerFor } from "./request-log.js";
import type { RequestLogOption } from "./request-log.js";
import { checkTimeoutMs, DEFAULT_TIMEOUT_MS } from "./timeout.js";
import { createTransportFetch } from "./transport-fetch.js";
import type { FetchFunction } from "./transport-fetch.js";

/** Retry policy of Kiota's RetryHandler (429, 503 and 504 only; `Retry-After` honoured). */
export type RetryOptions = Partial<RetryHandlerOptionsParams>;

/** The HTTP side of the client: transport, timeout, retry, logging and extra middleware. */
export interface HttpOptions {
  /** The fetch to send with, e.g. one that sets an undici dispatcher for a proxy. Default: `globalThis.fetch`. */
  fetch?: FetchFunction | undefined;
  /**
   * Default timeout of each call in milliseconds, retries and body included; `Infinity` for none.
   * At most MAX_TIMEOUT_MS (about 24.8 days). Default 100 000.
   */
  timeoutMs?: number | undefined;
  /** Kiota retry options: `{ maxRetries, delay, shouldRetry }`. `{ maxRetries: 0 }` turns retries off. */
  retry?: RetryOptions | undefined;
  /** Extra Kiota middleware, run after Kiota's defaults and right before fetch. */
  middleware?: Middleware[] | undefined;
  /**
   * Logs every request that goes on the wire (retries and redirects included): method, URL
   * without secrets, status, duration and request ids, never headers or tokens. `true` prints
   * one line each with `console.debug`; a function receives the entries. Default off.
   */
  logRequests?: RequestLogOption | undefined;
}

/** Options of `createHttpClient`, for building your own Kiota request adapter on this client's pipeline. */
export interface HttpClientOptions extends HttpOptions {
  /** Hosts that may receive credentials; requests elsewhere are stripped of them. Default: Graph's cloud hosts. */
  allowedHosts?: string[] | undefined;
  /** Allow credentials over plain http to loopback hosts (tests against a local server). Default false. */
  allowInsecureLoopback?: boolean | undefined;
}

/** The keys of HttpOptions, for every options object that includes them. */
export const HTTP_OPTION_KEYS: OptionKeys<HttpOptions> = {
  fetch: true,
  timeoutMs: true,
  retry: true,
  middleware: true,
  logRequests: true,
};

const HTTP_CLIENT_KEYS: OptionKeys<HttpClientOptions> = {
  ...HTTP_OPTION_KEYS,
  allowedHosts: true,
  allowInsecureLoopback: true,
};

const RETRY_KEYS: OptionKeys<RetryHandlerOptionsParams> = {
  delay: true,
  maxRetries: true,
  shouldRetry: true,
};

const defaultFetch: FetchFunction = (url, init) => fetch(url, init);

/**
 * The middleware chain, outermost first: cancellation (signal + timeout), client-request-id, body
 * buffering (keeps failed bodies), then Kiota's defaults (retry, redirect, …), your middleware,
 * the request log when on, and fetch behind a credential guard.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`createHttpClient takes an options object, got ${describeValue(options)}.`);
  }
  checkOptionKeys("createHttpClient", options, HTTP_CLIENT_KEYS);
  const hosts = checkHostNames(options.allowedHosts ?? GRAPH_CLOUD_HOSTS);
  return httpClientFor(options, createCredentialPolicy(hosts, options.allowInsecureLoopback === true));
}

export function httpClientFor(options: HttpOptions, policy: CredentialPolicy): HttpClient {
  const timeoutMs = checkTimeoutMs("timeoutMs", options.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new TypeError(
      `fetch must be a function with the signature of globalThis.fetch, got ${describeValue(options.fetch)}.`,
    );
  }
  const logger = requestLoggerFor(options.logRequests);
  const retry = retryOptionsFor(options.retry);
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
    ...checkMiddleware(options.middleware),
    ...(logger ? [new RequestLogHandler(logger)] : []),
  ];
  return KiotaClientFactory.create(createTransportFetch(options.fetch ?? defaultFetch, policy), chain);
}

function retryOptionsFor(retry: unknown): RetryHandlerOptions | undefined {
  if (retry === undefined) return undefined;
  if (typeof retry !== "object" || retry === null || Array.isArray(retry)) {
    throw new TypeError(`retry must be an object such as { maxRetries: 5 }, got ${describeValue(retry)}.`);
  }
  checkOptionKeys("retry", retry, RETRY_KEYS);
  return new RetryHandlerOptions(retry);
}

function checkMiddleware(middleware: unknown): Middleware[] {
  if (middleware === undefined) return [];
  if (!Array.isArray(middleware) || middleware.some((item) => typeof item?.execute !== "function")) {
    throw new TypeError(
      `middleware must be an array of Kiota middleware (objects with execute), got ${describeValue(middleware)}.`,
    );
  }
  return middleware as Middleware[];
}
