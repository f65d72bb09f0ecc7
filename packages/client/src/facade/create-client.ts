import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import type { Destination } from "../generated/models/networkaccess/index.js";
import { createNetworkAccessApiClient } from "../generated/networkAccessApiClient.js";
import { createParseNodeFactory } from "../serialization/parse-node-factories.js";
import type { NetworkAccessApiClient } from "../generated/networkAccessApiClient.js";
import { createAuthenticationProvider } from "./authentication.js";
import { checkBaseUrl } from "./base-url.js";
import type { AdapterOptions, NetworkAccessClientOptions } from "./client-options.js";
import { CLIENT_OPTION_HINTS, CLIENT_OPTION_KEYS, OWN_ADAPTER_OPTION_NAMES } from "./client-options.js";
import type { CollectionPage } from "./collection-page.js";
import { createConnectionsApi } from "./connections.js";
import type { ConnectionsApi } from "./connections.js";
import { createCredentialPolicy } from "./credential-policy.js";
import { destinationReport, destinationReportPageSource } from "./destination-report.js";
import type { DestinationReportOptions, DestinationReportSourceOptions } from "./destination-report.js";
import type { DestinationReportResponse } from "./generated-names.js";
import { checkHostNames, DEFAULT_BASE_URL, GRAPH_CLOUD_HOSTS } from "./hosts.js";
import { describeValue } from "./describe-value.js";
import { httpClientFor } from "./http-client.js";
import { checkOptionKeys } from "./option-keys.js";
import type { PageSource } from "./page-source.js";

/** The facade: stable names over the generated client. */
export interface NetworkAccessClient {
  /** The first page of the destination report for a time window. */
  destinationReport(options: DestinationReportOptions): Promise<CollectionPage<Destination>>;
  /** A pager source for every page of the destination report. Invalid options throw here, synchronously. */
  destinationReportPageSource(
    options: DestinationReportSourceOptions,
  ): PageSource<Destination, DestinationReportResponse>;
  /** Connection logs: list, get, count. */
  readonly connections: ConnectionsApi;
  /** The generated Kiota client, for anything the facade does not cover. */
  readonly api: NetworkAccessApiClient;
  /** The Kiota request adapter every call goes through. */
  readonly requestAdapter: RequestAdapter;
}

/**
 * Creates the client. Everything is validated here, so a wrong option throws at once: one auth
 * option (or a `requestAdapter`), an https `baseUrl` (plain http only for loopback with
 * `allowInsecureLoopback`), sane `timeoutMs` and host names, and no unknown option (a typo such
 * as `baseURL` names the option it meant).
 */
export function createNetworkAccessClient(options: NetworkAccessClientOptions): NetworkAccessClient {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`createNetworkAccessClient takes an options object, got ${describeValue(options)}.`);
  }
  checkOptionKeys("createNetworkAccessClient", options, CLIENT_OPTION_KEYS, CLIENT_OPTION_HINTS);
  const requestAdapter =
    options.requestAdapter === undefined ? createRequestAdapter(options) : adoptRequestAdapter(options);
  const api = createNetworkAccessApiClient(requestAdapter);
  const context = { api, requestAdapter };
  return {
    destinationReport: (reportOptions) => destinationReport(context, reportOptions),
    destinationReportPageSource: (sourceOptions) => destinationReportPageSource(context, sourceOptions),
    connections: createConnectionsApi(context),
    api,
    requestAdapter,
  };
}

function createRequestAdapter(options: Exclude<NetworkAccessClientOptions, AdapterOptions>): RequestAdapter {
  const allowInsecureLoopback = options.allowInsecureLoopback === true;
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, allowInsecureLoopback);
  const hosts = [...checkHostNames(options.allowedHosts ?? GRAPH_CLOUD_HOSTS), new URL(baseUrl).hostname];
  const policy = createCredentialPolicy(hosts, allowInsecureLoopback);
  const authProvider = createAuthenticationProvider(options, policy, baseUrl);
  const httpClient = httpClientFor(options, policy);
  const parseNodeFactory = createParseNodeFactory(options.parseNodeFactory ?? "fast");
  // Kiota's default serialization writer factory (the 3rd argument): requests carry no body.
  const adapter = new FetchRequestAdapter(authProvider, parseNodeFactory, undefined, httpClient);
  adapter.baseUrl = baseUrl;
  return adapter;
}

function adoptRequestAdapter(options: AdapterOptions): RequestAdapter {
  const conflicting = OWN_ADAPTER_OPTION_NAMES.filter((name) => options[name] !== undefined);
  if (conflicting.length > 0) {
    throw new TypeError(
      `requestAdapter brings its own auth and HTTP pipeline; do not combine it with ${conflicting.join(", ")}.`,
    );
  }
  const adapter = options.requestAdapter;
  if (typeof adapter?.send !== "function") {
    throw new TypeError(`requestAdapter must be a Kiota RequestAdapter, got ${describeValue(adapter)}.`);
  }
  if (options.baseUrl !== undefined) {
    if (typeof options.baseUrl !== "string")
      throw new TypeError(`baseUrl must be a string URL, got ${describeValue(options.baseUrl)}.`);
    adapter.baseUrl = options.baseUrl.replace(/\/+$/, "");
  }
  return adapter;
}
