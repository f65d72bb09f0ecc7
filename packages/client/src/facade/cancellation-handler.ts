import type { RequestOption } from "@microsoft/kiota-abstractions";
import type { Middleware } from "@microsoft/kiota-http-fetchlibrary";
import { callSignals, raceAbort } from "./call-signals.js";
import { readSignalOption } from "./signal-option-reader.js";
import { checkTimeoutMs } from "./timeout.js";

/**
 * First middleware of the chain. Kiota's request configuration has no signal, so this reads the
 * call's SignalOption, combines it with the timeout and hands the result to fetch through
 * `requestInit.signal` (every retry and redirect reuses that init). The whole rest of the chain
 * runs inside the race, so an abort or timeout rejects at once even while the retry handler waits
 * out a Retry-After; the failure is a GraphAbortError or GraphTimeoutError.
 */
export class CancellationHandler implements Middleware {
  next: Middleware | undefined;

  constructor(private readonly defaultTimeoutMs: number) {}

  async execute(
    url: string,
    requestInit: RequestInit,
    requestOptions?: Record<string, RequestOption>,
  ): Promise<Response> {
    const next = this.next;
    if (!next) throw new Error("CancellationHandler needs a next middleware.");
    const settings = readSignalOption(requestOptions);
    // Checked again here: an option built by another copy of this package skipped the constructor's check.
    const timeoutMs = checkTimeoutMs("timeoutMs", settings.timeoutMs) ?? this.defaultTimeoutMs;
    const call = callSignals(settings.signal, timeoutMs);
    try {
      // Nothing is sent when the call is already cancelled.
      if (call.signal.aborted) throw call.signal.reason;
      requestInit.signal = call.signal;
      return await raceAbort(next.execute(url, requestInit, requestOptions), call.signal);
    } catch (error) {
      throw call.failure(error);
    }
  }
}
