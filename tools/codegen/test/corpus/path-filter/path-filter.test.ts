import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface Thing {
  id?: string | null;
}

interface PathFilterModule {
  createPathFilterClient(adapter: RequestAdapter): {
    shop: {
      products: {
        get(): Promise<Thing[] | undefined>;
        byProductId(id: string): { get(): Promise<Thing | undefined> };
      };
      internal?: unknown;
    };
    admin: { audit: { get(): Promise<Thing[] | undefined> }; users?: unknown };
  };
}

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<PathFilterModule["createPathFilterClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("path-filter");
  server = await startServer((request) => ({
    body: request.url.endsWith("/p-1") ? { id: "p-1" } : [{ id: "a" }, { id: "b" }],
  }));
  const { createPathFilterClient } = await construct.load<PathFilterModule>("pathFilterClient.ts");
  client = createPathFilterClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("include and exclude path patterns from the lock", () => {
  it("generates code that type-checks, with builders only for the kept paths and their parents", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
    expect(construct.files.filter((f) => f.endsWith("/index.ts"))).toEqual([
      "admin/audit/index.ts",
      "admin/index.ts",
      "models/index.ts",
      "shop/index.ts",
      "shop/products/index.ts",
      "shop/products/item/index.ts",
    ]);
  });

  it("navigates to the included paths", async () => {
    expect(await client.shop.products.get()).toEqual([{ id: "a" }, { id: "b" }]);
    expect(server.last().url).toBe("/v1/shop/products");
    expect(await client.shop.products.byProductId("p-1").get()).toEqual({ id: "p-1" });
    expect(server.last().url).toBe("/v1/shop/products/p-1");
    expect(await client.admin.audit.get()).toHaveLength(2);
    expect(server.last().url).toBe("/v1/admin/audit");
  });

  it("has no navigation to the excluded paths", () => {
    expect(() => client.shop.internal).toThrow("couldn't find navigation property internal");
    expect(() => client.admin.users).toThrow("couldn't find navigation property users");
  });
});
