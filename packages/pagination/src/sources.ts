import type {
  ErrorMappings,
  ParsableFactory,
  RequestAdapter,
  RequestOption,
} from "@microsoft/kiota-abstractions";
import type { CollectionResponse } from "./collection-response.js";

/** What every source provides so follow-up pages go through the same Kiota pipeline as the first. */
export interface CollectionEndpoint<T> {
  /** Sends follow-up requests, so auth, retry and error mapping apply to every page. */
  readonly requestAdapter: RequestAdapter;
  /** Deserializes each follow-up page; the item type `T` is inferred from it. */
  readonly responseFactory: ParsableFactory<CollectionResponse<T>>;
  /** Maps error responses to typed errors, e.g. `{ XXX: createODataErrorFromDiscriminatorValue }`. */
  readonly errorMappings?: ErrorMappings;
  /**
   * Extra Kiota request options for each follow-up request. Receives the signal that cancels that
   * request, so an adapter that honours a signal option (such as `@netaccess/client`'s `SignalOption`)
   * can close the connection on abort.
   */
  readonly requestOptions?: (signal?: AbortSignal) => RequestOption[];
}

/** A first page you already fetched (or a function that fetches it) plus the adapter and factory. */
export interface KiotaCollectionSource<T> extends CollectionEndpoint<T> {
  readonly firstPage:
    CollectionResponse<T> | ((signal?: AbortSignal) => Promise<CollectionResponse<T> | undefined>);
  /** URL the first page came from; next links must share its origin. Defaults to `requestAdapter.baseUrl`. */
  readonly firstRequestUrl?: string;
}

/** The first page of a facade call together with the URL it was fetched from. */
export interface FirstPageResult<T> {
  readonly page: CollectionResponse<T> | undefined;
  /** Next links must share this URL's origin. */
  readonly url: string;
}

/**
 * A structural contract a client facade implements to be paged: it fetches its own first page.
 * When resuming, `fetchFirst` is not called and `requestAdapter.baseUrl` sets the allowed origin.
 */
export interface FacadeCollectionSource<T> extends CollectionEndpoint<T> {
  fetchFirst(signal?: AbortSignal): Promise<FirstPageResult<T>>;
}

/** Anything `pages`, `items` and `collect` can walk. */
export type CollectionSource<T> = KiotaCollectionSource<T> | FacadeCollectionSource<T>;
