import type { RequestOption } from "@microsoft/kiota-abstractions";
import { checkTimeoutMs } from "./timeout.js";

/** Key under which the cancellation option travels through Kiota's request options. */
export const SIGNAL_OPTION_KEY = "netaccess.signal";

/**
 * Carries an AbortSignal to the client's fetch seam. Kiota's request configuration has no
 * signal, so callers that send requests through the request adapter (pagination follow-ups,
 * raw `api` calls) attach this option and the client's cancellation middleware honours it.
 * A `timeoutMs` that is not positive or exceeds MAX_TIMEOUT_MS throws a RangeError here.
 */
export class SignalOption implements RequestOption {
  public readonly timeoutMs: number | undefined;

  constructor(
    public readonly signal: AbortSignal | undefined,
    timeoutMs?: number,
  ) {
    this.timeoutMs = checkTimeoutMs("timeoutMs", timeoutMs);
  }

  getKey(): string {
    return SIGNAL_OPTION_KEY;
  }
}
