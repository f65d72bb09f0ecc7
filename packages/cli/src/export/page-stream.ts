import { pages, type CollectionSource } from "@netaccess/pagination";
import type { WireEncoder } from "../wire-text.js";
import type { Segment } from "./segments.js";

/** A fetched page, already encoded as wire JSON lines, and the link to the page after it. */
export interface EncodedPage {
  readonly records: string[];
  readonly cursor: string | undefined;
  /** `@odata.count` when the service sent it. */
  readonly total: number | undefined;
}

/** Builds the pager source for one segment's window. */
export type SourceFactory<T> = (window: Segment["window"]) => CollectionSource<T>;

/** Every page of one segment, through `@netaccess/pagination` (one page of prefetch, cancellable). */
export async function* segmentPages<T>(
  segment: Segment,
  sourceFor: SourceFactory<T>,
  encode: WireEncoder<T>,
  signal: AbortSignal,
): AsyncGenerator<EncodedPage> {
  const options = segment.resumeFrom === undefined ? { signal } : { signal, resumeFrom: segment.resumeFrom };
  for await (const page of pages(sourceFor(segment.window), options)) {
    yield { records: page.items.map(encode), cursor: page.cursor, total: page.total };
  }
}
