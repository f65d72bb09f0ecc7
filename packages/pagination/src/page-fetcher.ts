import { raceAbort, throwIfAborted } from "./abort.js";
import { readEnvelope } from "./collection-response.js";
import type { CollectionEnvelope, CollectionResponse } from "./collection-response.js";
import { PageRequestError, PaginationAbortedError, PaginationError } from "./errors.js";
import { firstPageAccess } from "./first-page.js";
import { createFollowUpRequest } from "./follow-up-request.js";
import type { FollowUpHeaders } from "./follow-up-request.js";
import { createLinkGuard } from "./link-guard.js";
import { checkNextLinkType } from "./next-link-check.js";
import type { LinkGuard } from "./link-guard.js";
import type { CollectionSource } from "./sources.js";

/** Fetches the pages of one run; every failure is a PaginationError carrying the cursor it happened at. */
export interface PageFetcher<T> {
  /**
   * Fetches the page `link` points to, or the source's first page when `link` is undefined.
   * `link` is also the cursor errors carry: resuming from it retries exactly this page.
   */
  fetch(link: string | undefined): Promise<CollectionEnvelope<T>>;
}

export function createPageFetcher<T>(
  source: CollectionSource<T>,
  headers: FollowUpHeaders | undefined,
  signal: AbortSignal,
): PageFetcher<T> {
  const first = firstPageAccess(source);
  let firstRequestUrl: string | undefined;
  let guard: LinkGuard | undefined;
  const linkGuard = () =>
    (guard ??= createLinkGuard(
      firstRequestUrl ?? first.fallbackUrl,
      firstRequestUrl === undefined ? [] : [firstRequestUrl],
    ));

  const fetchFirst = async (): Promise<CollectionResponse<T> | undefined> => {
    const { page, url } = await settleTyped(() => first.fetch(signal), signal, undefined);
    firstRequestUrl = url;
    return page;
  };

  const fetchLink = (link: string): Promise<CollectionResponse<T> | undefined> => {
    const admitted = linkGuard().admit(link, link);
    const request = createFollowUpRequest(admitted, headers, source.requestOptions?.(signal));
    return settleTyped(
      () =>
        source.requestAdapter.send(
          request,
          checkNextLinkType(source.responseFactory, link),
          source.errorMappings,
        ),
      signal,
      link,
    );
  };

  return {
    async fetch(link) {
      throwIfAborted(signal, link);
      const response = link === undefined ? await fetchFirst() : await fetchLink(link);
      return readEnvelope(response, link);
    },
  };
}

/** Runs one request so that abort wins promptly and any failure becomes a PaginationError with `cursor`. */
async function settleTyped<V>(
  start: () => Promise<V>,
  signal: AbortSignal,
  cursor: string | undefined,
): Promise<V> {
  try {
    return await raceAbort(start(), signal, cursor);
  } catch (error) {
    if (error instanceof PaginationError) throw error;
    if (signal.aborted) throw new PaginationAbortedError(signal.reason, cursor);
    throw new PageRequestError(error, cursor);
  }
}
