import type { RequestOption } from "@microsoft/kiota-abstractions";

/** Key under which the cancellation option travels through Kiota's request options. */
export const SIGNAL_OPTION_KEY = "netaccess.signal";

/**
 * Carries an AbortSignal to the client's fetch seam. Kiota's request configuration has no
 * signal, so callers that send requests through the request adapter (pagination follow-ups,
 * raw `api` calls) attach this option and the client's cancellation middleware honours it.
 */
export class SignalOption implements RequestOption {
  constructor(
    public readonly signal: AbortSignal | undefined,
    public readonly timeoutMs?: number,
  ) {}

  getKey(): string {
    return SIGNAL_OPTION_KEY;
  }
}
