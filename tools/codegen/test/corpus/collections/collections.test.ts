import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface Fruit {
  name?: string | null;
  color?: string | null;
}

interface Basket {
  labels?: string[] | null;
  weights?: number[] | null;
  deliveries?: Date[] | null;
  owners?: string[] | null;
  colors?: string[] | null;
  fruits?: Fruit[] | null;
}

interface CollectionsModule {
  createCollectionsClient(adapter: RequestAdapter): {
    baskets: { get(): Promise<Basket[] | undefined>; post(body: Basket): Promise<Basket | undefined> };
    labels: { get(): Promise<string[] | undefined> };
  };
}

const basketOnTheWire = {
  labels: ["fresh", "local"],
  weights: [120, 95],
  deliveries: ["2024-05-01T08:00:00.000Z", "2024-05-02T08:30:00.000Z"],
  owners: ["0f8fad5b-d9cb-469f-a165-70867728950e"],
  colors: ["red", "yellowGreen"],
  fruits: [
    { name: "apple", color: "red" },
    { name: "pear", color: "green" },
  ],
};

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<CollectionsModule["createCollectionsClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("collections");
  server = await startServer((request) => {
    if (request.method === "POST") return { status: 201, body: JSON.parse(request.body) };
    if (request.url === "/v1/labels") return { body: ["fresh", "local", "organic"] };
    return { body: [basketOnTheWire, { labels: [] }] };
  });
  const { createCollectionsClient } = await construct.load<CollectionsModule>("collectionsClient.ts");
  client = createCollectionsClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("arrays of primitives, enums and objects", () => {
  it("generates code that type-checks", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("reads array properties item by item into their types", async () => {
    const baskets = await client.baskets.get();
    expect(server.last()).toMatchObject({ method: "GET", url: "/v1/baskets" });
    expect(baskets).toHaveLength(2);
    const [first, second] = baskets ?? [];
    expect(first).toMatchObject({
      labels: ["fresh", "local"],
      weights: [120, 95],
      owners: ["0f8fad5b-d9cb-469f-a165-70867728950e"],
      colors: ["red", "yellowGreen"],
      fruits: [
        { name: "apple", color: "red" },
        { name: "pear", color: "green" },
      ],
    });
    expect(first?.deliveries).toEqual([
      new Date("2024-05-01T08:00:00.000Z"),
      new Date("2024-05-02T08:30:00.000Z"),
    ]);
    expect(second?.labels).toEqual([]);
    expect(second?.fruits).toBeUndefined();
  });

  it("reads a response that is a bare array of strings", async () => {
    expect(await client.labels.get()).toEqual(["fresh", "local", "organic"]);
    expect(server.last()).toMatchObject({ method: "GET", url: "/v1/labels" });
  });

  it("writes array properties with the model's serializer", async () => {
    const [first] = (await client.baskets.get()) ?? [];
    const stored = await client.baskets.post(first ?? {});
    expect(server.last().method).toBe("POST");
    expect(JSON.parse(server.last().body)).toEqual(basketOnTheWire);
    expect(stored?.fruits?.map((f) => f.name)).toEqual(["apple", "pear"]);
  });
});
