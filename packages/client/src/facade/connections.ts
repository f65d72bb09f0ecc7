import type { Connection, ConnectionCollectionResponse } from "../generated/models/networkaccess/index.js";
import { createConnectionCollectionResponseFromDiscriminatorValue } from "../generated/models/networkaccess/index.js";
import type { CollectionPage } from "./collection-page.js";
import { toCollectionPage } from "./collection-page.js";
import type { FacadeContext } from "./facade-context.js";
import { createPageSource } from "./page-source.js";
import type { PageSource } from "./page-source.js";
import { checkCount, checkFlag, checkList, checkText } from "./query-options.js";
import { checkOptionsObject, checkRequestControl, requireResult, sendCall } from "./request-control.js";
import type { RequestControl } from "./request-control.js";

export interface ConnectionListOptions extends RequestControl {
  /** `$filter`, e.g. `"status eq 'active'"`. */
  filter?: string;
  /** `$orderby`, e.g. `"createdDateTime desc"` or `["createdDateTime desc", "id"]`. */
  orderby?: string | readonly string[];
  /** `$select`: the properties to return. */
  select?: string | readonly string[];
  /** `$top`: page size (Graph allows at most 1000, its default). */
  top?: number;
  /** `$skip`. */
  skip?: number;
  /** `$search`. */
  search?: string;
  /** `$count=true` adds the total (`count`) to the page. */
  count?: boolean;
}

/** Page-source options: the run's signal comes from the pager. */
export type ConnectionSourceOptions = Omit<ConnectionListOptions, "signal">;

export interface ConnectionGetOptions extends RequestControl {
  /** `$select`: the properties to return. */
  select?: string | readonly string[];
}

export interface ConnectionCountOptions extends RequestControl {
  /** `$filter`: count only matching records. */
  filter?: string;
  /** `$search`. */
  search?: string;
}

/** Connection-log calls of the facade. */
export interface ConnectionsApi {
  /** The first page of connection records. */
  list(options?: ConnectionListOptions): Promise<CollectionPage<Connection>>;
  /** One connection record; a missing id rejects with a GraphError of status 404. */
  get(id: string, options?: ConnectionGetOptions): Promise<Connection>;
  /** The number of (matching) connection records, from `$count`. */
  count(options?: ConnectionCountOptions): Promise<number>;
  /** A pager source for every page of `list(options)`. Invalid options throw here, synchronously. */
  pageSource(options?: ConnectionSourceOptions): PageSource<Connection, ConnectionCollectionResponse>;
}

export function createConnectionsApi(context: FacadeContext): ConnectionsApi {
  const collection = () => context.api.networkAccess.logs.connections;

  return {
    async list(options = {}) {
      const { control, queryParameters } = prepareList(options);
      const response = await sendCall(control, (configuration) =>
        collection().get({ ...configuration, queryParameters }),
      );
      return toCollectionPage(response, "connections");
    },

    async get(id, options = {}) {
      if (typeof id !== "string" || id.trim() === "") {
        throw new TypeError("connections.get needs the connection id, a non-empty string.");
      }
      const control = checkRequestControl(checkOptionsObject("connections.get", options));
      const select = checkList("select", options.select);
      const connection = await sendCall(control, (configuration) =>
        collection()
          .byConnectionId(id)
          .get({ ...configuration, queryParameters: { select } }),
      );
      return requireResult(connection, "connection");
    },

    async count(options = {}) {
      const control = checkRequestControl(checkOptionsObject("connections.count", options));
      const queryParameters = {
        filter: checkText("filter", options.filter),
        search: checkText("search", options.search),
      };
      const total = await sendCall(control, (configuration) =>
        collection().count.get({ ...configuration, queryParameters }),
      );
      return requireResult(total, "count");
    },

    pageSource(options = {}) {
      const { control, queryParameters } = prepareList(options);
      return createPageSource<Connection, ConnectionCollectionResponse>({
        requestAdapter: context.requestAdapter,
        responseFactory: createConnectionCollectionResponseFromDiscriminatorValue,
        firstRequestUrl: collection().toGetRequestInformation({ queryParameters }).URL,
        control,
        send: (configuration) => collection().get({ ...configuration, queryParameters }),
      });
    },
  };
}

/** Validates list options (throwing before anything is sent) into the generated query parameters. */
function prepareList(options: ConnectionListOptions) {
  const control = checkRequestControl(checkOptionsObject("connections.list", options));
  const queryParameters = {
    filter: checkText("filter", options.filter),
    orderby: checkList("orderby", options.orderby),
    select: checkList("select", options.select),
    top: checkCount("top", options.top),
    skip: checkCount("skip", options.skip),
    search: checkText("search", options.search),
    count: checkFlag("count", options.count),
  };
  return { control, queryParameters };
}
