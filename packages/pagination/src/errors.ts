/** Stable, machine-readable reasons a pagination run can fail. Branch on these, not on messages. */
export type PaginationErrorCode =
  | "OFF_ORIGIN_LINK"
  | "NEXT_LINK_LOOP"
  | "MISSING_VALUE"
  | "PAGE_REQUEST_FAILED"
  | "ITEM_LIMIT_EXCEEDED"
  | "ABORTED";

interface PaginationErrorInit {
  readonly code: PaginationErrorCode;
  readonly cursor: string | undefined;
  readonly cause?: unknown;
}

/**
 * Base class of every error a pagination run throws.
 * `cursor` is the cursor of the last page the run delivered (or the `resumeFrom` link when none was
 * delivered yet): pass it as `resumeFrom` to continue right after that page once the problem is fixed.
 */
export class PaginationError extends Error {
  readonly code: PaginationErrorCode;
  readonly cursor: string | undefined;

  constructor(message: string, init: PaginationErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.code = init.code;
    this.cursor = init.cursor;
  }
}

/** A next link points at another origin, is not https (loopback excepted) or is not an absolute URL. It was never requested. */
export class OffOriginLinkError extends PaginationError {
  readonly link: string;
  readonly allowedOrigin: string;

  constructor(link: string, allowedOrigin: string, reason: string, cursor: string | undefined) {
    super(`Refused next link ${JSON.stringify(link)}: ${reason} (allowed origin ${allowedOrigin}).`, {
      code: "OFF_ORIGIN_LINK",
      cursor,
    });
    this.link = link;
    this.allowedOrigin = allowedOrigin;
  }
}

/** The server sent a next link this run has already followed, which would page forever. */
export class NextLinkLoopError extends PaginationError {
  readonly link: string;

  constructor(link: string, cursor: string | undefined) {
    super(`Next link ${JSON.stringify(link)} was already followed in this run; refusing to loop.`, {
      code: "NEXT_LINK_LOOP",
      cursor,
    });
    this.link = link;
  }
}

/** A response had no `value` array, so it is not a collection page (or it was empty or cut short). */
export class MissingValueError extends PaginationError {
  constructor(cursor: string | undefined) {
    super("The collection response has no `value` array.", { code: "MISSING_VALUE", cursor });
  }
}

/** The request adapter failed to fetch or deserialize a page. The adapter's error (e.g. ODataError) is `cause`. */
export class PageRequestError extends PaginationError {
  constructor(cause: unknown, cursor: string | undefined) {
    super(`Fetching a page failed: ${describe(cause)}`, { code: "PAGE_REQUEST_FAILED", cursor, cause });
  }
}

/** `collect` found more items than its `maxItems`; nothing is returned, so nothing unbounded is kept in memory. */
export class ItemLimitError extends PaginationError {
  readonly limit: number;

  constructor(limit: number, cursor: string | undefined) {
    super(`The collection holds more than maxItems (${limit}) items.`, {
      code: "ITEM_LIMIT_EXCEEDED",
      cursor,
    });
    this.limit = limit;
  }
}

/**
 * The caller's AbortSignal fired. Its `name` is "AbortError" so generic abort checks work;
 * the signal's `reason` is `cause`.
 */
export class PaginationAbortedError extends PaginationError {
  constructor(reason: unknown, cursor: string | undefined) {
    super("Pagination was aborted.", { code: "ABORTED", cursor, cause: reason });
    this.name = "AbortError";
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
