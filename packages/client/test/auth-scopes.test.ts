// Which scope `credential` is asked for (issue 16.6): Graph's scope for the cloud baseUrl names,
// global Graph's for a proxy or any other host, and exactly `scopes` when given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetworkAccessClient, GRAPH_CLOUD_HOSTS } from "../src/index.js";
import type { FetchFunction, TokenCredential } from "../src/index.js";
import { startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

let graph: LocalServer;
beforeAll(async () => {
  graph = await startServer((_, response) =>
    response.writeHead(200, { "content-type": "application/json" }).end('{"value":[]}'),
  );
});
afterAll(() => graph.close());

const toGraphServer: FetchFunction = (url, init) => {
  const { pathname, search } = new URL(url);
  return fetch(`${graph.origin}${pathname}${search}`, init);
};

/** Lists connections once and returns the scopes and options the credential was asked for. */
async function askedOf(options: { baseUrl?: string; scopes?: string[]; allowInsecureLoopback?: boolean }) {
  const asked: { scopes: string[]; options: unknown }[] = [];
  const credential: TokenCredential = {
    getToken: (scopes, tokenOptions) => {
      asked.push({ scopes: [scopes].flat(), options: tokenOptions });
      return Promise.resolve({ token: "t", expiresOnTimestamp: Date.now() + 60_000 });
    },
  };
  await createNetworkAccessClient({ ...options, credential, fetch: toGraphServer }).connections.list();
  expect(graph.requests.at(-1)?.headers.authorization).toBe("Bearer t");
  return asked;
}

describe("the scope asked of a credential", () => {
  it.each([
    ["https://graph.microsoft.com/beta", "https://graph.microsoft.com/.default"],
    ["https://graph.microsoft.us/beta", "https://graph.microsoft.us/.default"],
    ["https://dod-graph.microsoft.us/beta", "https://dod-graph.microsoft.us/.default"],
    ["https://microsoftgraph.chinacloudapi.cn/beta", "https://microsoftgraph.chinacloudapi.cn/.default"],
    ["https://GRAPH.microsoft.us/beta", "https://graph.microsoft.us/.default"],
  ])("%s: %s, with CAE enabled", async (baseUrl, scope) => {
    expect(await askedOf({ baseUrl })).toEqual([{ scopes: [scope], options: { enableCae: true } }]);
  });

  it("is global Graph's behind a proxy, not the proxy's origin", async () => {
    const asked = await askedOf({ baseUrl: "https://graph-proxy.contoso.example/beta" });
    expect(asked.map((call) => call.scopes)).toEqual([["https://graph.microsoft.com/.default"]]);
    const loopback = await askedOf({ baseUrl: `${graph.origin}/beta`, allowInsecureLoopback: true });
    expect(loopback.map((call) => call.scopes)).toEqual([["https://graph.microsoft.com/.default"]]);
  });

  it("is exactly `scopes` when given (a national cloud behind a proxy), the default when empty", async () => {
    const scopes = ["https://graph.microsoft.us/NetworkAccess.Read.All"];
    const asked = await askedOf({ baseUrl: "https://graph-proxy.contoso.example/beta", scopes });
    expect(asked.map((call) => call.scopes)).toEqual([scopes]);
    const empty = await askedOf({ baseUrl: "https://graph.microsoft.us/beta", scopes: [] });
    expect(empty.map((call) => call.scopes)).toEqual([["https://graph.microsoft.us/.default"]]);
  });

  it("no longer knows the retired German cloud", () => {
    expect(GRAPH_CLOUD_HOSTS).not.toContain("graph.microsoft.de");
    expect(GRAPH_CLOUD_HOSTS).toEqual(
      expect.arrayContaining([
        "graph.microsoft.com",
        "graph.microsoft.us",
        "dod-graph.microsoft.us",
        "microsoftgraph.chinacloudapi.cn",
      ]),
    );
  });
});
