/** Kiota cannot be found or failed; the message says what to do, and nothing was written. */
export class KiotaError extends Error {
  override name = "KiotaError";
}
