import { describeValue } from "./describe-value.js";

/** Default per-call timeout: covers retries, Retry-After waits, redirects and reading the body. */
export const DEFAULT_TIMEOUT_MS = 100_000;

/**
 * The longest finite timeout: JavaScript timers hold a signed 32-bit delay, and a longer one fires
 * at once (about 24.8 days). Use `Infinity` for no timeout.
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Checks a timeout option: a positive number of milliseconds up to MAX_TIMEOUT_MS, or `Infinity` for none. */
export function checkTimeoutMs(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new RangeError(
      `${name} must be a positive number of milliseconds (or Infinity), got ${describeValue(value)}.`,
    );
  }
  if (value > MAX_TIMEOUT_MS && value !== Number.POSITIVE_INFINITY) {
    throw new RangeError(
      `${name} ${value} is longer than timers allow (at most ${MAX_TIMEOUT_MS} ms, about 24.8 days); use Infinity for no timeout.`,
    );
  }
  return value;
}
