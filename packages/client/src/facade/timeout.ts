/** Default per-call timeout: covers retries, Retry-After waits, redirects and reading the body. */
export const DEFAULT_TIMEOUT_MS = 100_000;

/** Checks a timeout option: a positive number of milliseconds, or `Infinity` for none. */
export function checkTimeoutMs(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new RangeError(
      `${name} must be a positive number of milliseconds (or Infinity), got ${String(value)}.`,
    );
  }
  return value;
}
