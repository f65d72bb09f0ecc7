import { PaginationAbortedError } from "./errors.js";

/** A signal that fires when the caller aborts or when the run ends, whichever comes first. */
export interface RunLifetime {
  readonly signal: AbortSignal;
  /** Ends the run: cancels whatever request is still in flight and stops listening to the caller's signal. */
  end(): void;
}

export function startLifetime(callerSignal: AbortSignal | undefined): RunLifetime {
  const controller = new AbortController();
  const forward = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) forward();
  else callerSignal?.addEventListener("abort", forward, { once: true });
  return {
    signal: controller.signal,
    end() {
      callerSignal?.removeEventListener("abort", forward);
      controller.abort(new Error("pagination run ended"));
    },
  };
}

export function throwIfAborted(signal: AbortSignal, cursor: string | undefined): void {
  if (signal.aborted) throw new PaginationAbortedError(signal.reason, cursor);
}

/**
 * Settles with `work`, or rejects as soon as `signal` fires, whether or not the adapter
 * behind `work` can cancel. A late outcome of `work` is then ignored.
 */
export function raceAbort<V>(work: Promise<V>, signal: AbortSignal, cursor: string | undefined): Promise<V> {
  if (signal.aborted) {
    work.catch(ignore);
    return Promise.reject(new PaginationAbortedError(signal.reason, cursor));
  }
  return new Promise<V>((resolve, reject) => {
    const onAbort = () => reject(new PaginationAbortedError(signal.reason, cursor));
    signal.addEventListener("abort", onAbort, { once: true });
    const settle = () => signal.removeEventListener("abort", onAbort);
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

/** No-op rejection handler for a promise that may never be awaited, so Node does not report it as unhandled. */
export function ignore(): void {}
