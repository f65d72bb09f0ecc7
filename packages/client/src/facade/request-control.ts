import type { RequestOption } from "@microsoft/kiota-abstractions";
import { GraphError } from "./errors.js";
import { FailedResponseCapture } from "./failed-response.js";
import { checkHeaders } from "./header-options.js";
import { InvalidRequestError } from "./invalid-request.js";
import type { HeaderValues } from "./header-options.js";
import { checkOptionKeys } from "./option-keys.js";
import type { OptionHints, OptionKeys } from "./option-keys.js";
import { describeValue } from "./describe-value.js";
import { SignalOption } from "./signal-option.js";
import { checkTimeoutMs } from "./timeout.js";
import { toGraphError } from "./to-graph-error.js";

/** Options every facade call takes. */
export interface RequestControl {
  /** Cancels the call; it then rejects with GraphAbortError and the connection is closed. */
  signal?: AbortSignal | undefined;
  /** This call's timeout in milliseconds (retries and body included), overriding the client's. */
  timeoutMs?: number | undefined;
  /** Extra request headers, e.g. `{ Prefer: "include-unknown-enum-members" }`. */
  headers?: HeaderValues | undefined;
}

/** The keys of RequestControl, for each call's list of known options. */
export const REQUEST_CONTROL_KEYS: OptionKeys<RequestControl> = {
  signal: true,
  timeoutMs: true,
  headers: true,
};

/** The part of a Kiota request configuration a facade call fills in. */
export interface CallConfiguration {
  headers?: HeaderValues | undefined;
  options: RequestOption[];
}

/**
 * Rejects a non-object where an options object belongs, and any key the call does not know
 * (with the closest known one), so a typo is never silently ignored.
 */
export function checkOptionsObject<T>(
  method: string,
  options: T,
  known: OptionKeys<object>,
  hints?: OptionHints,
): T {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${method} takes an options object, got ${describeValue(options)}.`);
  }
  checkOptionKeys(method, options, known, hints);
  return options;
}

/** Validates the shared options so a mistake throws before anything is sent. */
export function checkRequestControl(control: RequestControl): RequestControl {
  const { signal, timeoutMs, headers } = control;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError(`signal must be an AbortSignal, got ${describeValue(signal)}.`);
  }
  return { signal, timeoutMs: checkTimeoutMs("timeoutMs", timeoutMs), headers: checkHeaders(headers) };
}

/** Runs one generated-builder call under the control's signal and timeout; any failure becomes a GraphError. */
export async function sendCall<T>(
  control: RequestControl,
  send: (configuration: CallConfiguration) => Promise<T | undefined>,
): Promise<T | undefined> {
  const capture = new FailedResponseCapture();
  try {
    return await send({
      headers: control.headers,
      options: [new SignalOption(control.signal, control.timeoutMs), capture],
    });
  } catch (error) {
    // A request that could not even be built is bad input, not a failed call.
    if (error instanceof InvalidRequestError) throw error;
    throw toGraphError(error, capture.response);
  }
}

/** A success response with no body where one was expected. */
export function requireResult<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new GraphError(`Graph sent no ${what} in a success response.`, { kind: "invalid-response" });
  }
  return value;
}
