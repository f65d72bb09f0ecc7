import type { CollectionResponse } from "./collection-response.js";

/** One page of a run, as yielded by `pages()`. */
export interface Page<T> {
  /** 0-based position of the page within this run (a resumed run starts again at 0). */
  readonly index: number;
  /** The page's items (may be empty while more pages follow). */
  readonly items: T[];
  /**
   * The link that fetches the next page, or `undefined` on the last page.
   * Save it after handling the page; `resumeFrom: cursor` continues with nothing lost or repeated.
   */
  readonly cursor: string | undefined;
  /** `@odata.deltaLink`, when the service sends one. */
  readonly deltaLink: string | undefined;
  /** `@odata.count` of this run (from the first page that carried it), when known. */
  readonly total: number | undefined;
  /** Items delivered by this run, this page included. */
  readonly itemsSoFar: number;
  /** The deserialized response, for anything else it carries (e.g. `additionalData["@odata.context"]`). */
  readonly response: CollectionResponse<T>;
}
