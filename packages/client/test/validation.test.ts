import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient, createNetworkAccessClient, deserializeIntoConnection } from "../src/index.js";
import type { NetworkAccessClientOptions } from "../src/index.js";
import { clientFor } from "./support/clients.js";
import { sendJson, startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startServer((_request, response) => sendJson(response, 200, { value: [] }));
});

afterAll(() => server.close());

const window = { start: "2024-05-01T00:00:00Z", end: "2024-05-02T00:00:00Z" };

describe("destinationReport rejects bad input before sending", () => {
  it.each([
    [
      "a string that is no date",
      { start: "yesterday" },
      RangeError,
      /start "yesterday" is not an ISO-8601 date-time/,
    ],
    ["an Invalid Date", { end: new Date("nope") }, RangeError, /end is an invalid Date/],
    ["a date-time without offset", { start: "2024-05-01T00:00:00" }, RangeError, /with an offset/],
    ["a day that does not exist", { start: "2024-02-30T00:00:00Z" }, RangeError, /"2024-02-30T00:00:00Z"/],
    ["hour 24", { end: "2024-05-02T24:00:00Z" }, RangeError, /"2024-05-02T24:00:00Z"/],
    ["a number", { start: 1714521600000 }, TypeError, /start must be a Date or an ISO-8601 string/],
    [
      "end before start",
      { start: "2024-05-02T00:00:00Z", end: "2024-05-01T23:59:59Z" },
      RangeError,
      /end \(2024-05-01T23:59:59.000Z\) is earlier than start/,
    ],
    ["a negative top", { top: -1 }, RangeError, /top must be a non-negative integer/],
    ["a fractional skip", { skip: 1.5 }, RangeError, /skip must be a non-negative integer/],
    ["an empty filter", { filter: " " }, TypeError, /filter must be a non-empty string/],
    ["an empty aiAgentId", { aiAgentId: "" }, TypeError, /aiAgentId must be a non-empty string/],
    ["a non-boolean count", { count: "yes" }, TypeError, /count must be true or false/],
    ["a signal that is not an AbortSignal", { signal: "stop" }, TypeError, /signal must be an AbortSignal/],
    ["a zero timeout", { timeoutMs: 0 }, RangeError, /timeoutMs must be a positive number/],
    ["headers as an array", { headers: [["a", "b"]] }, TypeError, /headers must be an object/],
  ])("%s", async (_case, override, errorClass, message) => {
    const options = { ...window, ...override } as Parameters<
      ReturnType<typeof clientFor>["destinationReport"]
    >[0];
    const call = clientFor(server).destinationReport(options);
    await expect(call).rejects.toThrow(errorClass);
    await expect(call).rejects.toThrow(message);
  });

  it.each([
    [
      "the window given as from/to",
      { start: undefined, end: undefined, from: window.start, to: window.end },
      /destinationReport has no options "from" \(the window is \{ start, end \}: use "start"\), "to" \(the window is \{ start, end \}: use "end"\)/,
    ],
    ["a missing start", { start: undefined }, /^start is missing: pass a Date or an ISO-8601 string/],
    ["a missing end", { end: undefined }, /^end is missing/],
    ["top as a string", { top: "50" }, /top must be a non-negative integer, got the string "50"\./],
    [
      "a misspelled option",
      { fitler: "x" },
      /destinationReport has no option "fitler" \(did you mean "filter"\?\)/,
    ],
    [
      "orderby, which the report lacks",
      { orderby: "fqdn" },
      /has no option "orderby" \(the report has no \$orderby\)/,
    ],
  ])("names what is wrong: %s", async (_case, override, message) => {
    const call = clientFor(server).destinationReport({ ...window, ...override } as never);
    await expect(call).rejects.toThrow(TypeError);
    await expect(call).rejects.toThrow(message);
  });

  it("rejects a missing options object", async () => {
    const call = clientFor(server).destinationReport(null as never);
    await expect(call).rejects.toThrow("destinationReport takes an options object, got null.");
  });
});

describe("connections reject bad input before sending", () => {
  it("needs a connection id", async () => {
    const connections = clientFor(server).connections;
    await expect(connections.get("")).rejects.toThrow(
      'connections.get needs the connection id, a non-empty string; got the string "".',
    );
    await expect(connections.get(42 as never)).rejects.toThrow(TypeError);
  });

  it("checks list and count options", async () => {
    const connections = clientFor(server).connections;
    await expect(connections.list({ orderby: [] })).rejects.toThrow(
      /orderby must be a non-empty string or a non-empty array/,
    );
    await expect(connections.list({ select: ["id", "" as never] })).rejects.toThrow(/select must be/);
    await expect(connections.list({ top: Number.NaN })).rejects.toThrow(/top must be a non-negative integer/);
    await expect(connections.count({ search: 3 as never })).rejects.toThrow(
      /search must be a non-empty string, got number 3/,
    );
  });

  it("refuses $select and $orderby names the connection model does not have", async () => {
    const connections = clientFor(server).connections;
    // Every property the generated model reads, in its order: the list follows the spec.
    const properties = Object.keys(deserializeIntoConnection({})).filter((name) => !name.startsWith("@"));
    expect(properties).toEqual(expect.arrayContaining(["id", "createdDateTime", "sentBytes"]));
    await expect(connections.list({ select: ["id", "policyName" as never] })).rejects.toThrow(
      `select names "policyName", which is not a property of connection; its properties are: ${properties.join(", ")}.`,
    );
    await expect(connections.get("x", { select: "createdDatetime" as never })).rejects.toThrow(
      'select names "createdDatetime", which is not a property of connection (did you mean "createdDateTime"?).',
    );
    await expect(connections.list({ orderby: "createdDateTime descending" as never })).rejects.toThrow(
      'orderby term "createdDateTime descending" must be a property name, optionally followed by " asc" or " desc".',
    );
    await expect(connections.list({ select: "id,policyName" as never })).rejects.toThrow(
      /select names "policyName"/,
    );
    await expect(connections.list({ orderby: "createdDateTime desc,," as never })).rejects.toThrow(
      /orderby term "" must be a property name/,
    );
    await expect(connections.list({ orderby: ["id", "sentbytes desc" as never] })).rejects.toThrow(
      /orderby names "sentbytes", .* \(did you mean "sentBytes"\?\)/,
    );
  });

  it.each<[string, (client: ReturnType<typeof clientFor>) => Promise<unknown>, string]>([
    [
      "list",
      (client) => client.connections.list({ fitler: "x" } as never),
      'connections.list has no option "fitler" (did you mean "filter"?)',
    ],
    [
      "get",
      (client) => client.connections.get("x", { selct: ["id"] } as never),
      'connections.get has no option "selct" (did you mean "select"?)',
    ],
    [
      "count",
      (client) => client.connections.count({ top: 1 } as never),
      'connections.count has no option "top".',
    ],
    [
      "pageSource",
      async (client) => client.connections.pageSource({ signal: new AbortController().signal } as never),
      'connections.pageSource has no option "signal" (a pager passes its own signal: pages(source, { signal }))',
    ],
  ])("connections.%s refuses unknown options, naming the closest known one", async (_case, call, message) => {
    await expect(call(clientFor(server))).rejects.toThrow(message);
  });
});

const local = () => `${server.origin}/beta`;

describe("createNetworkAccessClient checks its options", () => {
  it.each<[string, () => unknown, RegExp]>([
    [
      "no auth at all",
      () => ({ baseUrl: local(), allowInsecureLoopback: true }),
      /Pass one of token, getToken, credential or authProvider/,
    ],
    ["two auths", () => ({ token: "a", getToken: () => "b" }), /Pass only one of .*; got token and getToken/],
    ["an empty token", () => ({ token: " " }), /token must be a non-empty string/],
    [
      "plain http to a loopback host without the opt-in",
      () => ({ token: "t", baseUrl: local() }),
      /set allowInsecureLoopback: true/,
    ],
    [
      "plain http to a remote host",
      () => ({ token: "t", baseUrl: "http://graph.microsoft.com/beta", allowInsecureLoopback: true }),
      /baseUrl must use https/,
    ],
    [
      "a baseUrl with a query string",
      () => ({ token: "t", baseUrl: "https://graph.microsoft.com/beta?x=1" }),
      /must not contain credentials, a query string or a fragment/,
    ],
    ["a relative baseUrl", () => ({ token: "t", baseUrl: "/beta" }), /is not an absolute URL/],
    [
      "a URL among allowedHosts",
      () => ({ token: "t", allowedHosts: ["https://graph.microsoft.com"] }),
      /allowedHosts takes host names/,
    ],
    ["a negative timeout", () => ({ token: "t", timeoutMs: -5 }), /timeoutMs must be a positive number/],
    [
      "a retry policy Kiota refuses",
      () => ({ token: "t", retry: { maxRetries: 11 } }),
      /MaxRetries should not be more than 10/,
    ],
    [
      "scopes without a credential",
      () => ({ token: "t", scopes: ["s"] }),
      /scopes must be an array of strings and applies to credential only/,
    ],
    [
      "allowedHosts that is not an array",
      () => ({ token: "t", allowedHosts: "graph.microsoft.com" }),
      /allowedHosts must be an array/,
    ],
    [
      "a requestAdapter combined with auth",
      () => ({ requestAdapter: clientFor(server).requestAdapter, token: "t" }),
      /do not combine it with token/,
    ],
  ])("refuses %s", (_case, options, message) => {
    expect(() => createNetworkAccessClient(options() as NetworkAccessClientOptions)).toThrow(message);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "baseURL",
      { baseURL: "https://x.example/beta" },
      'createNetworkAccessClient has no option "baseURL" (did you mean "baseUrl"?)',
    ],
    ["timeout", { timeout: 5 }, 'has no option "timeout" (did you mean "timeoutMs"?)'],
    [
      "headers",
      { headers: {} },
      'has no option "headers" (headers are set per call: client.connections.list({ headers }))',
    ],
    [
      "retry.maxRetry",
      { retry: { maxRetry: 1 } },
      'retry has no option "maxRetry" (did you mean "maxRetries"?)',
    ],
  ])("refuses the unknown option %s, naming the one it meant", (_case, extra, message) => {
    expect(() => createNetworkAccessClient({ token: "t", ...extra } as NetworkAccessClientOptions)).toThrow(
      message,
    );
  });

  it("refuses unknown options of createHttpClient and logRequests that is not a function", () => {
    expect(() => createHttpClient({ allowedHost: ["a"] } as never)).toThrow(
      'createHttpClient has no option "allowedHost" (did you mean "allowedHosts"?)',
    );
    expect(() => createNetworkAccessClient({ token: "t", logRequests: "yes" as never })).toThrow(
      'logRequests must be true, false or a function receiving each entry, got the string "yes".',
    );
  });

  it("accepts https national clouds and keeps the default Graph URL", () => {
    const usGov = createNetworkAccessClient({ token: "t", baseUrl: "https://graph.microsoft.us/beta/" });
    const global = createNetworkAccessClient({ token: "t" });

    expect(usGov.requestAdapter.baseUrl).toBe("https://graph.microsoft.us/beta");
    expect(global.requestAdapter.baseUrl).toBe("https://graph.microsoft.com/beta");
  });
});

// Runs last: every case above must have failed before anything reached the wire.
describe("bad input", () => {
  it("sent no request at all", () => {
    expect(server.requests).toHaveLength(0);
  });
});
