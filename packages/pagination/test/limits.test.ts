import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collect, ItemLimitError, items, pages } from "../src/index.js";
import type { PaginationOptions } from "../src/index.js";
import { startCollectionServer } from "./support/collection-server.js";
import type { CollectionServer } from "./support/collection-server.js";
import { kiotaSource } from "./support/connection-sources.js";
import { datasetIds } from "./support/dataset.js";
import { createTestAdapter } from "./support/kiota-adapter.js";
import { delay } from "./support/timing.js";

const PAGE_SIZE = 7;
const TOTAL = 70;

let server: CollectionServer;
beforeAll(async () => {
  server = await startCollectionServer({ total: TOTAL });
});
afterEach(() => {
  delete server.faults.latencyMs;
});
afterAll(() => server.close());

const source = () => kiotaSource(server, createTestAdapter(server.url), { pageSize: PAGE_SIZE });

/** Consumes a run slowly and returns how many requests had reached the server each time a page arrived. */
async function requestsSeenPerPage(options: PaginationOptions, workMs: number): Promise<number[]> {
  const before = server.requests.length;
  const seen: number[] = [];
  for await (const page of pages(source(), options)) {
    expect(page.index).toBe(seen.length);
    await delay(workMs);
    seen.push(server.requests.length - before);
  }
  await delay(workMs);
  seen.push(server.requests.length - before);
  return seen;
}

describe("prefetch", () => {
  it("fetches exactly one page ahead while the consumer works", async () => {
    expect(await requestsSeenPerPage({ maxPages: 4 }, 40)).toEqual([2, 3, 4, 4, 4]);
  });

  it("fetches nothing ahead when disabled", async () => {
    expect(await requestsSeenPerPage({ maxPages: 4, prefetch: 0 }, 40)).toEqual([1, 2, 3, 4, 4]);
  });

  it("never requests past maxPages", async () => {
    const before = server.requests.length;
    const delivered = [];
    for await (const page of pages(source(), { maxPages: 3 })) delivered.push(page.index);
    await delay(50);
    expect(delivered).toEqual([0, 1, 2]);
    expect(server.requests.length - before).toBe(3);
  });

  it.each([
    [10, 2],
    [14, 2],
    [15, 3],
  ])("stops at maxItems %i within page %i without requesting the next one", async (maxItems, requests) => {
    const before = server.requests.length;
    const ids = [];
    for await (const item of items(source(), { maxItems })) {
      ids.push(item.id);
      await delay(5);
    }
    await delay(50);
    expect(ids).toEqual(datasetIds(maxItems));
    expect(server.requests.length - before).toBe(requests);
  });

  it("lets pages() finish the page that reaches maxItems, so its cursor stays exact", async () => {
    const sizes = [];
    for await (const page of pages(source(), { maxItems: 10 }))
      sizes.push([page.items.length, page.itemsSoFar]);
    expect(sizes).toEqual([
      [7, 7],
      [7, 14],
    ]);
  });
});

describe("collect", () => {
  it("returns every item when the collection fits", async () => {
    const collected = await collect(source(), { maxItems: TOTAL });
    expect(collected.map((item) => item.id)).toEqual(datasetIds(TOTAL));
  });

  it("throws ItemLimitError instead of returning more than maxItems", async () => {
    const error = await collect(source(), { maxItems: 20 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ItemLimitError);
    expect(error).toMatchObject({ code: "ITEM_LIMIT_EXCEEDED", limit: 20 });
    // The cursor resumes after the last page that fit (pages 0 and 1, 14 items).
    expect((error as ItemLimitError).cursor).toMatch(/skiptoken=p2\.14$/);
  });

  it("returns what maxPages allowed", async () => {
    const collected = await collect(source(), { maxItems: 1000, maxPages: 2 });
    expect(collected.map((item) => item.id)).toEqual(datasetIds(14));
  });
});

describe("options are checked where the run is created", () => {
  it.each([
    [{ prefetch: 2 }, RangeError],
    [{ maxPages: 0 }, RangeError],
    [{ maxItems: 1.5 }, RangeError],
    [{ resumeFrom: "" }, TypeError],
    [{ signal: {} }, TypeError],
  ])("rejects %o", (options, errorType) => {
    const before = server.requests.length;
    expect(() => pages(source(), options as PaginationOptions)).toThrow(errorType);
    expect(server.requests.length).toBe(before);
  });

  it("rejects collect without maxItems", async () => {
    await expect(collect(source(), {} as { maxItems: number })).rejects.toThrow(RangeError);
  });

  it("rejects a source without a first page", () => {
    const { firstPage: _ignored, ...incomplete } = source();
    expect(() => items(incomplete as ReturnType<typeof source>)).toThrow(/firstPage or fetchFirst/);
  });
});
