/** What a failed page request tells about itself, read from whatever the request adapter threw. */
export interface FailureDetails {
  /** HTTP status of the failed response; undefined when no response arrived. */
  readonly status: number | undefined;
  /** Graph's error code (`error.code`), e.g. `TooManyRequests`. */
  readonly graphCode: string | undefined;
  /** Graph's own message (`error.message`). */
  readonly serviceMessage: string | undefined;
  /** The `request-id` Graph assigned to the failed request. */
  readonly requestId: string | undefined;
  /** The `client-request-id` the request carried. */
  readonly clientRequestId: string | undefined;
}

// @netaccess/client brands its GraphError so copies of the package recognise it; its fields are read as they are.
const GRAPH_ERROR_BRAND = Symbol.for("@netaccess/client.GraphError");

/**
 * Reads status, Graph code, message and ids from a Kiota `ApiError` (such as the deserialized
 * `ODataError`, which is a plain object, not an `Error`) or from @netaccess/client's `GraphError`.
 */
export function failureDetails(error: unknown): FailureDetails {
  if (typeof error !== "object" || error === null) return noDetails;
  if (GRAPH_ERROR_BRAND in error) {
    const graph = error as Record<string, unknown>;
    return {
      status: numberOr(graph["status"]),
      graphCode: stringOr(graph["code"]),
      serviceMessage: stringOr(graph["serviceMessage"]),
      requestId: stringOr(graph["requestId"]),
      clientRequestId: stringOr(graph["clientRequestId"]),
    };
  }
  const api = error as { responseStatusCode?: unknown; responseHeaders?: unknown; errorEscaped?: unknown };
  const main = asRecord(api.errorEscaped);
  const inner = asRecord(main?.["innerError"]);
  const headers = asRecord(api.responseHeaders);
  return {
    status: numberOr(api.responseStatusCode),
    graphCode: stringOr(main?.["code"]),
    serviceMessage: stringOr(main?.["message"]),
    requestId: header(headers, "request-id") ?? stringOr(inner?.["requestId"]),
    clientRequestId: header(headers, "client-request-id") ?? stringOr(inner?.["clientRequestId"]),
  };
}

/** One line saying what failed, with status, Graph code, message and request-id when known. */
export function describeFailure(error: unknown, details: FailureDetails): string {
  if (details.status === undefined) return describeThrown(error);
  if (GRAPH_ERROR_BRAND in (error as object)) return (error as Error).message;
  let text = `HTTP ${details.status}`;
  if (details.graphCode) text += ` ${details.graphCode}`;
  if (details.serviceMessage) text += `: ${details.serviceMessage}`;
  if (details.requestId) text += ` (request-id ${details.requestId})`;
  return text;
}

const noDetails: FailureDetails = {
  status: undefined,
  graphCode: undefined,
  serviceMessage: undefined,
  requestId: undefined,
  clientRequestId: undefined,
};

function describeThrown(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message || error.name;
    // Node's fetch says only "fetch failed"; the useful part (ECONNRESET, …) is its cause.
    const cause: unknown = error.cause;
    return cause instanceof Error && cause.message ? `${message} (${cause.message})` : message;
  }
  if (typeof error === "object" && error !== null) {
    try {
      return JSON.stringify(error) ?? String(error);
    } catch {
      return Object.prototype.toString.call(error);
    }
  }
  return String(error);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

// Kiota keeps response headers as lower-case names with comma-split value arrays.
function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const values = headers?.[name];
  return Array.isArray(values) ? stringOr(values.join(",")) : stringOr(values);
}
