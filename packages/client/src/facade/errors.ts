import type { MainError } from "../generated/models/oDataErrors/index.js";

/**
 * What went wrong, so callers can branch without `instanceof`:
 * - `http`: Graph answered with an error status (`status`, `code`, … are set);
 * - `network`: no response arrived (DNS, refused or reset connection, TLS);
 * - `timeout`: the call took longer than its `timeoutMs`;
 * - `abort`: the caller's `AbortSignal` fired;
 * - `auth`: no access token could be obtained, or sending it was refused;
 * - `invalid-response`: a success response the client could not read.
 */
export type GraphErrorKind = "http" | "network" | "timeout" | "abort" | "auth" | "invalid-response";

export interface GraphErrorInit {
  readonly kind: GraphErrorKind;
  readonly status?: number | undefined;
  readonly code?: string | undefined;
  readonly serviceMessage?: string | undefined;
  readonly serviceError?: MainError | undefined;
  readonly requestId?: string | undefined;
  readonly clientRequestId?: string | undefined;
  readonly retryAfter?: string | undefined;
  readonly body?: string | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly cause?: unknown;
}

// Marks instances so `isGraphError` also recognises errors from another copy of this package.
const GRAPH_ERROR_BRAND = Symbol.for("@netaccess/client.GraphError");

/**
 * The one error type every failed facade call rejects with. Fields that only an HTTP response can
 * provide are `undefined` for the other kinds.
 */
export class GraphError extends Error {
  readonly kind: GraphErrorKind;
  /** HTTP status of the failed response. */
  readonly status: number | undefined;
  /** Graph's error code (`error.code`), e.g. `Request_ResourceNotFound`. Branch on this, not on messages. */
  readonly code: string | undefined;
  /** Graph's own message (`error.message`); `message` adds status, code and request-id to it. */
  readonly serviceMessage: string | undefined;
  /** The whole deserialized Graph error (`details`, `innerError`, …) when the body was a Graph error. */
  readonly serviceError: MainError | undefined;
  /** The `request-id` Graph assigned; quote it to Microsoft support. */
  readonly requestId: string | undefined;
  /** The `client-request-id` this client sent (and Graph echoed). */
  readonly clientRequestId: string | undefined;
  /** The raw `Retry-After` header (seconds or an HTTP date), e.g. on a final 429 or 503. */
  readonly retryAfter: string | undefined;
  /** The raw response body as text, whatever its content type. */
  readonly body: string | undefined;
  /** Response headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(message: string, init: GraphErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    Object.defineProperty(this, GRAPH_ERROR_BRAND, { value: true });
    this.name = "GraphError";
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.serviceMessage = init.serviceMessage;
    this.serviceError = init.serviceError;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.retryAfter = init.retryAfter;
    this.body = init.body;
    this.headers = init.headers ?? {};
  }

  /** `Retry-After` in milliseconds from now (0 for a date in the past), or undefined when absent or unreadable. */
  get retryAfterMs(): number | undefined {
    return parseRetryAfter(this.retryAfter, Date.now());
  }
}

/** No response arrived: the host could not be reached or the connection broke. `cause` is fetch's error. */
export class GraphNetworkError extends GraphError {
  declare readonly kind: "network";

  constructor(message: string, cause: unknown) {
    super(message, { kind: "network", cause });
    this.name = "GraphNetworkError";
  }
}

/** The call ran longer than its `timeoutMs` (retries and Retry-After waits included). */
export class GraphTimeoutError extends GraphError {
  declare readonly kind: "timeout";
  readonly timeoutMs: number;

  constructor(timeoutMs: number, cause?: unknown) {
    super(`The Graph request did not complete within ${timeoutMs} ms.`, { kind: "timeout", cause });
    this.name = "TimeoutError";
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired. `name` is "AbortError" so generic abort checks work; `cause` is the signal's reason. */
export class GraphAbortError extends GraphError {
  declare readonly kind: "abort";

  constructor(reason: unknown) {
    super("The Graph request was aborted.", { kind: "abort", cause: reason });
    this.name = "AbortError";
  }
}

/** True for every error this package throws for a failed call, whatever its kind. */
export function isGraphError(error: unknown): error is GraphError {
  return typeof error === "object" && error !== null && GRAPH_ERROR_BRAND in error;
}

// RFC 9110: delay-seconds is digits only ("0x10" and "1e3" are not), or else an HTTP date, which
// names a day and month (Date.parse alone would read "-5" as a year).
function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
