// It imports other test modules for types only, so the benchmark can load it with Node's type stripping.
import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  createNetworkAccessApiClient,
  createODataErrorFromDiscriminatorValue,
} from "@netaccess/client";
import type { Connection } from "@netaccess/client";
import type { FacadeCollectionSource, KiotaCollectionSource } from "../../src/index.js";
import type { TestAdapter } from "./kiota-adapter.js";

/** Query options of the first `connections` request; next links repeat them. */
export interface ConnectionsQuery {
  readonly top: number;
  readonly select?: string[];
}

/** The generated client's list call, as both source shapes, sharing one adapter. */
export function generatedConnectionSources(
  adapter: TestAdapter,
  query: ConnectionsQuery,
): { kiota: KiotaCollectionSource<Connection>; facade: FacadeCollectionSource<Connection> } {
  const connections = createNetworkAccessApiClient(adapter.requestAdapter).networkAccess.logs.connections;
  const listFirstPage = (signal?: AbortSignal) =>
    connections.get({ queryParameters: query, options: adapter.requestOptions?.(signal) });
  const endpoint = {
    requestAdapter: adapter.requestAdapter,
    responseFactory: createConnectionCollectionResponseFromDiscriminatorValue,
    errorMappings: { XXX: createODataErrorFromDiscriminatorValue },
    requestOptions: adapter.requestOptions,
  };
  const firstRequestUrl = connections.toGetRequestInformation({ queryParameters: query }).URL;
  return {
    kiota: { ...endpoint, firstPage: listFirstPage, firstRequestUrl },
    facade: {
      ...endpoint,
      fetchFirst: async (signal) => ({ page: await listFirstPage(signal), url: firstRequestUrl }),
    },
  };
}
