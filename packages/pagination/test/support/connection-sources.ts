import { HttpMethod, RequestInformation } from "@microsoft/kiota-abstractions";
import type { ParsableFactory } from "@microsoft/kiota-abstractions";
import type { KiotaCollectionSource } from "../../src/index.js";
import type { CollectionServer } from "./collection-server.js";
import { createTestConnectionCollectionResponseFromDiscriminatorValue } from "./connection-model.js";
import type { TestConnection, TestConnectionCollectionResponse } from "./connection-model.js";
import type { TestAdapter } from "./kiota-adapter.js";

export interface FirstPageQuery {
  readonly pageSize: number;
  readonly count?: boolean;
}

/**
 * GETs the first page the way a generated `connections.get()` would, through the same adapter.
 * @param factory deserializes the page; the test model's factory by default.
 */
export function fetchFirstPage(
  server: CollectionServer,
  adapter: TestAdapter,
  query: FirstPageQuery,
  signal?: AbortSignal,
  factory: ParsableFactory<TestConnectionCollectionResponse> = createTestConnectionCollectionResponseFromDiscriminatorValue,
): Promise<TestConnectionCollectionResponse | undefined> {
  const request = new RequestInformation(HttpMethod.GET);
  request.URL = server.firstPageUrl(query.pageSize, query.count);
  request.headers.tryAdd("Accept", "application/json");
  request.addRequestOptions(adapter.requestOptions?.(signal));
  return adapter.requestAdapter.send(request, factory, undefined);
}

/** The Kiota source shape: the first page is fetched lazily by a function. */
export function kiotaSource(
  server: CollectionServer,
  adapter: TestAdapter,
  query: FirstPageQuery,
): KiotaCollectionSource<TestConnection> {
  return {
    requestAdapter: adapter.requestAdapter,
    responseFactory: createTestConnectionCollectionResponseFromDiscriminatorValue,
    requestOptions: adapter.requestOptions,
    firstRequestUrl: server.firstPageUrl(query.pageSize, query.count),
    firstPage: (signal) => fetchFirstPage(server, adapter, query, signal),
  };
}
