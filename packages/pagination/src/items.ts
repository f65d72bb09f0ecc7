import type { PaginationOptions } from "./options.js";
import { pages } from "./pages.js";
import type { CollectionSource } from "./sources.js";

/**
 * Walks a Kiota collection item by item, at most `maxItems` of them. Only the current page (and the
 * prefetched one) is held, so memory stays flat however long the collection is.
 */
export function items<T>(
  source: CollectionSource<T>,
  options: PaginationOptions = {},
): AsyncGenerator<T, void, undefined> {
  return yieldItems(pages(source, options), options.maxItems ?? Number.POSITIVE_INFINITY);
}

async function* yieldItems<T>(
  pageRun: AsyncGenerator<{ readonly items: T[] }, void, undefined>,
  maxItems: number,
): AsyncGenerator<T, void, undefined> {
  let remaining = maxItems;
  for await (const page of pageRun) {
    for (const item of page.items) {
      if (remaining <= 0) return;
      remaining--;
      yield item;
    }
  }
}
