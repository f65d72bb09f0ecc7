import type { Connection, ConnectionCollectionResponse } from "../generated/models/networkaccess/index.js";
import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  deserializeIntoConnection,
} from "../generated/models/networkaccess/index.js";
import type { CollectionPage } from "./collection-page.js";
import { checkRecord, toCollectionPage } from "./collection-page.js";
import { connectionIdSegment } from "./connection-id.js";
import type { FacadeContext } from "./facade-context.js";
import { checkOrderBy, checkSelect, modelProperties } from "./model-properties.js";
import type { OrderBy, PropertyName } from "./model-properties.js";
import type { OptionKeys } from "./option-keys.js";
import { createPageSource, PAGE_SOURCE_HINTS, sendFirstRequest } from "./page-source.js";
import type { FirstRequest, PageSource } from "./page-source.js";
import { checkCount, checkFlag, checkText } from "./query-options.js";
import {
  checkOptionsObject,
  checkRequestControl,
  REQUEST_CONTROL_KEYS,
  requireResult,
  sendCall,
} from "./request-control.js";
import type { RequestControl } from "./request-control.js";
import { withLastPathSegment } from "./url-segments.js";

/** A property of a connection record, as `$select` and `$orderby` name it. */
export type ConnectionProperty = PropertyName<Connection>;

/** A `$orderby` term over connections: `"createdDateTime"`, `"createdDateTime desc"`, … */
export type ConnectionOrderBy = OrderBy<ConnectionProperty>;

export interface ConnectionListOptions extends RequestControl {
  /** `$filter`, e.g. `"status eq 'active'"`. */
  filter?: string | undefined;
  /** `$orderby`, e.g. `"createdDateTime desc"` or `["createdDateTime desc", "id"]`. */
  orderby?: ConnectionOrderBy | readonly ConnectionOrderBy[] | undefined;
  /** `$select`: the properties to return. */
  select?: ConnectionProperty | readonly ConnectionProperty[] | undefined;
  /** `$top`: page size (Graph allows at most 1000, its default). */
  top?: number | undefined;
  /** `$skip`. */
  skip?: number | undefined;
  /** `$search`. */
  search?: string | undefined;
  /** `$count=true` adds the total (`count`) to the page. */
  count?: boolean | undefined;
}

/** Page-source options: the run's signal comes from the pager. */
export type ConnectionSourceOptions = Omit<ConnectionListOptions, "signal">;

export interface ConnectionGetOptions extends RequestControl {
  /** `$select`: the properties to return. */
  select?: ConnectionProperty | readonly ConnectionProperty[] | undefined;
}

export interface ConnectionCountOptions extends RequestControl {
  /** `$filter`: count only matching records. */
  filter?: string | undefined;
  /** `$search`. */
  search?: string | undefined;
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

const CONNECTION = modelProperties("connection", deserializeIntoConnection);

const LIST_KEYS: OptionKeys<ConnectionListOptions> = {
  ...REQUEST_CONTROL_KEYS,
  filter: true,
  orderby: true,
  select: true,
  top: true,
  skip: true,
  search: true,
  count: true,
};
const { signal: _signal, ...SOURCE_KEYS } = LIST_KEYS;
const GET_KEYS: OptionKeys<ConnectionGetOptions> = { ...REQUEST_CONTROL_KEYS, select: true };
const COUNT_KEYS: OptionKeys<ConnectionCountOptions> = {
  ...REQUEST_CONTROL_KEYS,
  filter: true,
  search: true,
};

// Any valid segment: the generated template is expanded with it, then the id's own encoding replaces it.
const ID_PLACEHOLDER = "id";

export function createConnectionsApi(context: FacadeContext): ConnectionsApi {
  const collection = () => context.api.networkAccess.logs.connections;
  const listRequest = (queryParameters: ListQuery): FirstRequest<ConnectionCollectionResponse> => ({
    requestAdapter: context.requestAdapter,
    responseFactory: createConnectionCollectionResponseFromDiscriminatorValue,
    toRequestInformation: (configuration) =>
      collection().toGetRequestInformation({ ...configuration, queryParameters }),
  });

  return {
    async list(options = {}) {
      const { control, queryParameters } = prepareList("connections.list", options);
      const response = await sendFirstRequest(listRequest(queryParameters), control);
      return toCollectionPage(response, "connections");
    },

    async get(id, options = {}) {
      const segment = connectionIdSegment(id);
      const control = checkRequestControl(checkOptionsObject("connections.get", options, GET_KEYS));
      const select = checkSelect(CONNECTION, options.select);
      const generated = collection().byConnectionId(ID_PLACEHOLDER);
      const url = withLastPathSegment(
        generated.toGetRequestInformation({ queryParameters: { select } }).URL,
        segment,
        (current) => current === ID_PLACEHOLDER,
      );
      const connection = await sendCall(control, (configuration) =>
        generated.withUrl(url).get(configuration),
      );
      return checkRecord(requireResult(connection, "connection"), "connection");
    },

    async count(options = {}) {
      const control = checkRequestControl(checkOptionsObject("connections.count", options, COUNT_KEYS));
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
      const { control, queryParameters } = prepareList("connections.pageSource", options);
      return createPageSource<Connection, ConnectionCollectionResponse>({
        ...listRequest(queryParameters),
        firstRequestUrl: collection().toGetRequestInformation({ queryParameters }).URL,
        what: "connections",
        control,
      });
    },
  };
}

type ListQuery = ReturnType<typeof prepareList>["queryParameters"];

/** Validates list options (throwing before anything is sent) into the generated query parameters. */
function prepareList(method: "connections.list" | "connections.pageSource", options: ConnectionListOptions) {
  const checked =
    method === "connections.list"
      ? checkOptionsObject(method, options, LIST_KEYS)
      : checkOptionsObject(method, options, SOURCE_KEYS, PAGE_SOURCE_HINTS);
  const control = checkRequestControl(checked);
  const queryParameters = {
    filter: checkText("filter", options.filter),
    orderby: checkOrderBy(CONNECTION, options.orderby),
    select: checkSelect(CONNECTION, options.select),
    top: checkCount("top", options.top),
    skip: checkCount("skip", options.skip),
    search: checkText("search", options.search),
    count: checkFlag("count", options.count),
  };
  return { control, queryParameters };
}
