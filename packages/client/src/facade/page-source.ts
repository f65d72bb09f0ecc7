import type {
  ErrorMappings,
  Parsable,
  ParsableFactory,
  RequestAdapter,
  RequestOption,
} from "@microsoft/kiota-abstractions";
import { createODataErrorFromDiscriminatorValue } from "../generated/models/oDataErrors/index.js";
import { checkCollectionItems } from "./collection-page.js";
import type { KiotaCollectionResponse } from "./collection-page.js";
import type { OptionHints } from "./option-keys.js";
import type { RequestControl } from "./request-control.js";
import { sendCall } from "./request-control.js";
import type { CallConfiguration } from "./request-control.js";
import { SignalOption } from "./signal-option.js";

/** Page-source factories take no signal: the pager passes the run's signal to each request. */
export const PAGE_SOURCE_HINTS: OptionHints = {
  signal: "a pager passes its own signal: pages(source, { signal })",
};

/** The generated error mapping: every 4XX/5XX body is an ODataError. */
export const GRAPH_ERROR_MAPPINGS: ErrorMappings = {
  XXX: createODataErrorFromDiscriminatorValue as ParsableFactory<Parsable>,
};

/**
 * A first page plus what a pager needs to follow `@odata.nextLink` through the same Kiota pipeline
 * (auth limited to allowed hosts, retry, cancellation). It has the shape `@netaccess/pagination`
 * accepts as a Kiota collection source: pass it to `pages()`, `items()` or `collect()`.
 */
export interface PageSource<T, R extends KiotaCollectionResponse<T> = KiotaCollectionResponse<T>> {
  readonly requestAdapter: RequestAdapter;
  /** Deserializes every page, the first and each follow-up. */
  readonly responseFactory: ParsableFactory<R>;
  readonly errorMappings: ErrorMappings;
  /** The first request's URL; next links must share its origin. */
  readonly firstRequestUrl: string;
  /** Fetches the first page; the signal cancels it. Failures are GraphErrors. */
  firstPage(signal?: AbortSignal): Promise<R | undefined>;
  /** Options for each follow-up request: a SignalOption with the given signal and the source's timeout. */
  requestOptions(signal?: AbortSignal): RequestOption[];
}

/** Builds a PageSource around one generated-builder call. */
export function createPageSource<T, R extends KiotaCollectionResponse<T>>(parts: {
  requestAdapter: RequestAdapter;
  responseFactory: ParsableFactory<R>;
  firstRequestUrl: string;
  /** The collection's name in error messages, e.g. "connections". */
  what: string;
  control: Omit<RequestControl, "signal">;
  send: (configuration: CallConfiguration) => Promise<R | undefined>;
}): PageSource<T, R> {
  const { requestAdapter, responseFactory, firstRequestUrl, what, control, send } = parts;
  return {
    requestAdapter,
    responseFactory,
    errorMappings: GRAPH_ERROR_MAPPINGS,
    firstRequestUrl,
    firstPage: async (signal) => {
      const response = await sendCall({ ...control, signal }, send);
      if (Array.isArray(response?.value)) checkCollectionItems(response.value, what);
      return response;
    },
    requestOptions: (signal) => [new SignalOption(signal, control.timeoutMs)],
  };
}
