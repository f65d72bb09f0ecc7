import { describeValue } from "./describe-value.js";
import { encodePathSegment } from "./url-segments.js";
import { checkWellFormed } from "./well-formed.js";

/**
 * Turns a connection id into the one path segment that addresses exactly that record. Refused:
 * dot segments (`.` and `..`, which URL parsers resolve to the collection or its parent) and ids
 * starting with `$` (Graph reads `$count`, `$metadata`, … as system segments, and encoding does not
 * help: Kiota's parameter-name decoding middleware turns `%24` back into `$` anywhere in the URL).
 * Everything outside RFC 3986's unreserved characters is percent-encoded.
 */
export function connectionIdSegment(id: unknown): string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new TypeError(
      `connections.get needs the connection id, a non-empty string; got ${describeValue(id)}.`,
    );
  }
  checkWellFormed("The connection id", id);
  if (id === "." || id === "..") {
    throw new TypeError(
      `The connection id ${JSON.stringify(id)} is a dot segment: it would address the collection or its parent, not one connection.`,
    );
  }
  if (id.startsWith("$")) {
    throw new TypeError(
      `The connection id ${JSON.stringify(id)} starts with "$", which Graph reads as a system segment such as $count or $metadata.`,
    );
  }
  return encodePathSegment(id);
}
