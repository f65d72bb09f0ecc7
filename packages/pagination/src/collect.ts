import { ItemLimitError } from "./errors.js";
import { validateOptions } from "./options.js";
import type { CollectOptions } from "./options.js";
import { pages } from "./pages.js";
import type { CollectionSource } from "./sources.js";

/**
 * Loads a whole collection into an array, refusing to grow past `maxItems`: when the collection holds
 * more, it throws `ItemLimitError`, which carries the pages that fit (`items`) and the `cursor` right
 * after them, so nothing read is lost and a resume from `cursor` repeats nothing.
 * `maxPages` still just stops early and returns what was read.
 */
export async function collect<T>(source: CollectionSource<T>, options: CollectOptions): Promise<T[]> {
  const { maxItems } = validateOptions(options);
  if (!Number.isFinite(maxItems)) throw new RangeError("collect needs maxItems, a positive integer.");
  const collected: T[] = [];
  let cursor = options.resumeFrom;
  // One item more than allowed is enough to prove the collection is too large.
  for await (const page of pages(source, { ...options, maxItems: maxItems + 1 })) {
    if (collected.length + page.items.length > maxItems)
      throw new ItemLimitError(maxItems, cursor, collected);
    for (const item of page.items) collected.push(item);
    cursor = page.cursor;
  }
  return collected;
}
