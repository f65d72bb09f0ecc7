import { describeFailure, failureDetails } from "./failure-details.js";
import type { FailureDetails } from "./failure-details.js";

/** Stable, machine-readable reasons a pagination run can fail. Branch on these, not on messages. */
export type PaginationErrorCode =
  | "OFF_ORIGIN_LINK"
  | "NEXT_LINK_LOOP"
  | "INVALID_NEXT_LINK"
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

/**
 * A page's `@odata.nextLink` is present but not a string (a number, an object, …). Ending the run there
 * would silently drop the rest of the collection, so the run fails instead. `value` is what was sent.
 */
export class InvalidNextLinkError extends PaginationError {
  readonly value: unknown;

  constructor(value: unknown, cursor: string | undefined) {
    super(`The page's @odata.nextLink is not a string: got ${describeValue(value)}.`, {
      code: "INVALID_NEXT_LINK",
      cursor,
    });
    this.value = value;
  }
}

/** A response had no `value` array, so it is not a collection page (or it was empty or cut short). */
export class MissingValueError extends PaginationError {
  constructor(cursor: string | undefined) {
    super("The collection response has no `value` array.", { code: "MISSING_VALUE", cursor });
  }
}

/**
 * The request adapter failed to fetch or deserialize a page. The adapter's error (e.g. Kiota's
 * `ODataError`, which is not an `Error`) is `cause`; status, Graph code, message and request-id are
 * copied to fields and written into `message`.
 */
export class PageRequestError extends PaginationError implements FailureDetails {
  readonly status: number | undefined;
  readonly graphCode: string | undefined;
  readonly serviceMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;

  constructor(cause: unknown, cursor: string | undefined) {
    const details = failureDetails(cause);
    super(`Fetching a page failed: ${describeFailure(cause, details)}`, {
      code: "PAGE_REQUEST_FAILED",
      cursor,
      cause,
    });
    this.status = details.status;
    this.graphCode = details.graphCode;
    this.serviceMessage = details.serviceMessage;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
  }
}

/**
 * `collect` found more items than its `maxItems`. Nothing unbounded is kept: `items` holds the whole
 * pages read before the limit was passed (never more than `maxItems`), and `cursor` resumes right after
 * them, so `items` plus a run from `cursor` is the complete collection.
 */
export class ItemLimitError<T = unknown> extends PaginationError {
  readonly limit: number;
  readonly items: readonly T[];

  constructor(limit: number, cursor: string | undefined, items: readonly T[]) {
    super(
      `The collection holds more than maxItems (${limit}) items; the ${items.length} read so far are in \`items\`, resume from \`cursor\` for the rest.`,
      { code: "ITEM_LIMIT_EXCEEDED", cursor },
    );
    this.limit = limit;
    this.items = items;
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

function describeValue(value: unknown): string {
  if (value === null || typeof value !== "object") return `${typeof value} ${String(value)}`;
  return Array.isArray(value) ? "an array" : "an object";
}
