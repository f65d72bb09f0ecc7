import { HttpMethod, RequestInformation } from "@microsoft/kiota-abstractions";
import type { RequestOption } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphAbortError, GraphError, SignalOption, toGraphError } from "../src/index.js";
import type { KiotaCollectionResponse, PageSource } from "../src/index.js";
import { clientFor } from "./support/clients.js";
import { sendJson, startServer, waitFor } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

const CONNECTIONS_PATH = "/beta/networkAccess/logs/connections";
const REPORT_PATH = "/beta/networkAccess/reports/microsoft.graph.networkaccess.destinationReport";

let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const url = new URL(request.url ?? "/", server.origin);
    if (url.searchParams.get("$skiptoken") === "hang") return;
    if (url.searchParams.get("$skiptoken") === "gone") {
      sendJson(response, 404, { error: { code: "ResourceNotFound", message: "Page expired." } });
    } else if (url.pathname.startsWith(REPORT_PATH)) {
      sendJson(response, 200, {
        value: [
          { fqdn: url.searchParams.has("$skip") ? "page2.contoso.com" : "page1.contoso.com", port: 443 },
        ],
        ...(url.searchParams.has("$skip")
          ? {}
          : { "@odata.nextLink": `${server.origin}${url.pathname}?$skip=1` }),
      });
    } else {
      sendJson(response, 200, {
        value: [{ id: url.searchParams.get("$skiptoken") ?? "first" }],
        "@odata.nextLink": `${server.origin}${CONNECTIONS_PATH}?$skiptoken=second`,
      });
    }
  });
});

afterAll(() => server.close());

/** Follows a link the way the pagination package does. */
function follow<T, R extends KiotaCollectionResponse<T>>(
  source: PageSource<T, R>,
  link: string,
  signal?: AbortSignal,
) {
  const request = new RequestInformation(HttpMethod.GET);
  request.URL = link;
  request.addRequestOptions(source.requestOptions(signal));
  return source.requestAdapter.send(request, source.responseFactory, source.errorMappings);
}

describe("connections.pageSource", () => {
  it("fetches the first page with the list options and exposes what a pager needs", async () => {
    const client = clientFor(server);
    const source = client.connections.pageSource({
      filter: "status eq 'active'",
      top: 2,
      headers: { Prefer: "x" },
    });

    const firstRequestUrl = new URL(source.firstRequestUrl);
    expect(firstRequestUrl.origin).toBe(server.origin);
    expect(firstRequestUrl.pathname).toBe(CONNECTIONS_PATH);
    expect(source.requestAdapter).toBe(client.requestAdapter);
    expect(server.requests).toHaveLength(0);

    const first = await source.firstPage(new AbortController().signal);
    expect(first?.value?.[0]?.id).toBe("first");
    expect(first?.odataNextLink).toBe(`${server.origin}${CONNECTIONS_PATH}?$skiptoken=second`);
    const sent = server.requests.at(-1);
    expect(sent?.url).toBe(`${CONNECTIONS_PATH}?$filter=status%20eq%20%27active%27&$top=2`);
    expect(sent?.headers.prefer).toBe("x");
    expect(sent?.headers.authorization).toBeDefined();

    const second = await follow(source, first?.odataNextLink ?? "");
    expect(second?.value?.[0]?.id).toBe("second");
  });

  it("gives each follow-up a SignalOption carrying the run's signal and the source's timeout", () => {
    const signal = new AbortController().signal;
    const options: RequestOption[] = clientFor(server)
      .connections.pageSource({ timeoutMs: 5000 })
      .requestOptions(signal);

    expect(options).toHaveLength(1);
    expect(options[0]).toBeInstanceOf(SignalOption);
    expect(options[0]).toMatchObject({ signal, timeoutMs: 5000 });
  });

  it("cancels a follow-up through its request options", async () => {
    const source = clientFor(server).connections.pageSource();
    const controller = new AbortController();
    const pending = follow(
      source,
      `${server.origin}${CONNECTIONS_PATH}?$skiptoken=hang`,
      controller.signal,
    ).catch((error: unknown) => error);
    await waitFor(() => server.requests.at(-1)?.url.endsWith("hang") === true);
    controller.abort();

    expect(await pending).toBeInstanceOf(GraphAbortError);
  });

  it("a failed follow-up rejects with Kiota's error, which toGraphError normalises", async () => {
    const source = clientFor(server).connections.pageSource();
    const error = await follow(source, `${server.origin}${CONNECTIONS_PATH}?$skiptoken=gone`).catch(
      (e: unknown) => e,
    );

    expect(error).not.toBeInstanceOf(GraphError);
    expect(toGraphError(error)).toMatchObject({ kind: "http", status: 404, code: "ResourceNotFound" });
  });

  it("throws invalid options at once", () => {
    const connections = clientFor(server).connections;
    expect(() => connections.pageSource({ top: -1 })).toThrow(RangeError);
  });
});

describe("destinationReportPageSource", () => {
  it("starts at the two-parameter report URL and follows its nextLink", async () => {
    const source = clientFor(server).destinationReportPageSource({
      start: "2024-05-01T00:00:00Z",
      end: "2024-05-02T00:00:00Z",
    });
    expect(source.firstRequestUrl).toBe(
      `${server.origin}${REPORT_PATH}(startDateTime=2024-05-01T00%3A00%3A00.000Z,endDateTime=2024-05-02T00%3A00%3A00.000Z)`,
    );

    const first = await source.firstPage();
    expect(first?.value?.[0]?.fqdn).toBe("page1.contoso.com");
    const second = await follow(source, first?.odataNextLink ?? "");
    expect(second?.value?.[0]).toMatchObject({ fqdn: "page2.contoso.com", port: 443 });
    expect(second?.odataNextLink).toBeUndefined();
  });

  it("rejects a first page that fails with a GraphError", async () => {
    const failingServer = await startServer((_request, response) =>
      sendJson(response, 403, { error: { code: "Forbidden", message: "No licence." } }),
    );
    try {
      const source = clientFor(failingServer).destinationReportPageSource({
        start: "2024-05-01T00:00:00Z",
        end: "2024-05-02T00:00:00Z",
      });
      const error = await source.firstPage().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ status: 403, code: "Forbidden" });
    } finally {
      await failingServer.close();
    }
  });

  it("throws an invalid window at once", () => {
    const client = clientFor(server);
    expect(() =>
      client.destinationReportPageSource({ start: "2024-05-02T00:00:00Z", end: "2024-05-01T00:00:00Z" }),
    ).toThrow(/earlier than start/);
  });
});
