import type { RequestAdapter, RequestConfiguration } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface SearchParameters {
  apiVersion?: string;
  includeArchived?: boolean;
  kind?: string;
  select?: string[];
  since?: Date;
  tags?: string[];
  top?: number;
}

interface QueryParametersModule {
  createQueryParametersClient(adapter: RequestAdapter): {
    items: {
      get(
        config?: RequestConfiguration<SearchParameters>,
      ): Promise<Array<{ id?: string | null }> | undefined>;
    };
  };
}

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<QueryParametersModule["createQueryParametersClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("query-parameters");
  server = await startServer(() => ({ body: [{ id: "i1" }] }));
  const { createQueryParametersClient } =
    await construct.load<QueryParametersModule>("queryParametersClient.ts");
  client = createQueryParametersClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("query parameters", () => {
  it("generates code that type-checks", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("lists every parameter in the URI template, encoded, exploded unless `explode: false`", async () => {
    const builder = await construct.load<Record<string, unknown>>("items/index.ts");
    expect(builder.ItemsRequestBuilderUriTemplate).toBe(
      "{+baseurl}/items{?%24select,%24top,api%2Dversion*,includeArchived*,kind*,since*,tags*}",
    );
  });

  it("sends each parameter under its wire name", async () => {
    const items = await client.items.get({
      queryParameters: {
        select: ["id", "name"],
        top: 5,
        tags: ["red", "blue"],
        since: new Date("2024-01-02T03:04:05.000Z"),
        kind: "tool",
        apiVersion: "2024-01",
        includeArchived: false,
      },
    });
    expect(items).toEqual([{ id: "i1" }]);
    // Dates go out as ISO-8601 UTC; the template expansion percent-encodes the colons.
    expect(server.last().url).toContain("&since=2024-01-02T03%3A04%3A05.000Z&");
    const url = new URL(server.last().url, server.origin);
    expect(url.pathname).toBe("/v1/items");
    expect([...url.searchParams]).toEqual([
      ["$select", "id,name"],
      ["$top", "5"],
      ["api-version", "2024-01"],
      ["includeArchived", "false"],
      ["kind", "tool"],
      ["since", "2024-01-02T03:04:05.000Z"],
      ["tags", "red"],
      ["tags", "blue"],
    ]);
  });

  it("leaves out parameters that are not set", async () => {
    await client.items.get({ queryParameters: { top: 1 } });
    expect(server.last().url).toBe("/v1/items?$top=1");
    await client.items.get();
    expect(server.last().url).toBe("/v1/items");
  });
});
