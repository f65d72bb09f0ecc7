import type { Parsable } from "@microsoft/kiota-abstractions";
import { MissingValueError } from "./errors.js";

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
    nextLink: linkFrom(response.odataNextLink, response.additionalData?.["@odata.nextLink"]),
    deltaLink: linkFrom(response.odataDeltaLink, response.additionalData?.["@odata.deltaLink"]),
    count: typeof response.odataCount === "number" ? response.odataCount : undefined,
    response,
  };
}

function linkFrom(modelled: string | null | undefined, raw: unknown): string | undefined {
  const link = modelled ?? raw;
  return typeof link === "string" && link !== "" ? link : undefined;
}
