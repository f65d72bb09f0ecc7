import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OffOriginLinkError, pages } from "../src/index.js";
import { startCollectionServer } from "./support/collection-server.js";
import type { CollectionServer } from "./support/collection-server.js";
import { kiotaSource } from "./support/connection-sources.js";
import { datasetIds, totalForPages } from "./support/dataset.js";
import { createTestAdapter } from "./support/kiota-adapter.js";
import { seededIntegers } from "./support/seeded-random.js";

const PAGE_COUNT = 30;

describe.each([1, 7, 1000])("stop and resume with %i records per page", (pageSize) => {
  const total = totalForPages(PAGE_COUNT, pageSize);
  let server: CollectionServer;
  beforeAll(async () => {
    server = await startCollectionServer({ total });
  });
  afterAll(() => server.close());

  it.each([11, 42, 2025])(
    "loses and repeats nothing when stopped after a random page (seed %i)",
    async (seed) => {
      const adapter = createTestAdapter(server.url);
      const source = kiotaSource(server, adapter, { pageSize });
      const stopAfter = seededIntegers(seed)(PAGE_COUNT - 1);
      const ids: string[] = [];
      let checkpoint: string | undefined;
      for await (const page of pages(source)) {
        for (const item of page.items) ids.push(item.id ?? "");
        checkpoint = page.cursor;
        if (page.index === stopAfter) break;
      }
      expect(checkpoint).toBeDefined();
      expect(server.openRequests()).toBe(0);

      for await (const page of pages(source, { resumeFrom: checkpoint })) {
        for (const item of page.items) ids.push(item.id ?? "");
      }
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(datasetIds(total));
    },
  );
});

describe("resumeFrom", () => {
  let server: CollectionServer;
  beforeAll(async () => {
    server = await startCollectionServer({ total: 10 });
  });
  afterAll(() => server.close());

  it("refuses a saved link to another origin without requesting anything", async () => {
    const adapter = createTestAdapter(server.url);
    const before = server.requests.length;
    const foreign = server.firstPageUrl(5).replace("127.0.0.1", "localhost");
    const run = pages(kiotaSource(server, adapter, { pageSize: 5 }), { resumeFrom: foreign });
    await expect(run.next()).rejects.toMatchObject({
      code: "OFF_ORIGIN_LINK",
      link: foreign,
      cursor: foreign,
    });
    await expect(
      pages(kiotaSource(server, adapter, { pageSize: 5 }), { resumeFrom: foreign }).next(),
    ).rejects.toBeInstanceOf(OffOriginLinkError);
    expect(server.requests.length).toBe(before);
  });

  it("takes the allowed origin from the adapter's baseUrl when the source names no first URL", async () => {
    const adapter = createTestAdapter(server.url);
    const { firstRequestUrl: _ignored, ...source } = kiotaSource(server, adapter, { pageSize: 5 });
    const resumeFrom = `${server.origin}/beta/networkAccess/logs/connections?$top=5&$skiptoken=p1.5`;
    const ids: string[] = [];
    for await (const page of pages(source, { resumeFrom }))
      for (const item of page.items) ids.push(item.id ?? "");
    expect(ids).toEqual(datasetIds(10).slice(5));
  });
});
