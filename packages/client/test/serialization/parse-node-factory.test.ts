import { AnonymousAuthenticationProvider } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetworkAccessApiClient } from "../../src/generated/networkAccessApiClient.js";
import { createParseNodeFactory, FastJsonParseNode } from "../../src/serialization/index.js";
import type { ParseNodeFactoryKind } from "../../src/serialization/index.js";
import { connectionPage } from "../compat/fixtures/payloads.js";
import { startServer } from "../support/local-server.js";
import type { LocalServer } from "../support/local-server.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url?.endsWith("/$count")) {
      response.writeHead(200, { "content-type": "text/plain" }).end("42");
    } else {
      response
        .writeHead(200, { "content-type": "application/json; odata.metadata=minimal" })
        .end(connectionPage);
    }
  });
});
afterAll(() => server.close());

/** The generated client over the real fetch adapter, reading with the given kind of JSON parse node. */
function clientWith(kind: ParseNodeFactoryKind) {
  const adapter = new FetchRequestAdapter(
    new AnonymousAuthenticationProvider(),
    createParseNodeFactory(kind),
  );
  adapter.baseUrl = `${server.origin}/beta`;
  return { adapter, api: createNetworkAccessApiClient(adapter) };
}

describe("createParseNodeFactory", () => {
  it("keeps the chosen JSON factory when the generated client registers Kiota's defaults", () => {
    const { adapter } = clientWith("fast");
    const root = adapter
      .getParseNodeFactory()
      .getRootParseNode("application/json", new TextEncoder().encode("{}").buffer);
    expect(root).toBeInstanceOf(FastJsonParseNode);
    const stock = clientWith("stock")
      .adapter.getParseNodeFactory()
      .getRootParseNode("application/json", new TextEncoder().encode("{}").buffer);
    expect(stock).not.toBeInstanceOf(FastJsonParseNode);
  });

  it("reads a connections page over HTTP identically with either kind, and text/plain counts", async () => {
    const [fast, stock] = await Promise.all(
      (["fast", "stock"] as const).map((kind) => clientWith(kind).api.networkAccess.logs.connections.get()),
    );
    expect(fast?.value?.length).toBeGreaterThan(0);
    expect(fast).toStrictEqual(stock);
    await expect(clientWith("fast").api.networkAccess.logs.connections.count.get()).resolves.toBe(42);
  });

  it("defaults to fast and refuses anything but fast or stock", () => {
    const registry = createParseNodeFactory();
    expect(
      registry.getRootParseNode("application/json", new TextEncoder().encode("1").buffer),
    ).toBeInstanceOf(FastJsonParseNode);
    for (const bad of ["Fast", "", "constructor", 1, null]) {
      expect(() => createParseNodeFactory(bad as ParseNodeFactoryKind)).toThrow(
        new TypeError(
          `parseNodeFactory must be "fast" or "stock"; got ${typeof bad === "string" ? JSON.stringify(bad) : `${typeof bad} ${String(bad)}`}.`,
        ),
      );
    }
  });
});
