import type { FollowUpHeaders } from "./follow-up-request.js";

/** Progress reported after each page arrives. */
export interface PageProgress {
  /** 0-based index of the page within this run. */
  readonly pageIndex: number;
  /** Items received by this run so far, this page included. */
  readonly itemsSoFar: number;
  /** `@odata.count` when the service sent it (request with `$count=true`). */
  readonly total: number | undefined;
}

export interface PaginationOptions {
  /** Aborting rejects the pending `next()` at once with `PaginationAbortedError`; no request starts afterwards. */
  signal?: AbortSignal;
  /** Stop after this many pages (the first page counts). A positive integer. */
  maxPages?: number;
  /**
   * Stop once this many items have arrived. `items()` yields at most this many; `pages()` never splits a
   * page (cursors stay exact), so it stops after the page that reaches the limit. A positive integer.
   */
  maxItems?: number;
  /** Fetch page n+1 while the consumer works on page n (1, the default) or only when asked for (0). */
  prefetch?: 0 | 1;
  /** Headers re-sent on every follow-up request, e.g. `{ Prefer: "include-unknown-enum-members" }`. */
  headers?: FollowUpHeaders;
  /** A saved `cursor`: the run starts with the page it points to instead of the source's first page. */
  resumeFrom?: string;
  /** Called synchronously as each page arrives, before it is handed to the consumer. */
  onPage?: (progress: PageProgress) => void;
}

export interface CollectOptions extends Omit<PaginationOptions, "maxItems"> {
  /** Required ceiling: more items than this throws `ItemLimitError` instead of growing memory without bound. */
  maxItems: number;
}

/** Limits of a run after validation; `Infinity` when unset. */
export interface RunLimits {
  readonly maxPages: number;
  readonly maxItems: number;
  readonly prefetch: boolean;
}

/** Checks options eagerly so mistakes throw where `pages`/`items`/`collect` is called. */
export function validateOptions(options: PaginationOptions): RunLimits {
  const { prefetch = 1, resumeFrom, signal } = options;
  if (prefetch !== 0 && prefetch !== 1)
    throw new RangeError(`prefetch must be 0 or 1, got ${String(prefetch)}.`);
  if (resumeFrom !== undefined && (typeof resumeFrom !== "string" || resumeFrom === "")) {
    throw new TypeError("resumeFrom must be a non-empty link string (a saved page cursor).");
  }
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw new TypeError("signal must be an AbortSignal.");
  return {
    maxPages: positiveLimit("maxPages", options.maxPages),
    maxItems: positiveLimit("maxItems", options.maxItems),
    prefetch: prefetch === 1,
  };
}

function positiveLimit(name: string, value: number | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got ${String(value)}.`);
  return value;
}
