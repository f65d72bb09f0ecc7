import type {
  AuthenticationProvider,
  ErrorMappings,
  ParsableFactory,
  RequestAdapter,
  RequestOption,
} from "@microsoft/kiota-abstractions";
import { describe, expectTypeOf, it } from "vitest";
import { createNetworkAccessClient, isGraphError } from "../src/index.js";
import type {
  CollectionPage,
  Connection,
  ConnectionCollectionResponse,
  ConnectionListOptions,
  ConnectionOrderBy,
  ConnectionProperty,
  ConnectionSourceOptions,
  DateInput,
  Destination,
  DestinationReportOptions,
  DestinationReportResponse,
  DestinationReportSourceOptions,
  GraphAbortError,
  GraphError,
  GraphErrorKind,
  GraphTimeoutError,
  NetworkAccessApiClient,
  NetworkAccessClient,
  NetworkAccessClientOptions,
  RequestControl,
  RequestLogEntry,
  TokenCredential,
} from "../src/index.js";

declare const client: NetworkAccessClient;

/** A structural copy of `@netaccess/pagination`'s Kiota source (this package must not depend on it). */
interface PaginationCollectionResponse<T> {
  value?: T[] | null;
  odataNextLink?: string | null;
  odataCount?: number | null;
}
interface PaginationKiotaSource<T> {
  readonly requestAdapter: RequestAdapter;
  readonly responseFactory: ParsableFactory<
    PaginationCollectionResponse<T> & { additionalData?: Record<string, unknown> }
  >;
  readonly errorMappings?: ErrorMappings;
  readonly requestOptions?: (signal?: AbortSignal) => RequestOption[];
  readonly firstPage:
    | PaginationCollectionResponse<T>
    | ((signal?: AbortSignal) => Promise<PaginationCollectionResponse<T> | undefined>);
  readonly firstRequestUrl?: string;
}

describe("facade calls", () => {
  it("returns pages, records and counts with the generated model types", () => {
    expectTypeOf(client.destinationReport).returns.toEqualTypeOf<Promise<CollectionPage<Destination>>>();
    expectTypeOf(client.connections.list).returns.toEqualTypeOf<Promise<CollectionPage<Connection>>>();
    expectTypeOf(client.connections.get).returns.toEqualTypeOf<Promise<Connection>>();
    expectTypeOf(client.connections.count).returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf(client.api).toEqualTypeOf<NetworkAccessApiClient>();
    expectTypeOf(client.requestAdapter).toEqualTypeOf<RequestAdapter>();
  });

  it("shapes pages as value, nextLink and count", () => {
    expectTypeOf<CollectionPage<Destination>>().toEqualTypeOf<{
      value: Destination[];
      nextLink?: string;
      count?: number;
    }>();
  });

  it("takes the window as Date or ISO string, start and end required", () => {
    expectTypeOf<DestinationReportOptions["start"]>().toEqualTypeOf<DateInput>();
    expectTypeOf<DateInput>().toEqualTypeOf<Date | string>();
    expectTypeOf(client.destinationReport).toBeCallableWith({
      start: new Date(),
      end: "2024-05-02T00:00:00Z",
    });
    // @ts-expect-error end is required
    void client.destinationReport({ start: new Date() });
    // @ts-expect-error numbers are not dates
    void client.destinationReport({ start: 0, end: 1 });
    // @ts-expect-error the report has no $orderby
    void client.destinationReport({ start: new Date(), end: new Date(), orderby: "fqdn" });
  });

  it("takes the documented query options and per-call controls", () => {
    expectTypeOf<ConnectionListOptions>()
      .toHaveProperty("orderby")
      .toEqualTypeOf<ConnectionOrderBy | readonly ConnectionOrderBy[] | undefined>();
    expectTypeOf(client.connections.list).toBeCallableWith({
      filter: "status eq 'active'",
      orderby: ["createdDateTime desc"],
      select: "id",
      top: 10,
      signal: new AbortController().signal,
      timeoutMs: 5000,
      headers: { Prefer: "include-unknown-enum-members" },
    });
    expectTypeOf(client.connections.get).toBeCallableWith("id", { select: ["id"] });
    expectTypeOf(client.connections.count).toBeCallableWith({ filter: "status eq 'closed'" });
    // @ts-expect-error $count takes no $top
    void client.connections.count({ top: 1 });
  });
});

describe("typed query options", () => {
  it("name $select and $orderby properties from the generated Connection model", () => {
    expectTypeOf<"createdDateTime">().toExtend<ConnectionProperty>();
    expectTypeOf<"sentBytes">().toExtend<ConnectionProperty>();
    // Kiota's bookkeeping fields are not Graph properties.
    expectTypeOf<"additionalData">().not.toExtend<ConnectionProperty>();
    expectTypeOf<"odataType">().not.toExtend<ConnectionProperty>();
    expectTypeOf<ConnectionOrderBy>().toEqualTypeOf<
      ConnectionProperty | `${ConnectionProperty} asc` | `${ConnectionProperty} desc`
    >();
    expectTypeOf(client.connections.list).toBeCallableWith({
      select: ["id", "destinationFqdn", "sentBytes"],
      orderby: ["createdDateTime desc", "id asc", "status"],
    });
    expectTypeOf(client.connections.get).toBeCallableWith("id", { select: "userPrincipalName" });
    // @ts-expect-error a property connections do not have
    void client.connections.list({ select: ["policyName"] });
    // @ts-expect-error a misspelled property
    void client.connections.get("id", { select: "createdDatetime" });
    // @ts-expect-error directions are asc or desc
    void client.connections.list({ orderby: "createdDateTime descending" });
    // @ts-expect-error a property connections do not have
    void client.connections.pageSource({ orderby: ["policyName desc"] });
  });

  it("accept explicit undefined for every optional option", () => {
    expectTypeOf<undefined>().toExtend<ConnectionListOptions["filter"]>();
    expectTypeOf<undefined>().toExtend<DestinationReportOptions["aiAgentId"]>();
    expectTypeOf<undefined>().toExtend<RequestControl["signal"]>();
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({
      token: "t",
      getToken: undefined,
      baseUrl: undefined,
      logRequests: undefined,
    });
  });
});

describe("request logging", () => {
  it("takes true or a function receiving typed entries", () => {
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({ token: "t", logRequests: true });
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({
      token: "t",
      logRequests: (entry: RequestLogEntry) => console.log(entry.method, entry.url, entry.status),
    });
    expectTypeOf<RequestLogEntry["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RequestLogEntry>().not.toHaveProperty("headers");
  });
});

describe("page sources", () => {
  it("fit the pagination package's Kiota source shape", () => {
    const connections = client.connections.pageSource({ top: 100 });
    const report = client.destinationReportPageSource({ start: new Date(), end: new Date() });
    expectTypeOf(connections).toExtend<PaginationKiotaSource<Connection>>();
    expectTypeOf(report).toExtend<PaginationKiotaSource<Destination>>();
    expectTypeOf(connections.firstPage).returns.toEqualTypeOf<
      Promise<ConnectionCollectionResponse | undefined>
    >();
    expectTypeOf(report.firstPage).returns.toEqualTypeOf<Promise<DestinationReportResponse | undefined>>();
  });

  it("take the signal from the pager, not from the options", () => {
    expectTypeOf<ConnectionSourceOptions>().not.toHaveProperty("signal");
    expectTypeOf<DestinationReportSourceOptions>().not.toHaveProperty("signal");
    // @ts-expect-error the run's signal is passed to firstPage and requestOptions
    void client.connections.pageSource({ signal: new AbortController().signal });
  });
});

describe("client options", () => {
  it("accept exactly one way to authenticate", () => {
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({ token: "t" });
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({ getToken: async ({ url }) => url });
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({
      credential: {} as TokenCredential,
      scopes: ["s"],
    });
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({ authProvider: {} as AuthenticationProvider });
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({ requestAdapter: {} as RequestAdapter });
    expectTypeOf<{ token: string; getToken: () => string }>().not.toExtend<NetworkAccessClientOptions>();
    expectTypeOf<{ token: string; scopes: string[] }>().not.toExtend<NetworkAccessClientOptions>();
    expectTypeOf<{
      requestAdapter: RequestAdapter;
      token: string;
    }>().not.toExtend<NetworkAccessClientOptions>();
    expectTypeOf<{
      requestAdapter: RequestAdapter;
      timeoutMs: number;
    }>().not.toExtend<NetworkAccessClientOptions>();
    expectTypeOf<{ baseUrl: string }>().not.toExtend<NetworkAccessClientOptions>();
  });

  it("accept the HTTP settings next to the auth option", () => {
    expectTypeOf(createNetworkAccessClient).toBeCallableWith({
      token: "t",
      baseUrl: "https://graph.microsoft.us/beta",
      allowedHosts: ["graph.microsoft.us"],
      allowInsecureLoopback: false,
      timeoutMs: 30_000,
      retry: { maxRetries: 5, delay: 2 },
      fetch: (url: string, init: RequestInit) => fetch(url, init),
    });
  });
});

describe("errors", () => {
  it("narrow unknown values and keep their kind literal in subclasses", () => {
    const caught: unknown = new Error("x");
    if (isGraphError(caught)) expectTypeOf(caught).toEqualTypeOf<GraphError>();
    expectTypeOf<GraphError["kind"]>().toEqualTypeOf<GraphErrorKind>();
    expectTypeOf<GraphErrorKind>().toEqualTypeOf<
      "http" | "network" | "timeout" | "abort" | "auth" | "invalid-response"
    >();
    expectTypeOf<GraphTimeoutError["kind"]>().toEqualTypeOf<"timeout">();
    expectTypeOf<GraphAbortError["kind"]>().toEqualTypeOf<"abort">();
    expectTypeOf<GraphTimeoutError>().toExtend<GraphError>();
    expectTypeOf<GraphError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<GraphError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
  });
});
