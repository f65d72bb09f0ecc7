import { HttpMethod, RequestInformation } from "@microsoft/kiota-abstractions";
import type { AuthenticationProvider } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetworkAccessClient, isGraphError } from "../src/index.js";
import type { NetworkAccessClient, TokenCredential, TokenFunction } from "../src/index.js";
import { clientFor, TEST_TOKEN } from "./support/clients.js";
import { sendJson, startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

const CONNECTIONS_PATH = "/beta/networkAccess/logs/connections";

// `allowed` serves the baseUrl; `foreign` is a second loopback host name the token must never reach.
let allowed: LocalServer;
let foreign: LocalServer;

beforeAll(async () => {
  foreign = await startServer(
    (_request, response) => sendJson(response, 200, { value: [{ id: "from-foreign" }] }),
    "127.0.0.2",
  );
  allowed = await startServer((request, response) => {
    const url = new URL(request.url ?? "/", allowed.origin);
    if (url.pathname === "/beta/redirect") {
      response.writeHead(302, { location: `${url.searchParams.get("to")}${CONNECTIONS_PATH}` });
      response.end();
    } else {
      // Every allowed page points its nextLink at the foreign host.
      sendJson(response, 200, {
        value: [{ id: "from-allowed" }],
        "@odata.nextLink": `${foreign.origin}${CONNECTIONS_PATH}?$skiptoken=2`,
      });
    }
  });
});

afterAll(async () => {
  await allowed.close();
  await foreign.close();
});

/** What a pager does with a nextLink: a raw-URL GET through the client's request adapter. */
function followNextLink(client: NetworkAccessClient, nextLink: string) {
  const request = new RequestInformation(HttpMethod.GET);
  request.URL = nextLink;
  const source = client.connections.pageSource();
  return source.requestAdapter.send(request, source.responseFactory, source.errorMappings);
}

function clientWithAuth(
  auth:
    { getToken: TokenFunction } | { credential: TokenCredential } | { authProvider: AuthenticationProvider },
): NetworkAccessClient {
  return createNetworkAccessClient({
    baseUrl: `${allowed.origin}/beta`,
    allowInsecureLoopback: true,
    ...auth,
  });
}

function redirectUrl(to: LocalServer): string {
  return `${allowed.origin}/beta/redirect?to=${encodeURIComponent(to.origin)}`;
}

describe("the token stays on allowed hosts", () => {
  it("goes to the baseUrl host but not to a nextLink on another host name", async () => {
    const client = clientFor(allowed);
    const first = await client.connections.list();
    expect(allowed.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(first.nextLink).toBe(`${foreign.origin}${CONNECTIONS_PATH}?$skiptoken=2`);
    const before = foreign.requests.length;

    const followed = await followNextLink(client, first.nextLink ?? "");
    const viaBuilder = await client.api.networkAccess.logs.connections.withUrl(first.nextLink ?? "").get();

    expect(followed?.value?.[0]?.id).toBe("from-foreign");
    expect(viaBuilder?.value?.[0]?.id).toBe("from-foreign");
    const foreignRequests = foreign.requests.slice(before);
    expect(foreignRequests).toHaveLength(2);
    for (const request of foreignRequests) expect(request.headers.authorization).toBeUndefined();
  });

  it("goes to a nextLink on the allowed host", async () => {
    await followNextLink(clientFor(allowed), `${allowed.origin}${CONNECTIONS_PATH}?$skiptoken=3`);

    expect(allowed.requests.at(-1)?.url).toBe(`${CONNECTIONS_PATH}?$skiptoken=3`);
    expect(allowed.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it("is dropped when a redirect leads to another host", async () => {
    const before = foreign.requests.length;
    const result = await clientFor(allowed)
      .api.networkAccess.logs.connections.withUrl(redirectUrl(foreign))
      .get();

    expect(result?.value?.[0]?.id).toBe("from-foreign");
    expect(allowed.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(foreign.requests.slice(before)).toHaveLength(1);
    expect(foreign.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it("is dropped by Kiota's redirect handler on a cross-host redirect, even to another allowed host", async () => {
    const client = clientFor(allowed, { allowedHosts: ["127.0.0.2"] });
    // The second host is allowed here: a direct request to it carries the token...
    await followNextLink(client, `${foreign.origin}${CONNECTIONS_PATH}`);
    expect(foreign.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    // ...so only the redirect handler's scrubbing can remove it after a redirect.
    await client.api.networkAccess.logs.connections.withUrl(redirectUrl(foreign)).get();
    expect(foreign.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it("is kept on a redirect within the same host", async () => {
    const before = allowed.requests.length;
    await clientFor(allowed).api.networkAccess.logs.connections.withUrl(redirectUrl(allowed)).get();

    const hops = allowed.requests.slice(before);
    expect(hops.map((hop) => hop.url)).toEqual([
      `/beta/redirect?to=${encodeURIComponent(allowed.origin)}`,
      CONNECTIONS_PATH,
    ]);
    for (const hop of hops) expect(hop.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it("is never asked of a token function for a foreign URL", async () => {
    const asked: string[] = [];
    const client = clientWithAuth({
      getToken: ({ url }) => {
        asked.push(url);
        return "fn-token";
      },
    });
    await followNextLink(client, `${foreign.origin}${CONNECTIONS_PATH}?$skiptoken=4`);
    expect(asked).toEqual([]);
    expect(foreign.requests.at(-1)?.headers.authorization).toBeUndefined();

    await client.connections.list();
    expect(asked).toEqual([`${allowed.origin}${CONNECTIONS_PATH}`]);
    expect(allowed.requests.at(-1)?.headers.authorization).toBe("Bearer fn-token");
  });

  it("is never asked of an Azure credential for a foreign URL", async () => {
    const scopesAsked: string[][] = [];
    const credential: TokenCredential = {
      getToken: (scopes) => {
        scopesAsked.push([scopes].flat());
        return Promise.resolve({ token: "azure-token", expiresOnTimestamp: Date.now() + 3_600_000 });
      },
    };
    const client = clientWithAuth({ credential });
    await followNextLink(client, `${foreign.origin}${CONNECTIONS_PATH}?$skiptoken=5`);
    expect(scopesAsked).toEqual([]);
    expect(foreign.requests.at(-1)?.headers.authorization).toBeUndefined();

    await client.connections.list();
    // A loopback baseUrl is no Graph cloud, so the credential is asked for global Graph's scope.
    expect(scopesAsked).toEqual([["https://graph.microsoft.com/.default"]]);
    expect(allowed.requests.at(-1)?.headers.authorization).toBe("Bearer azure-token");
  });

  it("is stripped at the wire even when a custom provider attaches it to every request", async () => {
    const careless: AuthenticationProvider = {
      authenticateRequest: (request) => {
        request.headers.add("Authorization", "Bearer careless");
        return Promise.resolve();
      },
    };
    const client = clientWithAuth({ authProvider: careless });
    await followNextLink(client, `${foreign.origin}${CONNECTIONS_PATH}?$skiptoken=6`);
    await client.connections.list();

    expect(foreign.requests.at(-1)?.headers.authorization).toBeUndefined();
    expect(allowed.requests.at(-1)?.headers.authorization).toBe("Bearer careless");
  });

  it("is refused over plain http to an allowed host, before anything is sent", async () => {
    const client = createNetworkAccessClient({ token: TEST_TOKEN });
    const error = await followNextLink(
      client,
      "http://graph.microsoft.com/beta/networkAccess/logs/connections",
    ).catch((e: unknown) => e);

    expect(isGraphError(error)).toBe(true);
    expect(error).toMatchObject({ kind: "auth" });
    expect((error as Error).message).toMatch(
      /^Refusing to send the access token over plain http to http:\/\/graph\.microsoft\.com/,
    );
  });

  it("is refused over plain http to an allowed loopback host unless allowInsecureLoopback is on", async () => {
    const client = createNetworkAccessClient({ token: TEST_TOKEN, allowedHosts: ["127.0.0.1"] });
    const before = allowed.requests.length;
    const error = await followNextLink(client, `${allowed.origin}${CONNECTIONS_PATH}`).catch(
      (e: unknown) => e,
    );

    expect(error).toMatchObject({ kind: "auth" });
    expect(allowed.requests.length).toBe(before);
  });
});
