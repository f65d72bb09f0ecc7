import type { CollectionSource } from "./sources.js";

/** Rejects a malformed source where `pages`/`items`/`collect` is called, not at the first `next()`. */
export function assertCollectionSource<T>(source: CollectionSource<T>): void {
  if (typeof source !== "object" || source === null) throw new TypeError("source must be an object.");
  if (typeof source.requestAdapter?.send !== "function") {
    throw new TypeError("source.requestAdapter must be a Kiota RequestAdapter.");
  }
  if (typeof source.responseFactory !== "function") {
    throw new TypeError(
      "source.responseFactory must be a Kiota ParsableFactory for the collection response.",
    );
  }
  const hasFirstPage =
    "fetchFirst" in source ? typeof source.fetchFirst === "function" : source.firstPage != null;
  if (!hasFirstPage) throw new TypeError("source needs either firstPage or fetchFirst.");
  if (source.requestOptions !== undefined && typeof source.requestOptions !== "function") {
    throw new TypeError("source.requestOptions must be a function returning Kiota request options.");
  }
}
