import type { CollectionResponse } from "./collection-response.js";
import type { CollectionSource } from "./sources.js";

/** Both source shapes reduced to what a run needs before it follows any link. */
export interface FirstPageAccess<T> {
  /** Fetches (or hands over) the source's own first page and the URL it came from, when known. */
  fetch(signal: AbortSignal): Promise<{ page: CollectionResponse<T> | undefined; url: string | undefined }>;
  /** URL whose origin next links must share when no first request URL is known (e.g. when resuming). */
  readonly fallbackUrl: string | undefined;
}

export function firstPageAccess<T>(source: CollectionSource<T>): FirstPageAccess<T> {
  if ("fetchFirst" in source) {
    return {
      fetch: (signal) => source.fetchFirst(signal),
      fallbackUrl: source.requestAdapter.baseUrl || undefined,
    };
  }
  const { firstPage, firstRequestUrl } = source;
  return {
    fetch: async (signal) => ({
      page: typeof firstPage === "function" ? await firstPage(signal) : firstPage,
      url: firstRequestUrl,
    }),
    fallbackUrl: firstRequestUrl ?? (source.requestAdapter.baseUrl || undefined),
  };
}
