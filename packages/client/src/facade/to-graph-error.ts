import type { ApiError } from "@microsoft/kiota-abstractions";
import type { MainError } from "../generated/models/oDataErrors/index.js";
import { describeError } from "./describe-error.js";
import { GraphError, isGraphError } from "./errors.js";
import type { GraphErrorInit } from "./errors.js";
import type { FailedResponse } from "./failed-response.js";

const SNIPPET_LENGTH = 200;

/**
 * Normalises anything a Kiota call threw into a GraphError. Facade calls do this for you; use it on
 * errors from raw `api` calls or from follow-up pages (a pagination `PageRequestError`'s `cause`).
 * `failed` is the captured final response, which adds the raw body and the status of non-JSON errors.
 */
export function toGraphError(error: unknown, failed?: FailedResponse): GraphError {
  if (isGraphError(error)) return error;
  const apiError = asApiError(error);
  const status = failed?.status ?? apiError?.responseStatusCode;
  if (status === undefined) {
    return new GraphError(`Graph's response could not be read: ${describeError(error)}`, {
      kind: "invalid-response",
      cause: error,
    });
  }
  const headers = failed?.headers ?? flattenHeaders(apiError?.responseHeaders);
  const serviceError = serviceErrorOf(error);
  const requestId = headers["request-id"] ?? serviceError?.innerError?.requestId ?? undefined;
  const init = {
    kind: "http" as const,
    status,
    code: serviceError?.code ?? undefined,
    serviceMessage: serviceError?.message ?? undefined,
    serviceError,
    requestId,
    clientRequestId: headers["client-request-id"] ?? serviceError?.innerError?.clientRequestId ?? undefined,
    retryAfter: headers["retry-after"],
    body: failed?.body,
    headers,
    cause: error,
  };
  return new GraphError(httpMessage(init, headers["content-type"]), init);
}

function httpMessage(fields: GraphErrorInit & { status: number }, contentType: string | undefined): string {
  let text = `Graph request failed with HTTP ${fields.status}`;
  if (fields.code) text += ` ${fields.code}`;
  if (fields.serviceMessage) {
    text += `: ${fields.serviceMessage}`;
  } else if (fields.body?.trim()) {
    const snippet = fields.body.trim().slice(0, SNIPPET_LENGTH);
    text += `; the body (${contentType ?? "no content type"}) is not a Graph error: ${snippet}`;
  }
  if (fields.requestId) text += ` (request-id ${fields.requestId})`;
  return text;
}

function asApiError(error: unknown): Partial<ApiError> | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const candidate = error as Partial<ApiError>;
  return typeof candidate.responseStatusCode === "number" ? candidate : undefined;
}

// Kiota's deserialized ODataError keeps Graph's `error` object as `errorEscaped`.
function serviceErrorOf(error: unknown): MainError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const main: unknown = (error as { errorEscaped?: unknown }).errorEscaped;
  return typeof main === "object" && main !== null ? (main as MainError) : undefined;
}

// Kiota splits header values on commas; joining them back restores the raw value.
function flattenHeaders(headers: Record<string, string[]> | undefined): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, values] of Object.entries(headers ?? {})) flat[name.toLowerCase()] = values.join(",");
  return flat;
}
