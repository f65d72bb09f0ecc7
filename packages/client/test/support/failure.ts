import { isGraphError } from "../../src/index.js";
import type { GraphError } from "../../src/index.js";

/** Awaits a call that must fail and returns its GraphError; anything else fails the test. */
export async function failure(call: Promise<unknown>): Promise<GraphError> {
  const error: unknown = await call.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!isGraphError(error)) throw new Error(`Expected a GraphError, got ${String(error)}`);
  return error;
}
