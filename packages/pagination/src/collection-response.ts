import type { Parsable } from "@microsoft/kiota-abstractions";
import { InvalidNextLinkError, MissingValueError } from "./errors.js";

/**
 * The part of a Kiota collection response that paging needs. Generated `…CollectionResponse`
 * models (e.g. `ConnectionCollectionResponse`) satisfy it as they are.
 */
export interface CollectionResponse<T> extends Parsable {
  value?: T[] | null;
  odataNextLink?: string | null;
  odataCount?: number | null;
  odataDeltaLink?: string | null;
  /** Kiota keeps unknown JSON properties here, e.g. a raw `@odata.deltaLink` on models that do not declare it. */
  additionalData?: Record<string, unknown>;
}

/** What one page contributes to a run, read and checked once. */
export interface CollectionEnvelope<T> {
  readonly items: T[];
  readonly nextLink: string | undefined;
  readonly deltaLink: string | undefined;
  readonly count: number | undefined;
  readonly response: CollectionResponse<T>;
}

/**
 * Reads items and links from a deserialized page.
 * @param cursor the cursor to attach to the error when the page is not a collection.
 */
export function readEnvelope<T>(
  response: CollectionResponse<T> | undefined,
  cursor: string | undefined,
): CollectionEnvelope<T> {
  if (!response || !Array.isArray(response.value)) throw new MissingValueError(cursor);
  return {
    items: response.value,
    nextLink: nextLinkFrom(response.odataNextLink ?? response.additionalData?.["@odata.nextLink"], cursor),
    deltaLink: stringLink(response.odataDeltaLink ?? response.additionalData?.["@odata.deltaLink"]),
    count: typeof response.odataCount === "number" ? response.odataCount : undefined,
    response,
  };
}

/** A next link that is present but not a string would end the run early, losing the rest: it is an error. */
function nextLinkFrom(link: unknown, cursor: string | undefined): string | undefined {
  if (link !== undefined && link !== null && typeof link !== "string")
    throw new InvalidNextLinkError(link, cursor);
  return stringLink(link);
}

function stringLink(link: unknown): string | undefined {
  return typeof link === "string" && link !== "" ? link : undefined;
}
