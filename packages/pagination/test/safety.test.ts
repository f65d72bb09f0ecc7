import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  MissingValueError,
  NextLinkLoopError,
  OffOriginLinkError,
  PageRequestError,
  pages,
} from "../src/index.js";
import type { Page, PaginationError } from "../src/index.js";
import { startCollectionServer } from "./support/collection-server.js";
import type { CollectionServer } from "./support/collection-server.js";
import type { TestConnection } from "./support/connection-model.js";
import { kiotaSource } from "./support/connection-sources.js";
import { datasetIds } from "./support/dataset.js";
import { createTestAdapter } from "./support/kiota-adapter.js";

const PAGE_SIZE = 5;
const TOTAL = 40;

let server: CollectionServer;
beforeAll(async () => {
  server = await startCollectionServer({ total: TOTAL });
});
afterEach(() => {
  for (const key of Object.keys(server.faults)) delete server.faults[key as keyof typeof server.faults];
});
afterAll(() => server.close());

/** Runs to the end or the first error; returns what was delivered and what was thrown. */
async function runUntilError(
  resumeFrom?: string,
): Promise<{ delivered: Page<TestConnection>[]; error: unknown }> {
  const adapter = createTestAdapter(server.url);
  const delivered: Page<TestConnection>[] = [];
  try {
    for await (const page of pages(kiotaSource(server, adapter, { pageSize: PAGE_SIZE }), { resumeFrom })) {
      delivered.push(page);
    }
    return { delivered, error: undefined };
  } catch (error) {
    return { delivered, error };
  }
}

const idsOf = (delivered: Page<TestConnection>[]) =>
  delivered.flatMap((page) => page.items.map((item) => item.id));

describe("links the run refuses to follow", () => {
  it("refuses a next link to another origin and never requests it", async () => {
    server.faults.offOriginAt = 2;
    const { delivered, error } = await runUntilError();
    expect(delivered).toHaveLength(3);
    expect(error).toBeInstanceOf(OffOriginLinkError);
    const refused = delivered[2]?.cursor;
    expect(refused).toContain("//localhost:");
    expect(error).toMatchObject({
      code: "OFF_ORIGIN_LINK",
      link: refused,
      cursor: refused,
      allowedOrigin: server.origin,
    });
    expect(server.requests.filter((request) => request.host?.startsWith("localhost"))).toEqual([]);
  });

  it("stops a next link loop before requesting the same link twice", async () => {
    server.faults.loopAt = 3;
    const before = server.requests.length;
    const { delivered, error } = await runUntilError();
    expect(error).toBeInstanceOf(NextLinkLoopError);
    // Page 3 links back to page 2, whose link page 1 already gave.
    expect(delivered).toHaveLength(4);
    expect(delivered[3]?.cursor).toBe(delivered[1]?.cursor);
    expect(error).toMatchObject({
      code: "NEXT_LINK_LOOP",
      link: delivered[1]?.cursor,
      cursor: delivered[3]?.cursor,
    });
    const urls = server.requests.slice(before).map((request) => request.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toHaveLength(4);
  });
});

describe("server trouble mid-stream", () => {
  it("retries a 429 through the adapter's retry handler and continues", async () => {
    server.faults.throttleOnce = [3];
    const before = server.requests.length;
    const { delivered, error } = await runUntilError();
    expect(error).toBeUndefined();
    expect(idsOf(delivered)).toEqual(datasetIds(TOTAL));
    const pageThree = server.requests.slice(before).filter((request) => request.page === 3);
    expect(pageThree.map((request) => request.status)).toEqual([429, 200]);
    expect(pageThree[1]?.headers["retry-attempt"]).toBe("1");
  });

  it.each([
    ["connection dropped halfway through the body", { cutBodyAt: 4 }],
    ["JSON cut short", { invalidJsonAt: 4 }],
  ])("reports a truncated body (%s) with the cursor to resume from", async (_label, fault) => {
    Object.assign(server.faults, fault);
    const { delivered, error } = await runUntilError();
    expect(delivered).toHaveLength(4);
    expect(error).toBeInstanceOf(PageRequestError);
    expect(error).toMatchObject({ code: "PAGE_REQUEST_FAILED", cursor: delivered[3]?.cursor });
    expect((error as PageRequestError).cause).toBeInstanceOf(Error);

    delete server.faults.cutBodyAt;
    delete server.faults.invalidJsonAt;
    const resumed = await runUntilError((error as PaginationError).cursor);
    expect(resumed.error).toBeUndefined();
    expect([...idsOf(delivered), ...idsOf(resumed.delivered)]).toEqual(datasetIds(TOTAL));
  });

  it("rejects a page without value as MissingValueError", async () => {
    server.faults.missingValueAt = 1;
    const { delivered, error } = await runUntilError();
    expect(delivered).toHaveLength(1);
    expect(error).toBeInstanceOf(MissingValueError);
    expect(error).toMatchObject({ code: "MISSING_VALUE", cursor: delivered[0]?.cursor });
  });

  it("keeps the adapter's error for an error status as cause", async () => {
    const badToken = `${server.origin}/beta/networkAccess/logs/connections?$top=5&$skiptoken=not-a-token`;
    const { error } = await runUntilError(badToken);
    expect(error).toBeInstanceOf(PageRequestError);
    expect(error).toMatchObject({ cursor: badToken, cause: { responseStatusCode: 400 } });
  });

  it("continues through empty pages that still carry a next link", async () => {
    server.faults.emptyPages = [0, 3, 4];
    const { delivered, error } = await runUntilError();
    expect(error).toBeUndefined();
    expect(delivered.map((page) => page.items.length)).toEqual([0, 5, 5, 0, 0, 5, 5, 5, 5, 5, 5]);
    expect(idsOf(delivered)).toEqual(datasetIds(TOTAL));
  });
});

describe("follow-up requests", () => {
  it("re-send the caller's headers and ask for JSON on every follow-up", async () => {
    const adapter = createTestAdapter(server.url);
    const before = server.requests.length;
    const headers = { Prefer: "include-unknown-enum-members", "X-Trace": ["a", "b"] };
    for await (const page of pages(kiotaSource(server, adapter, { pageSize: PAGE_SIZE }), { headers })) {
      expect(page.items).toHaveLength(PAGE_SIZE);
    }
    const followUps = server.requests.slice(before + 1);
    expect(followUps).toHaveLength(TOTAL / PAGE_SIZE - 1);
    for (const request of followUps) {
      expect(request.headers["prefer"]).toBe("include-unknown-enum-members");
      expect(request.headers["x-trace"]).toMatch(/a.*b/);
      expect(request.headers["accept"]).toBe("application/json");
    }
  });

  it("send links containing { and } unchanged", async () => {
    server.faults.braceTokens = true;
    const before = server.requests.length;
    const { delivered, error } = await runUntilError();
    expect(error).toBeUndefined();
    expect(delivered[0]?.cursor).toMatch(/\$skiptoken=\{p1\.5\}$/);
    expect(idsOf(delivered)).toEqual(datasetIds(TOTAL));
    expect(
      server.requests.slice(before + 1).every((request) => /\{p\d+\.\d+\}$/.test(decodeURI(request.url))),
    ).toBe(true);
  });
});
