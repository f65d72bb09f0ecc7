/** A one-line description of anything thrown, for error messages. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED, …) is its cause.
  const cause: unknown = error.cause;
  const message = error.message || error.name;
  return cause instanceof Error && cause.message ? `${message} (${cause.message})` : message;
}
