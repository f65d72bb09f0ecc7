import { startMockGraph } from "@netaccess/fixtures";
import type { MockGraphServer } from "@netaccess/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { items, pages } from "../src/index.js";
import { idsOf, totalForPages } from "./support/dataset.js";
import { generatedConnectionSources } from "./support/graph-sources.js";
import { createTestAdapter } from "./support/kiota-adapter.js";

const PAGE_COUNT = 100;
const TOKEN = "test-token";
// Full records are not needed to check order and identity; $select keeps the 100k-record case fast.
const SELECT = ["id", "createdDateTime"];

describe.each([1, 7, 1000])("a 100-page connections export from the mock Graph, %i per page", (top) => {
  let server: MockGraphServer;
  beforeAll(async () => {
    server = await startMockGraph({ connections: totalForPages(PAGE_COUNT, top) });
  });
  afterAll(() => server.close());

  it("yields every dataset record exactly once, in order, in 100 authenticated requests", async () => {
    const adapter = createTestAdapter(server.url, { token: TOKEN });
    const { kiota } = generatedConnectionSources(adapter, { top, select: SELECT });
    const before = server.requests.length;
    const ids = await idsOf(items(kiota));
    expect(ids).toEqual(server.dataset.connections.map((connection) => connection.id));
    const requests = server.requests.slice(before);
    expect(requests).toHaveLength(PAGE_COUNT);
    expect(requests.every((request) => request.status === 200)).toBe(true);
    expect(requests.every((request) => request.headers["authorization"] === `Bearer ${TOKEN}`)).toBe(true);
  });

  it("yields the same records through the facade source shape, without prefetch", async () => {
    const adapter = createTestAdapter(server.url, { token: TOKEN });
    const { facade } = generatedConnectionSources(adapter, { top, select: SELECT });
    const ids = await idsOf(items(facade, { prefetch: 0 }));
    expect(ids).toEqual(server.dataset.connections.map((connection) => connection.id));
  });
});

describe("generated models and the mock Graph's faults", () => {
  let server: MockGraphServer;
  beforeAll(async () => {
    server = await startMockGraph({ connections: 60 });
  });
  afterAll(() => server.close());

  it("deserializes full Connection records with the generated factory", async () => {
    const adapter = createTestAdapter(server.url, { token: TOKEN });
    const { kiota } = generatedConnectionSources(adapter, { top: 25 });
    const first = server.dataset.connections[0];
    for await (const page of pages(kiota, { maxPages: 1 })) {
      expect(page.items[0]?.id).toBe(first?.id);
      expect(page.items[0]?.createdDateTime).toEqual(new Date(first?.createdDateTime ?? Number.NaN));
      expect(page.cursor).toContain("$skiptoken=");
    }
  });

  it("retries a 429 with Retry-After on a follow-up and continues", async () => {
    server.inject({ kind: "status", status: 429, retryAfter: 0, route: "connections", nth: 2 });
    try {
      const adapter = createTestAdapter(server.url, { token: TOKEN });
      const { kiota } = generatedConnectionSources(adapter, { top: 25 });
      const before = server.requests.length;
      const ids = await idsOf(items(kiota));
      expect(ids).toEqual(server.dataset.connections.map((connection) => connection.id));
      expect(server.requests.slice(before).map((request) => request.status)).toEqual([200, 429, 200, 200]);
    } finally {
      server.clearFaults();
    }
  });

  it("refuses the mock's foreign next link and maps its ODataError status", async () => {
    server.inject({ kind: "foreignNextLink", route: "connections", nth: 1 });
    try {
      const adapter = createTestAdapter(server.url, { token: TOKEN });
      const { kiota } = generatedConnectionSources(adapter, { top: 25 });
      const before = server.requests.length;
      const run = pages(kiota);
      const first = await run.next();
      const foreign = first.done ? undefined : first.value.cursor;
      expect(foreign).toMatch(/^http:\/\/foreign\.invalid\//);
      await expect(run.next()).rejects.toMatchObject({
        code: "OFF_ORIGIN_LINK",
        link: foreign,
        cursor: foreign,
      });
      expect(server.requests.length - before).toBe(1);
    } finally {
      server.clearFaults();
    }
    const adapter = createTestAdapter(server.url);
    const { kiota } = generatedConnectionSources(adapter, { top: 25 });
    await expect(pages(kiota).next()).rejects.toMatchObject({
      code: "PAGE_REQUEST_FAILED",
      cursor: undefined,
      cause: { responseStatusCode: 401 },
    });
  });
});
