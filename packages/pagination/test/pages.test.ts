import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { items, pages } from "../src/index.js";
import type { PageProgress } from "../src/index.js";
import { startCollectionServer } from "./support/collection-server.js";
import type { CollectionServer } from "./support/collection-server.js";
import { createTestConnectionCollectionResponseFromDiscriminatorValue } from "./support/connection-model.js";
import { fetchFirstPage, kiotaSource } from "./support/connection-sources.js";
import { datasetIds, idsOf } from "./support/dataset.js";
import { createTestAdapter } from "./support/kiota-adapter.js";

describe("pages", () => {
  const pageSize = 5;
  const total = 23;
  let server: CollectionServer;
  beforeAll(async () => {
    server = await startCollectionServer({ total });
  });
  afterAll(() => server.close());

  it("gives each page the link to the next one as its cursor and reports progress", async () => {
    const adapter = createTestAdapter(server.url);
    const progress: PageProgress[] = [];
    const seen = [];
    for await (const page of pages(kiotaSource(server, adapter, { pageSize, count: true }), {
      onPage: (p) => progress.push(p),
    })) {
      seen.push(page);
    }
    expect(seen.map((page) => page.index)).toEqual([0, 1, 2, 3, 4]);
    expect(seen.map((page) => page.items.length)).toEqual([5, 5, 5, 5, 3]);
    expect(seen.map((page) => page.itemsSoFar)).toEqual([5, 10, 15, 20, 23]);
    expect(seen.at(-1)?.cursor).toBeUndefined();
    for (const [index, page] of seen.slice(0, -1).entries()) {
      expect(page.cursor).toMatch(new RegExp(`\\$skiptoken=p${index + 1}\\.${(index + 1) * pageSize}$`));
      expect(page.total).toBe(total);
    }
    expect(progress).toEqual([
      { pageIndex: 0, itemsSoFar: 5, total },
      { pageIndex: 1, itemsSoFar: 10, total },
      { pageIndex: 2, itemsSoFar: 15, total },
      { pageIndex: 3, itemsSoFar: 20, total },
      { pageIndex: 4, itemsSoFar: 23, total },
    ]);
  });

  it("reports total as undefined when the service sends no @odata.count", async () => {
    const adapter = createTestAdapter(server.url);
    const totals = [];
    for await (const page of pages(kiotaSource(server, adapter, { pageSize }))) totals.push(page.total);
    expect(totals).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("starts from a page already in hand without requesting or changing it", async () => {
    const adapter = createTestAdapter(server.url);
    const firstPage = await fetchFirstPage(server, adapter, { pageSize });
    if (!firstPage) throw new Error("the server returned no first page");
    const snapshot = structuredClone(firstPage);
    const before = server.requests.length;
    const ids = await idsOf(
      items({
        requestAdapter: adapter.requestAdapter,
        responseFactory: createTestConnectionCollectionResponseFromDiscriminatorValue,
        firstPage,
        firstRequestUrl: server.firstPageUrl(pageSize),
      }),
    );
    expect(ids).toEqual(datasetIds(total));
    expect(server.requests.length - before).toBe(4);
    expect(firstPage).toEqual(snapshot);
  });
});
