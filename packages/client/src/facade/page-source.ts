import type {
  ErrorMappings,
  Parsable,
  ParsableFactory,
  RequestAdapter,
  RequestInformation,
  RequestOption,
} from "@microsoft/kiota-abstractions";
import { createODataErrorFromDiscriminatorValue } from "../generated/models/oDataErrors/index.js";
import { checkCollectionItems, keepRawNextLink, settleRawNextLink } from "./collection-page.js";
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
  /**
   * Deserializes each follow-up page. The first page is read with it too, except that a non-string
   * `@odata.nextLink` stays in the response's `additionalData` as sent, where the pager reports it.
   */
  readonly responseFactory: ParsableFactory<R>;
  readonly errorMappings: ErrorMappings;
  /** The first request's URL; next links must share its origin. */
  readonly firstRequestUrl: string;
  /**
   * Fetches the first page; the signal cancels it. Failures are GraphErrors. A non-string
   * `@odata.nextLink` is not a failure here: it stays in `additionalData` for the pager to report.
   */
  firstPage(signal?: AbortSignal): Promise<R | undefined>;
  /** Options for each follow-up request: a SignalOption with the given signal and the source's timeout. */
  requestOptions(signal?: AbortSignal): RequestOption[];
}

/** A collection call's first request: a generated builder's GET and the generated response factory. */
export interface FirstRequest<R extends Parsable> {
  readonly requestAdapter: RequestAdapter;
  readonly responseFactory: ParsableFactory<R>;
  /** The generated builder's `toGetRequestInformation` with the call's query, headers and options. */
  readonly toRequestInformation: (configuration: CallConfiguration) => RequestInformation;
}

/**
 * Sends a collection's first request under `control`: the request and error mapping of the generated
 * `get()`, read so that a non-string `@odata.nextLink` is kept as sent (see `keepRawNextLink`).
 */
export function sendFirstRequest<R extends Parsable>(
  first: FirstRequest<R>,
  control: RequestControl,
): Promise<R | undefined> {
  const responseFactory = keepRawNextLink(first.responseFactory);
  return sendCall(control, (configuration) =>
    first.requestAdapter.send(
      first.toRequestInformation(configuration),
      responseFactory,
      GRAPH_ERROR_MAPPINGS,
    ),
  );
}

/** Builds a PageSource around one generated-builder call. */
export function createPageSource<T, R extends KiotaCollectionResponse<T>>(
  first: FirstRequest<R> & {
    firstRequestUrl: string;
    /** The collection's name in error messages, e.g. "connections". */
    what: string;
    control: Omit<RequestControl, "signal">;
  },
): PageSource<T, R> {
  const { requestAdapter, responseFactory, firstRequestUrl, what, control } = first;
  return {
    requestAdapter,
    responseFactory,
    errorMappings: GRAPH_ERROR_MAPPINGS,
    firstRequestUrl,
    firstPage: async (signal) => {
      const response = await sendFirstRequest(first, { ...control, signal });
      if (response === undefined) return response;
      if (Array.isArray(response.value)) checkCollectionItems(response.value, what);
      return settleRawNextLink(response);
    },
    requestOptions: (signal) => [new SignalOption(signal, control.timeoutMs)],
  };
}
