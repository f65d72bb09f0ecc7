// A `@odata.nextLink` that is present but not a string must fail the run with a typed error, not end it
// as if the collection were complete.
import type { ParsableFactory } from "@microsoft/kiota-abstractions";
import { describe, expect, it } from "vitest";
import { checkNextLinkType, InvalidNextLinkError, items, pages } from "../../src/index.js";
import { useCollectionServer } from "../support/server-hooks.js";
import { fetchFirstPage, kiotaSource } from "../support/connection-sources.js";
import { createTestConnectionCollectionResponseFromDiscriminatorValue } from "../support/connection-model.js";
import type { TestConnectionCollectionResponse } from "../support/connection-model.js";
import { datasetIds, idsOf } from "../support/dataset.js";
import { createTestAdapter } from "../support/kiota-adapter.js";

const PAGE_SIZE = 5;
const TOTAL = 20;
const hostileLinks: ReadonlyArray<[string, unknown]> = [
  ["a number", 42],
  ["zero", 0],
  ["true", true],
  ["false", false],
  ["an object", { href: "http://127.0.0.1/next" }],
  ["an empty object", {}],
  ["an array", ["http://127.0.0.1/next"]],
];

const server = useCollectionServer(TOTAL);

/** Makes page 1's next link `value`; pages 0 and 1 are served, page 2 can no longer be found. */
function breakSecondPageLink(value: unknown): void {
  server().faults.rewriteNextLink = (link, page) => (page === 1 ? value : link);
}

/** The test model without its nextLink field, so the raw value lands in `additionalData`. */
const withoutLinkField: ParsableFactory<TestConnectionCollectionResponse> = (node) => (model) => {
  const { "@odata.nextLink": _dropped, ...fields } =
    createTestConnectionCollectionResponseFromDiscriminatorValue(node)(model);
  return fields;
};

describe("a non-string @odata.nextLink", () => {
  it.each(hostileLinks)("on a follow-up page (%s) fails with InvalidNextLinkError", async (_name, value) => {
    breakSecondPageLink(value);
    const source = kiotaSource(server(), createTestAdapter(server().url), { pageSize: PAGE_SIZE });
    const delivered: string[] = [];
    const run = pages(source);
    const first = await run.next();
    if (!first.done) for (const item of first.value.items) delivered.push(item.id ?? "");
    const error: unknown = await run.next().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(InvalidNextLinkError);
    expect(error).toMatchObject({
      code: "INVALID_NEXT_LINK",
      value,
      cursor: first.done ? "" : first.value.cursor,
    });
    expect((error as Error).message).toMatch(/^The page's @odata\.nextLink is not a string: got /);
    expect(delivered).toEqual(datasetIds(PAGE_SIZE));
  });

  it.each(hostileLinks)(
    "on the first page (%s), read with checkNextLinkType, fails too",
    async (_name, value) => {
      server().faults.rewriteNextLink = (link, page) => (page === 0 ? value : link);
      const adapter = createTestAdapter(server().url);
      const checked = checkNextLinkType(
        createTestConnectionCollectionResponseFromDiscriminatorValue as ParsableFactory<TestConnectionCollectionResponse>,
        undefined,
      );
      const query = { pageSize: PAGE_SIZE };
      const source = {
        ...kiotaSource(server(), adapter, query),
        firstPage: (signal?: AbortSignal) => fetchFirstPage(server(), adapter, query, signal, checked),
      };
      await expect(items(source).next()).rejects.toBeInstanceOf(InvalidNextLinkError);
    },
  );

  it.each(hostileLinks)(
    "kept in additionalData by a model without the field (%s) fails too",
    async (_name, value) => {
      breakSecondPageLink(value);
      const source = {
        ...kiotaSource(server(), createTestAdapter(server().url), { pageSize: PAGE_SIZE }),
        responseFactory: withoutLinkField,
      };
      await expect(idsOf(items(source))).rejects.toMatchObject({ code: "INVALID_NEXT_LINK", value });
    },
  );

  it("null still ends the run normally: it means there is no next page", async () => {
    breakSecondPageLink(null);
    const source = kiotaSource(server(), createTestAdapter(server().url), { pageSize: PAGE_SIZE });
    expect(await idsOf(items(source))).toEqual(datasetIds(2 * PAGE_SIZE));
  });

  it("string links still page through the whole collection", async () => {
    const source = kiotaSource(server(), createTestAdapter(server().url), { pageSize: PAGE_SIZE });
    expect(await idsOf(items(source))).toEqual(datasetIds(TOTAL));
  });
});
