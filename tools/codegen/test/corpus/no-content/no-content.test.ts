import type { RequestAdapter, RequestConfiguration } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type Reply, type TestServer, startServer } from "../../support/http-server.ts";

interface NoContentModule {
  createNoContentClient(adapter: RequestAdapter): {
    items: { byItemId(id: string): { delete(config?: RequestConfiguration<object>): Promise<void> } };
  };
}

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<NoContentModule["createNoContentClient"]>;
let nextReply: Reply;

beforeAll(async () => {
  construct = await generateConstruct("no-content");
  server = await startServer(() => nextReply);
  const { createNoContentClient } = await construct.load<NoContentModule>("noContentClient.ts");
  client = createNoContentClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("a 204 DELETE", () => {
  it("generates code that type-checks", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("is sent without response handling and accepts the error media type", async () => {
    const item =
      await construct.load<Record<string, Record<string, Record<string, unknown>>>>("items/item/index.ts");
    expect(item.ItemItemRequestBuilderRequestsMetadata?.delete).toMatchObject({
      adapterMethodName: "sendNoResponseContent",
      responseBodyContentType: "application/json",
    });
    expect(item.ItemItemRequestBuilderRequestsMetadata?.delete).not.toHaveProperty("responseBodyFactory");
  });

  it("resolves to undefined on 204 and sends the If-Match header it is given", async () => {
    nextReply = { status: 204 };
    await expect(client.items.byItemId("i-1").delete({ headers: { "If-Match": 'W/"1"' } })).resolves.toBe(
      undefined,
    );
    const request = server.last();
    expect(request).toMatchObject({ method: "DELETE", url: "/v1/items/i-1", body: "" });
    expect(request.headers["if-match"]).toBe('W/"1"');
    expect(request.headers.accept).toBe("application/json");
  });

  it("still maps a failure to the error type", async () => {
    nextReply = { status: 412, body: { code: "preconditionFailed" } };
    await expect(client.items.byItemId("i-1").delete()).rejects.toMatchObject({
      responseStatusCode: 412,
      code: "preconditionFailed",
    });
  });
});
