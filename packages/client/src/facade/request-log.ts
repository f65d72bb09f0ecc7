import type { RequestOption } from "@microsoft/kiota-abstractions";
import type { Middleware } from "@microsoft/kiota-http-fetchlibrary";
import { describeError } from "./describe-error.js";
import { describeValue } from "./describe-value.js";
import { getRequestHeader } from "./request-headers.js";

/** One request as it went on the wire: every retry and redirect is its own entry. Never holds a credential. */
export interface RequestLogEntry {
  readonly method: string;
  /** The URL without user info; query values other than OData's `$` options read `[redacted]`. */
  readonly url: string;
  /** The response status; undefined when no response arrived (see `error`). */
  readonly status: number | undefined;
  /** Milliseconds until the response headers arrived (or the request failed). */
  readonly durationMs: number;
  /** Graph's `request-id` response header: quote it to Microsoft support. */
  readonly requestId: string | undefined;
  /** The `client-request-id` the client sent; the same for every retry of one call. */
  readonly clientRequestId: string | undefined;
  /** Why no response arrived: a network failure, an abort or a timeout. */
  readonly error: string | undefined;
}

/** Receives each request's log entry. */
export type RequestLogger = (entry: RequestLogEntry) => void;

/** `true` logs one line per request with `console.debug`; a function receives the entries instead. */
export type RequestLogOption = boolean | RequestLogger;

/** The logger `logRequests` asks for, or undefined when logging is off. */
export function requestLoggerFor(option: unknown): RequestLogger | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true) return (entry) => console.debug(formatRequestLogEntry(entry));
  if (typeof option === "function") return option as RequestLogger;
  throw new TypeError(
    `logRequests must be true, false or a function receiving each entry, got ${describeValue(option)}.`,
  );
}

/** `GET https://graph.microsoft.com/beta/… -> 200 in 84 ms (request-id …, client-request-id …)` */
export function formatRequestLogEntry(entry: RequestLogEntry): string {
  const outcome =
    entry.status === undefined ? `failed: ${entry.error ?? "no response"}` : String(entry.status);
  const ids = [
    entry.requestId && `request-id ${entry.requestId}`,
    entry.clientRequestId && `client-request-id ${entry.clientRequestId}`,
  ].filter(Boolean);
  const suffix = ids.length > 0 ? ` (${ids.join(", ")})` : "";
  return `${entry.method} ${entry.url} -> ${outcome} in ${entry.durationMs} ms${suffix}`;
}

/** A URL safe to log: no user info, no fragment, and only OData's `$` query options shown in full. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "[unparseable URL]";
  }
  parsed.username = "";
  parsed.password = "";
  parsed.hash = "";
  if (parsed.search === "") return parsed.href;
  const query = parsed.search
    .slice(1)
    .split("&")
    .map((pair) => {
      const separator = pair.indexOf("=");
      const name = separator < 0 ? pair : pair.slice(0, separator);
      return name.startsWith("$") || name.startsWith("%24") || separator < 0 ? pair : `${name}=[redacted]`;
    });
  return `${parsed.origin}${parsed.pathname}?${query.join("&")}`;
}

/**
 * Last middleware before fetch: times each request that goes on the wire and hands the logger
 * its method, redacted URL, status and ids. Headers are never logged, so no token can leak.
 */
export class RequestLogHandler implements Middleware {
  next: Middleware | undefined;

  constructor(private readonly log: RequestLogger) {}

  async execute(
    url: string,
    requestInit: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    if (!this.next) throw new Error("RequestLogHandler needs a next middleware.");
    const started = performance.now();
    const base = {
      method: requestInit.method ?? "GET",
      url: redactUrl(url),
      clientRequestId: getRequestHeader(requestInit, "client-request-id"),
    };
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await this.next.execute(url, requestInit, requestOptions);
      this.emit({
        ...base,
        status: response.status,
        durationMs: elapsed(),
        requestId: response.headers.get("request-id") ?? undefined,
        error: undefined,
      });
      return response;
    } catch (error) {
      const reason = requestInit.signal?.aborted ? "cancelled (abort or timeout)" : describeError(error);
      this.emit({ ...base, status: undefined, durationMs: elapsed(), requestId: undefined, error: reason });
      throw error;
    }
  }

  // A throwing logger must not turn a successful call into a failure.
  private emit(entry: RequestLogEntry): void {
    try {
      this.log(entry);
    } catch {
      // Logging is best effort.
    }
  }
}
