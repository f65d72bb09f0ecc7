import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor } from "./support/clients.js";
import { sendJson, startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

const CONNECTIONS_PATH = "/beta/networkAccess/logs/connections";

const connectionJson = {
  "@odata.type": "#microsoft.graph.networkaccess.connection",
  id: "conn/1 a",
  createdDateTime: "2024-05-01T10:00:00Z",
  status: "active",
  trafficType: "internet",
  destinationFqdn: "www.contoso.com",
  destinationPort: 443,
  sentBytes: 2048,
  networkProtocol: "ipv4",
};

let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? "/", server.origin).pathname;
    if (path === `${CONNECTIONS_PATH}/$count`) {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("1234");
    } else if (path === CONNECTIONS_PATH) {
      sendJson(response, 200, {
        "@odata.count": 2,
        "@odata.nextLink": `${server.origin}${CONNECTIONS_PATH}?$skiptoken=abc`,
        value: [connectionJson, { ...connectionJson, id: "conn-2", status: "closed" }],
      });
    } else {
      sendJson(response, 200, connectionJson);
    }
  });
});

afterAll(() => server.close());

function lastUrl(): URL {
  const request = server.requests.at(-1);
  if (!request) throw new Error("The server received no request.");
  return new URL(request.url, server.origin);
}

describe("connections.list", () => {
  it("requests the collection with no query options by default", async () => {
    const page = await clientFor(server).connections.list();

    expect(server.requests.at(-1)?.url).toBe(CONNECTIONS_PATH);
    expect(page.value.map((connection) => connection.id)).toEqual(["conn/1 a", "conn-2"]);
    expect(page.value[0]?.createdDateTime).toEqual(new Date("2024-05-01T10:00:00Z"));
    expect(page.nextLink).toBe(`${server.origin}${CONNECTIONS_PATH}?$skiptoken=abc`);
    expect(page.count).toBe(2);
  });

  it("sends every list query option", async () => {
    await clientFor(server).connections.list({
      filter: "status eq 'active'",
      orderby: ["createdDateTime desc", "id"],
      select: ["id", "status"],
      top: 100,
      skip: 5,
      search: "contoso",
      count: true,
    });

    expect(lastUrl().pathname).toBe(CONNECTIONS_PATH);
    expect([...lastUrl().searchParams]).toEqual([
      ["$count", "true"],
      ["$filter", "status eq 'active'"],
      ["$orderby", "createdDateTime desc,id"],
      ["$search", "contoso"],
      ["$select", "id,status"],
      ["$skip", "5"],
      ["$top", "100"],
    ]);
  });

  it("reads comma-separated strings and orderby paths as JavaScript callers write them", async () => {
    await clientFor(server).connections.list({
      orderby: "createdDateTime desc, applicationSnapshot/appId" as never,
      select: "id,status" as never,
    });

    expect([...lastUrl().searchParams]).toEqual([
      ["$orderby", "createdDateTime desc,applicationSnapshot/appId"],
      ["$select", "id,status"],
    ]);
  });

  it("accepts orderby and select as single strings", async () => {
    await clientFor(server).connections.list({ orderby: "createdDateTime desc", select: "id" });

    expect([...lastUrl().searchParams]).toEqual([
      ["$orderby", "createdDateTime desc"],
      ["$select", "id"],
    ]);
  });
});

describe("connections.get", () => {
  it("gets one record by its percent-encoded id with $select", async () => {
    const connection = await clientFor(server).connections.get("conn/1 a", { select: ["id", "sentBytes"] });

    expect(server.requests.at(-1)?.url).toBe(`${CONNECTIONS_PATH}/conn%2F1%20a?$select=id,sentBytes`);
    expect(connection).toMatchObject({
      id: "conn/1 a",
      status: "active",
      sentBytes: 2048,
      networkProtocol: "ipv4",
    });
  });
});

describe("connections.count", () => {
  it("reads the text/plain $count with filter and search", async () => {
    const total = await clientFor(server).connections.count({ filter: "status eq 'closed'", search: "x" });

    expect(total).toBe(1234);
    expect(lastUrl().pathname).toBe(`${CONNECTIONS_PATH}/$count`);
    expect([...lastUrl().searchParams]).toEqual([
      ["$filter", "status eq 'closed'"],
      ["$search", "x"],
    ]);
    expect(server.requests.at(-1)?.headers.accept).toBe("text/plain;q=0.9");
  });
});
