// The generated Kiota client: factory, request builders' types, models and enums.
export * from "./generated/networkAccessApiClient.js";
export * from "./generated/models/index.js";
export * from "./generated/models/networkaccess/index.js";
export * from "./generated/models/oDataErrors/index.js";
export { SignalOption, SIGNAL_OPTION_KEY } from "./facade/signal-option.js";

// Fast, Kiota-compatible JSON deserialization (the facade's parse node factory).
export * from "./serialization/index.js";

// The hand-written facade: stable names over the generated client.
export { createNetworkAccessClient } from "./facade/create-client.js";
export type { NetworkAccessClient } from "./facade/create-client.js";
export type {
  AdapterOptions,
  ClientSettings,
  CredentialAuthOptions,
  GetTokenAuthOptions,
  NetworkAccessClientOptions,
  ProviderAuthOptions,
  TokenAuthOptions,
} from "./facade/client-options.js";
export type { TokenCredential } from "./facade/authentication.js";
export type { TokenFunction, TokenRequest } from "./facade/token-provider.js";
export { createHttpClient } from "./facade/http-client.js";
export type { HttpClientOptions, HttpOptions, RetryOptions } from "./facade/http-client.js";
export type { FetchFunction } from "./facade/transport-fetch.js";
export type { RequestControl } from "./facade/request-control.js";
export type { DateInput } from "./facade/dates.js";
export type { CollectionPage, KiotaCollectionResponse } from "./facade/collection-page.js";
export type { PageSource } from "./facade/page-source.js";
export type {
  DestinationReportOptions,
  DestinationReportSourceOptions,
} from "./facade/destination-report.js";
export type { DestinationReportResponse } from "./facade/generated-names.js";
export type {
  ConnectionCountOptions,
  ConnectionGetOptions,
  ConnectionListOptions,
  ConnectionOrderBy,
  ConnectionProperty,
  ConnectionSourceOptions,
  ConnectionsApi,
} from "./facade/connections.js";
export type { OrderBy, PropertyName } from "./facade/model-properties.js";
export type { HeaderValues } from "./facade/header-options.js";
export { formatRequestLogEntry } from "./facade/request-log.js";
export type { RequestLogEntry, RequestLogger, RequestLogOption } from "./facade/request-log.js";
export {
  GraphAbortError,
  GraphError,
  GraphNetworkError,
  GraphTimeoutError,
  isGraphError,
} from "./facade/errors.js";
export type { GraphErrorKind } from "./facade/errors.js";
export { InvalidRequestError } from "./facade/invalid-request.js";
export { toGraphError } from "./facade/to-graph-error.js";
export { DEFAULT_BASE_URL, GRAPH_CLOUD_HOSTS } from "./facade/hosts.js";
export { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from "./facade/timeout.js";

// The Kiota runtime pieces a consumer needs to bring its own adapter, from this package's own copy, so
// a project never has to install (and match) `@microsoft/kiota-*` versions itself.
export { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
export { AnonymousAuthenticationProvider } from "@microsoft/kiota-abstractions";
export type { AuthenticationProvider, RequestAdapter } from "@microsoft/kiota-abstractions";
