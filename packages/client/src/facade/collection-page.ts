import type { Parsable } from "@microsoft/kiota-abstractions";
import { GraphError } from "./errors.js";

/** One page of a collection, as facade calls return it. */
export interface CollectionPage<T> {
  /** The page's items (may be empty while `nextLink` says more follow). */
  value: T[];
  /** `@odata.nextLink`: the absolute, opaque URL of the next page; absent on the last page. */
  nextLink?: string;
  /** `@odata.count`, when the call asked for `count: true`. */
  count?: number;
}

/** The shape of Kiota's generated collection responses (`ConnectionCollectionResponse`, the report response). */
export interface KiotaCollectionResponse<T> extends Parsable {
  value?: T[] | null;
  odataNextLink?: string | null;
  odataCount?: number | null;
  additionalData?: Record<string, unknown>;
}

/** Reads a deserialized collection response into a CollectionPage. */
export function toCollectionPage<T>(
  response: KiotaCollectionResponse<T> | undefined,
  what: string,
): CollectionPage<T> {
  const value = checkCollectionResponse(response, what).value as T[];
  const rawLink = response?.odataNextLink ?? response?.additionalData?.["@odata.nextLink"];
  const page: CollectionPage<T> = { value };
  if (typeof rawLink === "string" && rawLink !== "") page.nextLink = rawLink;
  if (typeof response?.odataCount === "number") page.count = response.odataCount;
  return page;
}

/** Checks a collection response has a `value` array of records. */
export function checkCollectionResponse<R extends KiotaCollectionResponse<unknown>>(
  response: R | undefined,
  what: string,
): R {
  if (!response || !Array.isArray(response.value)) {
    throw new GraphError(`Graph's ${what} response has no \`value\` array.`, { kind: "invalid-response" });
  }
  checkCollectionItems(response.value, what);
  return response;
}

/**
 * Kiota reads `null`, numbers, booleans and arrays in a `value` array as empty models and a
 * string as its characters; such an item (or an empty object, which carries nothing either) is
 * reported rather than returned as a record.
 */
export function checkCollectionItems(items: readonly unknown[], what: string): void {
  const bad = items.findIndex((item) => !isRecord(item));
  if (bad >= 0) {
    throw new GraphError(
      `Graph's ${what} response holds an item that is not a record (null, a number, a string, an array or an empty object) at index ${bad} of \`value\`.`,
      { kind: "invalid-response" },
    );
  }
}

/** Checks a single deserialized model the same way. */
export function checkRecord<T>(model: T, what: string): T {
  if (!isRecord(model)) {
    throw new GraphError(`Graph's ${what} response is not a record.`, { kind: "invalid-response" });
  }
  return model;
}

// A record has a field beyond what Kiota makes of a primitive (a string's positions 0…n-1).
function isRecord(model: unknown): boolean {
  if (typeof model !== "object" || model === null) return false;
  for (const key in model) if (key !== "additionalData") return true;
  const extra: unknown = (model as { additionalData?: unknown }).additionalData;
  if (typeof extra !== "object" || extra === null) return false;
  let position = 0;
  for (const key in extra) if (key !== String(position++)) return true;
  return false;
}
