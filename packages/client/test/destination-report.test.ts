import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, TEST_TOKEN } from "./support/clients.js";
import { sendJson, startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

const REPORT_PATH = "/beta/networkAccess/reports/microsoft.graph.networkaccess.destinationReport";

let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    sendJson(response, 200, {
      "@odata.context":
        "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.networkaccess.destination)",
      "@odata.count": 3,
      "@odata.nextLink": `${server.origin}/beta/next-page?$skip=2`,
      value: [
        {
          fqdn: "login.microsoftonline.com",
          ip: "6.6.0.1",
          port: 443,
          networkingProtocol: "tcp",
          trafficType: "microsoft365",
          lastAccessDateTime: "2024-05-01T10:00:00Z",
          totalBytesSent: 1024,
        },
        {
          ip: "130.20.20.20",
          port: 443,
          networkingProtocol: "udp",
          trafficType: "private",
          lastAccessDateTime: "2024-05-01T11:00:00Z",
        },
      ],
    });
    void request;
  });
});

afterAll(() => server.close());

function lastRequest() {
  const request = server.requests.at(-1);
  if (!request) throw new Error("The server received no request.");
  return request;
}

describe("destinationReport", () => {
  it("sends the two-parameter function form with UTC ISO dates when no agent filter is given", async () => {
    const client = clientFor(server);
    await client.destinationReport({
      start: "2024-05-01T00:00:00Z",
      end: new Date(Date.UTC(2024, 4, 2, 12, 30, 0, 500)),
    });

    expect(lastRequest().method).toBe("GET");
    expect(lastRequest().url).toBe(
      `${REPORT_PATH}(startDateTime=2024-05-01T00%3A00%3A00.000Z,endDateTime=2024-05-02T12%3A30%3A00.500Z)`,
    );
    expect(lastRequest().headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(lastRequest().headers.accept).toBe("application/json");
  });

  it("converts offsets and bare dates to UTC before sending", async () => {
    const client = clientFor(server);
    await client.destinationReport({ start: "2024-05-01T02:00:00+02:00", end: "2024-05-03" });

    expect(lastRequest().url).toBe(
      `${REPORT_PATH}(startDateTime=2024-05-01T00%3A00%3A00.000Z,endDateTime=2024-05-03T00%3A00%3A00.000Z)`,
    );
  });

  it("sends the query options Graph defines for the function", async () => {
    const client = clientFor(server);
    await client.destinationReport({
      start: "2024-05-01T00:00:00Z",
      end: "2024-05-02T00:00:00Z",
      top: 5,
      skip: 10,
      filter: "trafficType eq 'internet'",
      search: "contoso",
      count: true,
    });

    const url = new URL(lastRequest().url, server.origin);
    expect(url.pathname).toBe(
      `${REPORT_PATH}(startDateTime=2024-05-01T00%3A00%3A00.000Z,endDateTime=2024-05-02T00%3A00%3A00.000Z)`,
    );
    expect([...url.searchParams]).toEqual([
      ["$count", "true"],
      ["$filter", "trafficType eq 'internet'"],
      ["$search", "contoso"],
      ["$skip", "10"],
      ["$top", "5"],
    ]);
  });

  it("sends agent filters as inline OData string literals, never as Kiota's '@alias' form", async () => {
    const client = clientFor(server);
    await client.destinationReport({
      start: "2024-05-01T00:00:00Z",
      end: "2024-05-02T00:00:00Z",
      aiAgentId: "agent-42",
      aiAgentName: "O'Brien bot",
      top: 1,
    });

    expect(lastRequest().url).toBe(
      `${REPORT_PATH}(startDateTime=2024-05-01T00%3A00%3A00.000Z,endDateTime=2024-05-02T00%3A00%3A00.000Z,` +
        `aiAgentId='agent-42',aiAgentName='O''Brien%20bot')?$top=1`,
    );
  });

  it("sends only the agent parameter that was given", async () => {
    const client = clientFor(server);
    await client.destinationReport({
      start: "2024-05-01T00:00:00Z",
      end: "2024-05-01T00:00:00Z",
      aiAgentName: "a,b",
    });

    expect(lastRequest().url).toBe(
      `${REPORT_PATH}(startDateTime=2024-05-01T00%3A00%3A00.000Z,endDateTime=2024-05-01T00%3A00%3A00.000Z,aiAgentName='a%2Cb')`,
    );
  });

  it("returns the first page as value, nextLink and count with typed destinations", async () => {
    const client = clientFor(server);
    const page = await client.destinationReport({
      start: "2024-05-01T00:00:00Z",
      end: "2024-05-02T00:00:00Z",
    });

    expect(page.count).toBe(3);
    expect(page.nextLink).toBe(`${server.origin}/beta/next-page?$skip=2`);
    expect(page.value).toHaveLength(2);
    expect(page.value[0]).toMatchObject({
      fqdn: "login.microsoftonline.com",
      networkingProtocol: "tcp",
      trafficType: "microsoft365",
      totalBytesSent: 1024,
    });
    expect(page.value[0]?.lastAccessDateTime).toEqual(new Date("2024-05-01T10:00:00Z"));
    expect(page.value[1]?.fqdn).toBeUndefined();
  });

  it("sends extra headers and a client-request-id", async () => {
    const client = clientFor(server);
    await client.destinationReport({
      start: "2024-05-01T00:00:00Z",
      end: "2024-05-02T00:00:00Z",
      headers: { Prefer: "include-unknown-enum-members" },
    });

    expect(lastRequest().headers.prefer).toBe("include-unknown-enum-members");
    expect(lastRequest().headers["client-request-id"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
