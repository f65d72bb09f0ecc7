import { DateOnly, Duration, TimeOnly, type RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

interface Sample {
  int8Value?: number | null;
  int16Value?: number | null;
  int32Value?: number | null;
  int64Value?: number | null;
  floatValue?: number | null;
  doubleValue?: number | null;
  decimalValue?: number | null;
  flag?: boolean | null;
  createdDateTime?: Date | null;
  birthday?: DateOnly | null;
  startTime?: TimeOnly | null;
  timeout?: Duration | null;
  correlationId?: string | null;
  content?: ArrayBuffer | null;
  label?: string | null;
}

interface PrimitivesModule {
  createPrimitivesClient(adapter: RequestAdapter): {
    samples: { get(): Promise<Sample | undefined>; post(body: Sample): Promise<Sample | undefined> };
  };
}

/** One value of every format, as Graph puts it on the wire. */
const onTheWire = {
  int8Value: -8,
  int16Value: 1600,
  int32Value: 2147483647,
  int64Value: 9007199254740991,
  floatValue: 1.5,
  doubleValue: 0.1,
  decimalValue: 12.25,
  flag: true,
  createdDateTime: "2024-02-29T23:59:58.123Z",
  birthday: "2024-02-29",
  startTime: "13:14:15",
  timeout: "P1DT2H3M4S",
  correlationId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  content: "aGVsbG8gd29ybGQ",
  label: "plain",
};

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<PrimitivesModule["createPrimitivesClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("primitives");
  server = await startServer((request) =>
    request.method === "POST" ? { status: 201, body: JSON.parse(request.body) } : { body: onTheWire },
  );
  const { createPrimitivesClient } = await construct.load<PrimitivesModule>("primitivesClient.ts");
  client = createPrimitivesClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("primitive formats", () => {
  it("generates code that type-checks", async () => {
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("reads each format into its Kiota type", async () => {
    const sample = await client.samples.get();
    expect(server.last()).toMatchObject({ method: "GET", url: "/v1/samples" });
    expect(server.last().headers.accept).toBe("application/json");
    expect(sample).toMatchObject({
      int8Value: -8,
      int16Value: 1600,
      int32Value: 2147483647,
      int64Value: 9007199254740991,
      floatValue: 1.5,
      doubleValue: 0.1,
      decimalValue: 12.25,
      flag: true,
      correlationId: "0f8fad5b-d9cb-469f-a165-70867728950e",
      label: "plain",
    });
    expect(sample?.createdDateTime).toEqual(new Date("2024-02-29T23:59:58.123Z"));
    expect(sample?.birthday).toBeInstanceOf(DateOnly);
    expect(sample?.birthday?.toString()).toBe("2024-02-29");
    expect(sample?.startTime).toBeInstanceOf(TimeOnly);
    expect(sample?.startTime?.toString()).toBe("13:14:15.0000000");
    expect(sample?.timeout).toBeInstanceOf(Duration);
    expect(sample?.timeout).toMatchObject({ days: 1, hours: 2, minutes: 3, seconds: 4 });
    expect(sample?.content).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(sample?.content ?? undefined)).toBe("hello world");
  });

  it("writes each format in its wire form with the model's serializer", async () => {
    const sent: Sample = {
      int8Value: -8,
      int16Value: 1600,
      int32Value: 2147483647,
      int64Value: 9007199254740991,
      floatValue: 1.5,
      doubleValue: 0.1,
      decimalValue: 12.25,
      flag: false,
      createdDateTime: new Date("2024-02-29T23:59:58.123Z"),
      birthday: new DateOnly({ year: 2024, month: 2, day: 29 }),
      startTime: new TimeOnly({ hours: 13, minutes: 14, seconds: 15 }),
      timeout: new Duration({ days: 1, hours: 2, minutes: 3, seconds: 4 }),
      correlationId: "0f8fad5b-d9cb-469f-a165-70867728950e",
      content: new TextEncoder().encode("hello world").buffer,
      label: "plain",
    };
    const stored = await client.samples.post(sent);
    const request = server.last();
    expect(request).toMatchObject({ method: "POST", url: "/v1/samples" });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual({
      ...onTheWire,
      flag: false,
      startTime: "13:14:15.0000000",
      content: "aGVsbG8gd29ybGQ=",
    });
    expect(stored?.flag).toBe(false);
  });
});
