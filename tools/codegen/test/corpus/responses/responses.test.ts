import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type Reply, type TestServer, startServer } from "../../support/http-server.ts";

interface Report {
  id?: string | null;
  title?: string | null;
}

interface ResponsesModule {
  createResponsesClient(adapter: RequestAdapter): {
    reports: {
      summary: { get(): Promise<{ total?: number | null; generatedDateTime?: Date | null } | undefined> };
      latest: { get(): Promise<Report | undefined> };
      history: { get(): Promise<{ value?: Report[] | null; odataCount?: number | null } | undefined> };
    };
  };
}

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<ResponsesModule["createResponsesClient"]>;
let nextReply: Reply;

beforeAll(async () => {
  construct = await generateConstruct("responses");
  server = await startServer(() => nextReply);
  const { createResponsesClient } = await construct.load<ResponsesModule>("responsesClient.ts");
  client = createResponsesClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

/** The error a call rejects with. */
async function failure(call: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const error: unknown = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeDefined();
  return error as Record<string, unknown>;
}

describe("inline and referenced responses", () => {
  it("generates code that type-checks, inline response types in their builder's file", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
    const summary = await construct.load<Record<string, unknown>>("reports/summary/index.ts");
    expect(summary).toHaveProperty("createSummaryGetResponseFromDiscriminatorValue");
    const history = await construct.load<Record<string, unknown>>("reports/history/index.ts");
    expect(history).toHaveProperty("createHistoryGetResponseFromDiscriminatorValue");
  });

  it("reads an inline object response", async () => {
    nextReply = { body: { total: 12, generatedDateTime: "2024-06-01T00:00:00Z", extra: true } };
    const summary = await client.reports.summary.get();
    expect(server.last()).toMatchObject({ method: "GET", url: "/v1/reports/summary" });
    expect(summary).toMatchObject({ total: 12, additionalData: { extra: true } });
    expect(summary?.generatedDateTime).toEqual(new Date("2024-06-01T00:00:00Z"));
  });

  it("reads a response declared in components/responses", async () => {
    nextReply = { body: { id: "r1", title: "June" } };
    expect(await client.reports.latest.get()).toMatchObject({ id: "r1", title: "June" });
    expect(server.last().url).toBe("/v1/reports/latest");
  });

  it("reads an inline collection built on a referenced base type", async () => {
    nextReply = { body: { "@odata.count": 1, value: [{ id: "r1", title: "June" }] } };
    expect(await client.reports.history.get()).toMatchObject({ odataCount: 1, value: [{ id: "r1" }] });
  });
});

describe("error mappings", () => {
  it("maps an exact status code to its own error type", async () => {
    nextReply = { status: 404, body: { code: "notFound", missingId: "summary" } };
    const error = await failure(() => client.reports.summary.get());
    expect(error).toMatchObject({ responseStatusCode: 404, code: "notFound", missingId: "summary" });
  });

  it("maps the rest of 4XX and 5XX to their range's error type", async () => {
    nextReply = { status: 409, body: { code: "conflict", hint: "retry later" } };
    expect(await failure(() => client.reports.summary.get())).toMatchObject({
      responseStatusCode: 409,
      hint: "retry later",
    });
    nextReply = { status: 500, body: { code: "boom", retryable: true } };
    expect(await failure(() => client.reports.summary.get())).toMatchObject({
      responseStatusCode: 500,
      retryable: true,
    });
  });

  it("maps `default` to every failure and copies the primary error message", async () => {
    nextReply = { status: 403, body: { error: { code: "forbidden", message: "No access." } } };
    const error = await failure(() => client.reports.latest.get());
    expect(error).toMatchObject({
      responseStatusCode: 403,
      message: "No access.",
      errorEscaped: { code: "forbidden", message: "No access." },
    });
  });
});
