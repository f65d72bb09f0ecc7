import type { RequestAdapter, RequestConfiguration } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface CountModule {
  createCountClient(adapter: RequestAdapter): {
    items: {
      count: { get(config?: RequestConfiguration<{ filter?: string }>): Promise<number | undefined> };
    };
  };
}

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<CountModule["createCountClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("count");
  server = await startServer(() => ({ body: "42", headers: { "content-type": "text/plain" } }));
  const { createCountClient } = await construct.load<CountModule>("countClient.ts");
  client = createCountClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("a text/plain $count", () => {
  it("generates code that type-checks, in a `count` folder", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
    expect(construct.files).toContain("items/count/index.ts");
  });

  it("reads the plain-text number through the text parse node", async () => {
    await expect(client.items.count.get({ queryParameters: { filter: "kind eq 'tool'" } })).resolves.toBe(42);
    const request = server.last();
    expect(request.method).toBe("GET");
    expect(decodeURIComponent(request.url)).toBe("/v1/items/$count?$filter=kind eq 'tool'");
    expect(request.headers.accept).toBe("text/plain;q=0.9");
  });
});
