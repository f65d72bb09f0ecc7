import { GraphAbortError, GraphTimeoutError } from "./errors.js";

/** The signal one call runs under, and how to name the failure when it fires. */
export interface CallSignals {
  /** Aborts on the caller's signal or when the timeout elapses, whichever comes first. */
  readonly signal: AbortSignal;
  /** Turns whatever a cancelled call threw into GraphAbortError or GraphTimeoutError; other errors pass through. */
  failure(error: unknown): unknown;
}

/**
 * Combines the caller's signal with the call's timeout. `AbortSignal.timeout` does not keep a Node
 * process alive, so an unfinished timer leaves no open handle behind.
 * @param timeoutMs a positive number of milliseconds, or `Infinity` for no timeout.
 */
export function callSignals(caller: AbortSignal | undefined, timeoutMs: number): CallSignals {
  const timeout = Number.isFinite(timeoutMs) ? AbortSignal.timeout(timeoutMs) : undefined;
  const parts = [caller, timeout].filter((part): part is AbortSignal => part !== undefined);
  const signal = parts.length === 1 && parts[0] ? parts[0] : AbortSignal.any(parts);
  return {
    signal,
    failure(error) {
      if (caller?.aborted) return new GraphAbortError(caller.reason);
      if (timeout?.aborted) return new GraphTimeoutError(timeoutMs, error);
      return error;
    },
  };
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts, whichever happens first. A late
 * rejection of `work` is absorbed so it never surfaces as an unhandled rejection.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    const settle = () => signal.removeEventListener("abort", onAbort);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
