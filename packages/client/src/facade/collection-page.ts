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
  if (!response || !Array.isArray(response.value)) {
    throw new GraphError(`Graph's ${what} response has no \`value\` array.`, { kind: "invalid-response" });
  }
  const rawLink = response.odataNextLink ?? response.additionalData?.["@odata.nextLink"];
  const page: CollectionPage<T> = { value: response.value };
  if (typeof rawLink === "string" && rawLink !== "") page.nextLink = rawLink;
  if (typeof response.odataCount === "number") page.count = response.odataCount;
  return page;
}
