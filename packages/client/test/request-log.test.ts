import { HttpMethod, RequestInformation } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createNetworkAccessClient } from "../src/index.js";
import type { RequestLogEntry } from "../src/index.js";
import { clientFor, TEST_TOKEN } from "./support/clients.js";
import { sendJson, startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

const CONNECTIONS_PATH = "/beta/networkAccess/logs/connections";

let busyCalls = 0;
let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? "/", server.origin).pathname;
    // The server records a request before handling it, so ids run req-1, req-2, …
    const headers = { "request-id": `req-${server.requests.length}` };
    if (path.endsWith("/busy") && ++busyCalls === 1) {
      sendJson(
        response,
        429,
        { error: { code: "TooManyRequests", message: "Slow down." } },
        {
          ...headers,
          "retry-after": "0",
        },
      );
    } else {
      sendJson(response, 200, { id: path.split("/").at(-1), value: [{ id: "a" }] }, headers);
    }
  });
});

afterAll(() => server.close());

function recordingClient(options: { token?: string } = {}) {
  const entries: RequestLogEntry[] = [];
  const client = clientFor(server, { ...options, logRequests: (entry) => entries.push(entry) });
  return { client, entries };
}

describe("logRequests", () => {
  it("logs each attempt on the wire with status, duration and both request ids", async () => {
    busyCalls = 0;
    const { client, entries } = recordingClient();
    await client.connections.get("busy");

    expect(entries.map((entry) => entry.status)).toEqual([429, 200]);
    const [throttled, retried] = entries;
    expect(throttled).toMatchObject({
      method: "GET",
      url: `${server.origin}${CONNECTIONS_PATH}/busy`,
      requestId: `req-${server.requests.length - 1}`,
      error: undefined,
    });
    expect(retried?.requestId).toBe(`req-${server.requests.length}`);
    // One call, one client-request-id, as sent on the wire.
    expect(retried?.clientRequestId).toBe(server.requests.at(-1)?.headers["client-request-id"]);
    expect(throttled?.clientRequestId).toBe(retried?.clientRequestId);
    for (const entry of entries) expect(entry.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("never logs the token, user info or query values that are not OData options", async () => {
    const { client, entries } = recordingClient();
    const source = client.connections.pageSource();
    const send = (url: string) => {
      const request = new RequestInformation(HttpMethod.GET);
      request.URL = url;
      return source.requestAdapter.send(request, source.responseFactory, source.errorMappings);
    };
    const query = "?$skiptoken=abc&access_token=s3cret&sig=xyz";
    await send(`${server.origin}${CONNECTIONS_PATH}${query}`);
    // fetch refuses user info in a URL: nothing is sent, and the log still leaves it out.
    const withUserInfo = `http://user:hunter2@${new URL(server.origin).host}${CONNECTIONS_PATH}`;
    await expect(send(withUserInfo)).rejects.toThrow(/cannot be sent \(nothing was sent\)/);
    await client.connections.list({ filter: "status eq 'active'" });

    expect(entries.map((entry) => entry.url)).toEqual([
      `${server.origin}${CONNECTIONS_PATH}?$skiptoken=abc&access_token=[redacted]&sig=[redacted]`,
      `${server.origin}${CONNECTIONS_PATH}`,
      `${server.origin}${CONNECTIONS_PATH}?$filter=status%20eq%20%27active%27`,
    ]);
    expect(entries[1]?.error).toMatch(/cannot be sent/);
    const logged = JSON.stringify(entries);
    for (const secret of [TEST_TOKEN, "hunter2", "s3cret", "xyz", "Bearer"])
      expect(logged).not.toContain(secret);
  });

  it("logs a request that got no response, with the reason", async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    const entries: RequestLogEntry[] = [];
    const client = createNetworkAccessClient({
      baseUrl: `${closed.origin}/beta`,
      token: TEST_TOKEN,
      allowInsecureLoopback: true,
      logRequests: (entry) => entries.push(entry),
    });

    await expect(client.connections.count()).rejects.toMatchObject({ kind: "network" });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: undefined, requestId: undefined });
    expect(entries[0]?.error).toMatch(/ECONNREFUSED/);
  });

  it("true prints one line per request with console.debug", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    try {
      await clientFor(server, { logRequests: true }).connections.get("printed");
      expect(debug).toHaveBeenCalledTimes(1);
      expect(debug.mock.calls[0]?.[0]).toMatch(
        new RegExp(
          `^GET ${server.origin}${CONNECTIONS_PATH}/printed -> 200 in \\d+ ms \\(request-id req-\\d+, client-request-id [0-9a-f-]{36}\\)$`,
        ),
      );
    } finally {
      debug.mockRestore();
    }
  });

  it("is off by default, and a logger that throws does not fail the call", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    try {
      await clientFor(server).connections.get("quiet");
      expect(debug).not.toHaveBeenCalled();
    } finally {
      debug.mockRestore();
    }
    const client = clientFor(server, {
      logRequests: () => {
        throw new Error("logger broke");
      },
    });
    await expect(client.connections.get("still-works")).resolves.toMatchObject({ id: "still-works" });
  });
});
