import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface Order {
  id?: string | null;
  quantity?: number | null;
  placedDateTime?: Date | null;
  status?: string | null;
  lines?: Array<{
    sku?: string | null;
    price?: number | null;
    additionalData?: Record<string, unknown>;
  }> | null;
  additionalData?: Record<string, unknown>;
}

interface OrderItem {
  patch(body: Order): Promise<Order | undefined>;
  put(body: Order): Promise<void>;
}

interface RequestBodiesModule {
  createRequestBodiesClient(adapter: RequestAdapter): {
    orders: { post(body: Order): Promise<Order | undefined>; byOrderId(id: string): OrderItem };
  };
}

const order: Order = {
  quantity: 3,
  placedDateTime: new Date("2024-03-04T05:06:07.000Z"),
  status: "placed",
  lines: [{ sku: "A-1", price: 9.5 }],
  additionalData: { note: "leave at the door" },
};

const orderOnTheWire = {
  quantity: 3,
  placedDateTime: "2024-03-04T05:06:07.000Z",
  status: "placed",
  lines: [{ sku: "A-1", price: 9.5 }],
  note: "leave at the door",
};

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<RequestBodiesModule["createRequestBodiesClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("request-bodies");
  server = await startServer((request) => {
    if (request.method === "PUT") return { status: 204 };
    const stored = { ...JSON.parse(request.body), id: "o-1" };
    return { status: request.method === "POST" ? 201 : 200, body: stored };
  });
  const { createRequestBodiesClient } = await construct.load<RequestBodiesModule>("requestBodiesClient.ts");
  client = createRequestBodiesClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("request bodies", () => {
  it("generates code that type-checks", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("POSTs the model as JSON through its serializer and reads the created model", async () => {
    const created = await client.orders.post(order);
    const request = server.last();
    expect(request).toMatchObject({ method: "POST", url: "/v1/orders" });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers.accept).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual(orderOnTheWire);
    expect(created).toMatchObject({ id: "o-1", quantity: 3, status: "placed", lines: [{ sku: "A-1" }] });
    expect(created?.placedDateTime).toEqual(order.placedDateTime);
  });

  it("PATCHes only the properties that are set", async () => {
    const updated = await client.orders.byOrderId("o-1").patch({ status: "shipped" });
    const request = server.last();
    expect(request).toMatchObject({ method: "PATCH", url: "/v1/orders/o-1" });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual({ status: "shipped" });
    expect(updated).toMatchObject({ id: "o-1", status: "shipped" });
  });

  it("PUTs a body to an operation without response content", async () => {
    await expect(client.orders.byOrderId("o/2").put(order)).resolves.toBeUndefined();
    const request = server.last();
    expect(request).toMatchObject({ method: "PUT", url: "/v1/orders/o%2F2" });
    expect(JSON.parse(request.body)).toEqual(orderOnTheWire);
  });
});
