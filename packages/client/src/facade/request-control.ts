import type { RequestOption } from "@microsoft/kiota-abstractions";
import { GraphError } from "./errors.js";
import { FailedResponseCapture } from "./failed-response.js";
import { SignalOption } from "./signal-option.js";
import { checkTimeoutMs } from "./timeout.js";
import { toGraphError } from "./to-graph-error.js";

/** Options every facade call takes. */
export interface RequestControl {
  /** Cancels the call; it then rejects with GraphAbortError and the connection is closed. */
  signal?: AbortSignal;
  /** This call's timeout in milliseconds (retries and body included), overriding the client's. */
  timeoutMs?: number;
  /** Extra request headers, e.g. `{ Prefer: "include-unknown-enum-members" }`. */
  headers?: Record<string, string | string[]>;
}

/** The part of a Kiota request configuration a facade call fills in. */
export interface CallConfiguration {
  headers?: Record<string, string | string[]>;
  options: RequestOption[];
}

/** Rejects a non-object where an options object belongs. */
export function checkOptionsObject<T>(method: string, options: T): T {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${method} takes an options object.`);
  }
  return options;
}

/** Validates the shared options so a mistake throws before anything is sent. */
export function checkRequestControl(control: RequestControl): RequestControl {
  const { signal, timeoutMs, headers } = control;
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw new TypeError("signal must be an AbortSignal.");
  if (headers !== undefined && (typeof headers !== "object" || headers === null || Array.isArray(headers))) {
    throw new TypeError("headers must be an object of header names to values.");
  }
  return { signal, timeoutMs: checkTimeoutMs("timeoutMs", timeoutMs), headers };
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
