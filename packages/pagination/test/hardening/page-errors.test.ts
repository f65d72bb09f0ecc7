// Every paging error says what failed: status, Graph code, Graph's message and request-id are in its
// message and fields, whether the page came through Kiota (a plain-object ODataError) or the facade
// (a GraphError). Never "[object Object]".
import { createNetworkAccessClient } from "@netaccess/client";
import { startMockGraph } from "@netaccess/fixtures";
import type { MockGraphServer } from "@netaccess/fixtures";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pages, PageRequestError } from "../../src/index.js";
import type { CollectionSource } from "../../src/index.js";
import { generatedConnectionSources } from "../support/graph-sources.js";
import { createTestAdapter } from "../support/kiota-adapter.js";

const TOKEN = "test-token";
const statuses: ReadonlyArray<[number, string, string]> = [
  [400, "BadRequest", "Invalid $skiptoken."],
  [401, "InvalidAuthenticationToken", "Access token has expired."],
  [403, "Forbidden", "Missing NetworkAccess.Read.All."],
  [404, "ResourceNotFound", "The page is gone."],
  [410, "SyncStateNotFound", "The skip token expired."],
  [500, "InternalServerError", "Something broke."],
  [502, "BadGateway", "Upstream unavailable."],
];

let server: MockGraphServer;
beforeAll(async () => {
  server = await startMockGraph({ connections: 30 });
});
afterEach(() => server.clearFaults());
afterAll(() => server.close());

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Runs to the end and returns the error it rejected with. */
async function failedRun<T>(source: CollectionSource<T>): Promise<PageRequestError> {
  const error: unknown = await (async () => {
    for await (const page of pages(source)) void page;
  })().catch((reason: unknown) => reason);
  expect(error).toBeInstanceOf(PageRequestError);
  return error as PageRequestError;
}

/** The mock's request-id is a GUID it makes up per request; the error must carry it and say it. */
function expectDescribed(error: PageRequestError, status: number, code: string, message: string) {
  expect(error).toMatchObject({ status, graphCode: code, serviceMessage: message });
  expect(error.requestId).toMatch(GUID);
  for (const part of [String(status), code, message, String(error.requestId)])
    expect(error.message).toContain(part);
  expect(error.message).not.toContain("[object Object]");
}

describe("an error status on a follow-up page, through Kiota's adapter and the generated ODataError", () => {
  it.each(statuses)("HTTP %i %s is described in full", async (status, code, message) => {
    server.inject({ kind: "status", status, code, message, route: "connections", nth: 2 });
    const { kiota } = generatedConnectionSources(createTestAdapter(server.url, { token: TOKEN }), {
      top: 10,
    });
    const error = await failedRun(kiota);
    expectDescribed(error, status, code, message);
    expect(error.cursor).toContain("$skiptoken=");
  });

  it("a final 429 after the retries is described with its status and code", async () => {
    server.inject({ kind: "status", status: 429, retryAfter: 0, route: "connections", nth: 2, times: 10 });
    const { kiota } = generatedConnectionSources(createTestAdapter(server.url, { token: TOKEN }), {
      top: 10,
    });
    const error = await failedRun(kiota);
    expectDescribed(error, 429, "TooManyRequests", "Too many requests.");
  });
});

/** The facade's own page source for `connections.list({ top: 10 })`. */
const facadeSource = () =>
  createNetworkAccessClient({
    baseUrl: server.url,
    token: TOKEN,
    allowInsecureLoopback: true,
  }).connections.pageSource({
    top: 10,
  });

describe("through @netaccess/client's facade source", () => {
  it.each(statuses)(
    "HTTP %i %s on the first page (a GraphError) is described in full",
    async (status, code, message) => {
      server.inject({ kind: "status", status, code, message, route: "connections", nth: 1 });
      const error = await failedRun(facadeSource());
      expectDescribed(error, status, code, message);
      expect(error.cursor).toBeUndefined();
    },
  );

  it.each(statuses)("HTTP %i %s on a follow-up page is described in full", async (status, code, message) => {
    server.inject({ kind: "status", status, code, message, route: "connections", nth: 2 });
    const error = await failedRun(facadeSource());
    expectDescribed(error, status, code, message);
  });
});

describe("failures without a response", () => {
  it("a connection reset names the network error, not an object", async () => {
    server.inject({ kind: "reset", route: "connections", nth: 2 });
    const { kiota } = generatedConnectionSources(createTestAdapter(server.url, { token: TOKEN }), {
      top: 10,
    });
    const error: unknown = await (async () => {
      for await (const page of pages(kiota)) void page;
    })().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PageRequestError);
    expect((error as PageRequestError).status).toBeUndefined();
    expect((error as Error).message).toMatch(/^Fetching a page failed: \S/);
    expect((error as Error).message).not.toContain("[object Object]");
  });
});
