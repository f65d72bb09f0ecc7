import type { RequestOption } from "@microsoft/kiota-abstractions";
import { SIGNAL_OPTION_KEY } from "./signal-option.js";

/** What a SignalOption carries, read by shape so an option built by another copy of this package works too. */
export interface SignalSettings {
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number | undefined;
}

export function readSignalOption(requestOptions: Record<string, RequestOption> | undefined): SignalSettings {
  const option: unknown = requestOptions?.[SIGNAL_OPTION_KEY];
  if (typeof option !== "object" || option === null) return { signal: undefined, timeoutMs: undefined };
  const { signal, timeoutMs } = option as { signal?: unknown; timeoutMs?: unknown };
  return {
    signal: signal instanceof AbortSignal ? signal : undefined,
    timeoutMs: typeof timeoutMs === "number" ? timeoutMs : undefined,
  };
}
