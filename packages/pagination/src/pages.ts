import { ignore, startLifetime, throwIfAborted } from "./abort.js";
import type { CollectionEnvelope } from "./collection-response.js";
import { validateOptions } from "./options.js";
import type { PaginationOptions, RunLimits } from "./options.js";
import type { Page } from "./page.js";
import { createPageFetcher } from "./page-fetcher.js";
import { assertCollectionSource } from "./source-check.js";
import type { CollectionSource } from "./sources.js";

/**
 * Walks a Kiota collection page by page. Source and options are checked at call time;
 * requests start with the first `next()`.
 */
export function pages<T>(
  source: CollectionSource<T>,
  options: PaginationOptions = {},
): AsyncGenerator<Page<T>, void, undefined> {
  assertCollectionSource(source);
  return walkPages(source, options, validateOptions(options));
}

async function* walkPages<T>(
  source: CollectionSource<T>,
  options: PaginationOptions,
  limits: RunLimits,
): AsyncGenerator<Page<T>, void, undefined> {
  const lifetime = startLifetime(options.signal);
  const fetcher = createPageFetcher(source, options.headers, lifetime.signal);
  const request = (link: string | undefined): Promise<CollectionEnvelope<T>> => {
    const pending = fetcher.fetch(link);
    pending.catch(ignore);
    return pending;
  };
  let cursor = options.resumeFrom;
  let pending = request(cursor);
  let itemsSoFar = 0;
  let total: number | undefined;
  try {
    for (let index = 0; ; index++) {
      throwIfAborted(lifetime.signal, cursor);
      const envelope = await pending;
      itemsSoFar += envelope.items.length;
      total ??= envelope.count;
      options.onPage?.({ pageIndex: index, itemsSoFar, total });
      const next = envelope.nextLink;
      const more = next !== undefined && index + 1 < limits.maxPages && itemsSoFar < limits.maxItems;
      if (more && limits.prefetch) pending = request(next);
      yield {
        index,
        items: envelope.items,
        cursor: next,
        deltaLink: envelope.deltaLink,
        total,
        itemsSoFar,
        response: envelope.response,
      };
      if (!more) return;
      cursor = next;
      if (!limits.prefetch) pending = request(next);
    }
  } finally {
    lifetime.end();
  }
}
