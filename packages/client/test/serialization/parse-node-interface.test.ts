import {
  BackingStoreParseNodeFactory,
  createUntypedNodeFromDiscriminatorValue,
  InMemoryBackingStoreFactory,
  isUntypedNode,
} from "@microsoft/kiota-abstractions";
import type {
  BackedModel,
  Parsable,
  ParseNode,
  ParseNodeFactory,
  UntypedNode,
} from "@microsoft/kiota-abstractions";
import { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";
import { describe, expect, it } from "vitest";
import { FastJsonParseNode, FastJsonParseNodeFactory } from "../../src/serialization/index.js";
import { read, readBoth } from "./support/read-both.js";

const ColorObject = { Red: "red", Blue: "blue", UnknownFutureValue: "unknownFutureValue" } as const;

/** A model with one property per ParseNode method, each converted to something deep-equal can compare. */
type Sink = Parsable & Record<string, unknown>;
const plainUntyped = (node: UntypedNode | undefined): unknown => {
  if (!isUntypedNode(node)) return node;
  const value: unknown = node.getValue();
  if (Array.isArray(value)) return value.map((item: UntypedNode) => plainUntyped(item));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, plainUntyped(item as UntypedNode)]),
    );
  }
  return value;
};
const bytes = (buffer: ArrayBuffer | undefined) => buffer && Array.from(new Uint8Array(buffer));
const READERS: Record<string, (node: ParseNode) => unknown> = {
  string: (n) => n.getStringValue(),
  boolean: (n) => n.getBooleanValue(),
  number: (n) => n.getNumberValue(),
  guid: (n) => n.getGuidValue(),
  date: (n) => n.getDateValue(),
  dateOnly: (n) => n.getDateOnlyValue(),
  timeOnly: (n) => n.getTimeOnlyValue(),
  duration: (n) => n.getDurationValue(),
  bytes: (n) => bytes(n.getByteArrayValue()),
  strings: (n) => n.getCollectionOfPrimitiveValues("string"),
  numbers: (n) => n.getCollectionOfPrimitiveValues("number"),
  booleans: (n) => n.getCollectionOfPrimitiveValues("boolean"),
  dates: (n) => n.getCollectionOfPrimitiveValues("Date"),
  dateOnlys: (n) => n.getCollectionOfPrimitiveValues("DateOnly"),
  timeOnlys: (n) => n.getCollectionOfPrimitiveValues("TimeOnly"),
  durations: (n) => n.getCollectionOfPrimitiveValues("Duration"),
  color: (n) => n.getEnumValue(ColorObject),
  colors: (n) => n.getCollectionOfEnumValues(ColorObject),
  child: (n) => n.getObjectValue(createSink),
  children: (n) => n.getCollectionOfObjectValues(createSink),
  untyped: (n) => plainUntyped(n.getObjectValue(createUntypedNodeFromDiscriminatorValue)),
  childNode: (n) => n.getChildNode("inner")?.getStringValue(),
};
function createSink(_node: ParseNode | undefined) {
  return (sink: Partial<Sink> = {}) =>
    Object.fromEntries(
      Object.entries(READERS).map(([name, readValue]) => [
        name,
        (n: ParseNode) => (sink[name] = readValue(n)),
      ]),
    );
}

const VALUES: unknown[] = [
  "text",
  "",
  0,
  1,
  -1.5,
  2 ** 53 + 2,
  true,
  false,
  null,
  [],
  {},
  "red",
  "RED",
  "blue ",
  "constructor",
  "2024-02-29",
  "2024-02-30",
  "12:34:56",
  "25:00:00",
  "P1DT2H3M4S",
  "PT1.5S",
  "-P1D",
  "2024-01-02T03:04:05.678Z",
  "not a date",
  "00000000-0000-0000-0000-000000000000",
  "{0d2b7e3a-51c4-4d0e-9f6a-8c1b2a3d4e5f}",
  "aGVsbG8=",
  "*not base64*",
  ["a", "b"],
  ["a", 1, null],
  [1, 2.5, null],
  [true, null],
  ["red", "RED", "blue", 3, null],
  ["2024-01-01", "12:00:00", "PT1H"],
  [{ string: "x" }, null, 1],
  { inner: "v", string: "s", number: 2 },
  { untyped: [1, "two", { three: [true, null] }] },
  [[["deep"]]],
];

describe("every ParseNode method gives what Kiota's JsonParseNode gives", () => {
  it.each(Object.keys(READERS))("%s, for every kind of JSON value", (field) => {
    for (const value of VALUES) {
      const body = JSON.stringify({ [field]: value });
      const { stock, fast } = readBoth(body, createSink);
      expect(fast, body).toStrictEqual(stock);
    }
  });

  it("a whole model nested three deep, with additional data", () => {
    const body = JSON.stringify({
      string: "s",
      number: 3,
      colors: ["red", "green"],
      unknown: { a: [1] },
      child: {
        date: "2024-01-02T00:00:00Z",
        child: { duration: "PT5M", extra: null },
        children: [{ boolean: true }],
      },
    });
    const { stock, fast } = readBoth(body, createSink);
    expect("model" in fast).toBe(true);
    expect(fast).toStrictEqual(stock);
  });

  it("root nodes of any JSON value", () => {
    for (const value of VALUES) {
      const body = JSON.stringify(value);
      const { stock, fast } = readBoth(body, createSink);
      expect(fast, body).toStrictEqual(stock);
      const untyped = (factory: ParseNodeFactory) => {
        const outcome = read(factory, body, createUntypedNodeFromDiscriminatorValue);
        return "model" in outcome ? plainUntyped(outcome.model) : outcome;
      };
      expect(untyped(new FastJsonParseNodeFactory()), body).toStrictEqual(
        untyped(new JsonParseNodeFactory()),
      );
    }
  });

  it("the factory checks content and content type as Kiota's does", () => {
    const content = new TextEncoder().encode("{}").buffer;
    const attempts: [string, ArrayBuffer][] = [
      ["", content],
      ["text/plain", content],
    ];
    for (const [contentType, body] of attempts) {
      const failure = (factory: ParseNodeFactory) => () => factory.getRootParseNode(contentType, body);
      expect(failure(new FastJsonParseNodeFactory())).toThrow(
        expect.objectContaining({ message: errorOf(failure(new JsonParseNodeFactory())) }),
      );
    }
    expect(new FastJsonParseNodeFactory().getValidContentType()).toBe("application/json");
  });
});

/** The hook calls around reading a small nested body as the root model. */
function trace(factory: ParseNodeFactory): string[] {
  const calls: string[] = [];
  const node = factory.getRootParseNode(
    "application/json",
    new TextEncoder().encode('{"string":"a","child":{"string":"b"}}').buffer,
  );
  node.onBeforeAssignFieldValues = (model) => calls.push(`before ${JSON.stringify(model)}`);
  node.onAfterAssignFieldValues = (model) => calls.push(`after ${(model as Sink)["string"]}`);
  node.getObjectValue(createSink);
  return calls;
}

/** A model that opts into the backing store. */
const createBacked =
  () =>
  (model: Partial<BackedModel & { name?: string }> = {}) => ({
    backingStoreEnabled: () => undefined,
    name: (n: ParseNode) => {
      model.name = n.getStringValue();
    },
  });

describe("hooks, backing store and enum lookups", () => {
  it("calls onBefore/onAfterAssignFieldValues around the root model's fields, like Kiota", () => {
    const fast = trace(new FastJsonParseNodeFactory());
    expect(fast).toEqual(["before {}", "after a"]);
    expect(fast).toEqual(trace(new JsonParseNodeFactory()));
  });

  it("fills backed models through their backing store and marks them initialised", () => {
    const models = [
      new FastJsonParseNodeFactory(new InMemoryBackingStoreFactory()),
      new JsonParseNodeFactory(new InMemoryBackingStoreFactory()),
    ].map((inner) => {
      const node = new BackingStoreParseNodeFactory(inner).getRootParseNode(
        "application/json",
        new TextEncoder().encode('{"name":"n"}').buffer,
      );
      return node.getObjectValue(createBacked) as BackedModel & { name?: string };
    });
    for (const model of models) {
      expect(model.backingStore?.get("name")).toBe("n");
      expect(model.backingStore?.initializationCompleted).toBe(true);
    }
  });

  it("builds an enum's reverse map once, where Kiota rebuilds it for every value", () => {
    const reads = { count: 0 };
    const countingEnum = new Proxy(
      { ...ColorObject },
      {
        ownKeys: (target) => (reads.count++, Reflect.ownKeys(target)),
      },
    );
    const node = new FastJsonParseNode(["red", "blue", "nope"]);
    for (let i = 0; i < 100; i++) node.getCollectionOfEnumValues(countingEnum);
    expect(node.getCollectionOfEnumValues(countingEnum)).toEqual(["red", "blue"]);
    expect(reads.count).toBe(1);
  });

  it("refuses a missing enum type with a TypeError", () => {
    expect(() => new FastJsonParseNode("red").getEnumValue(undefined)).toThrow(TypeError);
  });
});

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}
