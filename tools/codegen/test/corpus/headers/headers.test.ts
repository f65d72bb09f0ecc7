import type { RequestAdapter, RequestConfiguration } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface HeadersModule {
  createHeadersClient(adapter: RequestAdapter): {
    items: {
      byItemId(id: string): {
        get(config?: RequestConfiguration<object>): Promise<{ id?: string | null } | undefined>;
      };
    };
  };
}

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<HeadersModule["createHeadersClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("headers");
  server = await startServer((request) => ({ body: { id: request.url.split("/").at(-1) } }));
  const { createHeadersClient } = await construct.load<HeadersModule>("headersClient.ts");
  client = createHeadersClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("header parameters", () => {
  it("generates code that type-checks", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("keeps header parameters out of the URI template and the query parameters, as Kiota does", async () => {
    const item = await construct.load<Record<string, unknown>>("items/item/index.ts");
    expect(item.ItemItemRequestBuilderUriTemplate).toBe("{+baseurl}/items/{item%2Did}");
    expect(Object.keys(item).filter((name) => name.includes("QueryParameters"))).toEqual([]);
  });

  it("sends the headers given in the request configuration, next to the Accept header", async () => {
    const item = await client.items.byItemId("i-1").get({
      headers: { ConsistencyLevel: "eventual", Prefer: "odata.maxpagesize=5" },
    });
    expect(item).toEqual({ id: "i-1" });
    const request = server.last();
    expect(request).toMatchObject({ method: "GET", url: "/v1/items/i-1" });
    expect(request.headers).toMatchObject({
      accept: "application/json",
      consistencylevel: "eventual",
      prefer: "odata.maxpagesize=5",
    });
  });
});
