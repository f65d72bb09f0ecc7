import { AnonymousAuthenticationProvider, type RequestOption } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import type { Middleware } from "@microsoft/kiota-http-fetchlibrary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient, createNetworkAccessClient, GraphTimeoutError } from "../src/index.js";
import type { TokenRequest } from "../src/index.js";
import { clientFor } from "./support/clients.js";
import { sendJson, startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

const CLAIMS_JSON = '{"access_token":{"nbf":{"essential":true,"value":"1714521600"}}}';

let unavailableCalls = 0;
let challengeCalls = 0;
let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? "/", server.origin).pathname;
    if (path.endsWith("/unavailable") && ++unavailableCalls === 1) {
      sendJson(
        response,
        503,
        { error: { code: "ServiceUnavailable", message: "Busy." } },
        { "retry-after": "0" },
      );
    } else if (path.endsWith("/challenge") && ++challengeCalls === 1) {
      response.writeHead(401, {
        "www-authenticate": `Bearer realm="", error="insufficient_claims", claims="${btoa(CLAIMS_JSON)}"`,
      });
      response.end();
    } else if (path.endsWith("/slow")) {
      setTimeout(() => sendJson(response, 200, { id: "slow" }), 1000).unref();
    } else {
      sendJson(response, 200, { id: path.split("/").at(-1) });
    }
  });
});

afterAll(() => server.close());

describe("client options", () => {
  it("sends through a custom fetch, handing it the call's signal", async () => {
    const seen: { url: string; signal: AbortSignal | null | undefined }[] = [];
    const client = clientFor(server, {
      fetch: (url, init) => {
        seen.push({ url, signal: init.signal });
        return fetch(url, init);
      },
    });
    await client.connections.get("via-custom-fetch");

    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(`${server.origin}/beta/networkAccess/logs/connections/via-custom-fetch`);
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it("runs extra middleware before fetch", async () => {
    const stamp: Middleware = {
      next: undefined,
      execute(url: string, init: RequestInit, options?: Record<string, RequestOption>) {
        (init.headers as Record<string, string>)["x-stamp"] = "stamped";
        if (!this.next) throw new Error("no next middleware");
        return this.next.execute(url, init, options);
      },
    };
    await clientFor(server, { middleware: [stamp] }).connections.get("stamped");

    expect(server.requests.at(-1)?.headers["x-stamp"]).toBe("stamped");
  });

  it("keeps Kiota's retry on by default (503 with Retry-After)", async () => {
    unavailableCalls = 0;
    const before = server.requests.length;
    const connection = await clientFor(server).connections.get("unavailable");

    expect(connection.id).toBe("unavailable");
    expect(server.requests.length - before).toBe(2);
  });

  it("passes a Continuous Access Evaluation claims challenge to the token function, decoded", async () => {
    challengeCalls = 0;
    const asked: TokenRequest[] = [];
    const client = createNetworkAccessClient({
      baseUrl: `${server.origin}/beta`,
      allowInsecureLoopback: true,
      getToken: (request) => {
        asked.push(request);
        return request.claims ? "token-with-claims" : "plain-token";
      },
    });
    const connection = await client.connections.get("challenge");

    expect(connection.id).toBe("challenge");
    expect(asked.map((request) => request.claims)).toEqual([undefined, CLAIMS_JSON]);
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer token-with-claims");
  });

  it("works on your own request adapter built with createHttpClient", async () => {
    const requestAdapter = new FetchRequestAdapter(
      new AnonymousAuthenticationProvider(),
      undefined,
      undefined,
      createHttpClient({ allowedHosts: ["127.0.0.1"], allowInsecureLoopback: true, timeoutMs: 150 }),
    );
    const client = createNetworkAccessClient({ requestAdapter, baseUrl: `${server.origin}/beta/` });

    expect(client.requestAdapter).toBe(requestAdapter);
    expect(requestAdapter.baseUrl).toBe(`${server.origin}/beta`);
    await expect(client.connections.get("own-adapter")).resolves.toMatchObject({ id: "own-adapter" });
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
    await expect(client.connections.get("slow")).rejects.toBeInstanceOf(GraphTimeoutError);
  });
});
