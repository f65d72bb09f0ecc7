import type { Parsable, ParsableFactory } from "@microsoft/kiota-abstractions";
import { describeValue } from "./describe-value.js";
import { GraphError } from "./errors.js";

const NEXT_LINK = "@odata.nextLink";

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
  const rawLink = response?.odataNextLink ?? response?.additionalData?.[NEXT_LINK];
  if (rawLink !== undefined && rawLink !== null && typeof rawLink !== "string") {
    throw new GraphError(
      `Graph's ${what} response has an @odata.nextLink that is not a string: got ${describeLink(rawLink)}. The rest of the collection cannot be fetched.`,
      { kind: "invalid-response" },
    );
  }
  const page: CollectionPage<T> = { value };
  if (typeof rawLink === "string" && rawLink !== "") page.nextLink = rawLink;
  if (typeof response?.odataCount === "number") page.count = response.odataCount;
  return page;
}

/**
 * Reads a first page without the generated `@odata.nextLink` reader. That reader uses
 * `getStringValue()`, which turns a number or an object into `undefined`, so paging would end as if
 * the collection were complete. Without it, the parse node (the fast one or Kiota's) keeps the value
 * in `additionalData` exactly as sent, where `toCollectionPage` and a pager check its type.
 */
export function keepRawNextLink<R extends Parsable>(factory: ParsableFactory<R>): ParsableFactory<R> {
  return (parseNode) => (model) => {
    const { [NEXT_LINK]: _stringReader, ...fields } = factory(parseNode)(model);
    return fields;
  };
}

/**
 * Gives a page read with `keepRawNextLink` the generated model's shape: a string link moves to
 * `odataNextLink` and `null` is dropped. Any other value stays in `additionalData`, for the pager to
 * report with the rest of the run's errors.
 */
export function settleRawNextLink<R extends KiotaCollectionResponse<unknown>>(response: R): R {
  const extra = response.additionalData;
  if (extra === undefined || !Object.hasOwn(extra, NEXT_LINK)) return response;
  const link = extra[NEXT_LINK];
  if (typeof link === "string") response.odataNextLink = link;
  else if (link !== null) return response;
  delete extra[NEXT_LINK];
  return response;
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

const QUOTED_LINK_LENGTH = 200;

// An object or array is also quoted (shortened), so the message shows what Graph sent.
function describeLink(link: unknown): string {
  if (typeof link !== "object") return describeValue(link);
  const json = JSON.stringify(link);
  const quoted = json.length > QUOTED_LINK_LENGTH ? `${json.slice(0, QUOTED_LINK_LENGTH)}…` : json;
  return `${describeValue(link)} ${quoted}`;
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
