import { BackingStoreParseNodeFactory, InMemoryBackingStoreFactory } from "@microsoft/kiota-abstractions";
import type { BackedModel, Parsable, ParseNode } from "@microsoft/kiota-abstractions";
import { describe, expect, it } from "vitest";
import {
  type Connection,
  type ConnectionCollectionResponse,
  createConnectionCollectionResponseFromDiscriminatorValue,
  createConnectionFromDiscriminatorValue,
  TrafficTypeObject,
} from "../../src/generated/models/networkaccess/index.js";
import {
  FastJsonParseNodeFactory,
  type RawEnumValue,
  type UnknownEnumValueHandler,
} from "../../src/serialization/index.js";
import { createPayloadGenerator } from "./support/payload-generator.js";

const JSON_TYPE = "application/json";
const ColorObject = { Red: "red", Blue: "blue" } as const;
const encode = (body: unknown) => new TextEncoder().encode(JSON.stringify(body)).buffer;

interface Report {
  model: object;
  jsonName: string;
  raw: RawEnumValue;
}

/** A handler that keeps every report, in order. */
function recorder(): { reports: Report[]; handler: UnknownEnumValueHandler } {
  const reports: Report[] = [];
  return { reports, handler: (model, jsonName, raw) => reports.push({ model, jsonName, raw }) };
}

/** Reads `body` as a connection with a recording fast factory. */
function readConnection(body: unknown) {
  const { reports, handler } = recorder();
  const connection = new FastJsonParseNodeFactory(undefined, { onUnknownEnumValue: handler })
    .getRootParseNode(JSON_TYPE, encode(body))
    .getObjectValue<Connection>(createConnectionFromDiscriminatorValue);
  return { connection, reports };
}

/** A model of one enum collection, `colors`. */
type Colors = Parsable & { colors?: string[] };
const createColors =
  () =>
  (model: Partial<Colors> = {}) => ({
    colors: (node: ParseNode) => {
      model.colors = node.getCollectionOfEnumValues<string>(ColorObject);
    },
  });

function readColors(colors: unknown) {
  const { reports, handler } = recorder();
  const model = new FastJsonParseNodeFactory(undefined, { onUnknownEnumValue: handler })
    .getRootParseNode(JSON_TYPE, encode({ colors }))
    .getObjectValue<Colors>(createColors);
  return { model, reports };
}

/** A backed model (its field table asks for a backing store) with one enum property, `color`. */
type Backed = BackedModel & { color?: string };
const createBacked =
  () =>
  (model: Partial<Backed> = {}) => ({
    backingStoreEnabled: () => undefined,
    color: (node: ParseNode) => {
      model.color = node.getEnumValue<string>(ColorObject);
    },
  });

describe("FastJsonParseNodeFactory's onUnknownEnumValue", () => {
  it("reports each unmappable enum string with the model being filled and its JSON name", () => {
    const { connection, reports } = readConnection({
      id: "c",
      trafficType: "satellite",
      transportProtocol: "TCP",
      networkProtocol: "ipv4",
      privateAccessDetails: { accessType: "partnerAccess", connectionStatus: "open" },
    });
    expect(connection.trafficType).toBeUndefined();
    expect(connection.networkProtocol).toBe("ipv4");
    expect(reports).toEqual([
      { model: connection, jsonName: "trafficType", raw: "satellite" },
      { model: connection, jsonName: "transportProtocol", raw: "TCP" },
      { model: connection.privateAccessDetails, jsonName: "accessType", raw: "partnerAccess" },
    ]);
    expect(reports[0]?.model).toBe(connection);
    expect(reports[2]?.model).toBe(connection.privateAccessDetails);
  });

  it("reports the empty string, but not null, numbers or mapped values", () => {
    const { reports } = readConnection({
      trafficType: "",
      status: null,
      deviceCategory: 3,
      networkProtocol: "ipv6",
    });
    expect(reports.map(({ jsonName, raw }) => [jsonName, raw])).toEqual([["trafficType", ""]]);
  });

  it("reports values named like Object.prototype members", () => {
    const { connection, reports } = readConnection({ trafficType: "constructor", status: "__proto__" });
    expect(connection.trafficType).toBeUndefined();
    expect(reports.map(({ jsonName, raw }) => [jsonName, raw])).toEqual([
      ["trafficType", "constructor"],
      ["status", "__proto__"],
    ]);
  });

  it("reports every string of an enum collection that lost a member, and keeps the members it mapped", () => {
    const lossy = readColors(["red", "GREEN", null, "blue"]);
    expect(lossy.model.colors).toEqual(["red", "blue"]);
    expect(lossy.reports).toEqual([
      { model: lossy.model, jsonName: "colors", raw: ["red", "GREEN", "blue"] },
    ]);
    expect(readColors(["red", null, "blue"]).reports).toEqual([]);
    // Holding a number, the array is not read as enum strings (as raw-value capture over Kiota's node).
    expect(readColors(["red", "GREEN", 3]).reports).toEqual([]);
  });

  it("reports nothing for enums read outside a model's field readers", () => {
    const { reports, handler } = recorder();
    const root = new FastJsonParseNodeFactory(undefined, { onUnknownEnumValue: handler }).getRootParseNode(
      JSON_TYPE,
      encode({ inner: "satellite" }),
    );
    expect(root.getChildNode("inner")?.getEnumValue(TrafficTypeObject)).toBeUndefined();
    const rootEnum = new FastJsonParseNodeFactory(undefined, {
      onUnknownEnumValue: handler,
    }).getRootParseNode(JSON_TYPE, encode("satellite"));
    expect(rootEnum.getEnumValue(TrafficTypeObject)).toBeUndefined();
    expect(reports).toEqual([]);
  });

  it("reports against the backing-store proxy when the store is on", () => {
    const { reports, handler } = recorder();
    const inner = new FastJsonParseNodeFactory(new InMemoryBackingStoreFactory(), {
      onUnknownEnumValue: handler,
    });
    const model = new BackingStoreParseNodeFactory(inner)
      .getRootParseNode(JSON_TYPE, encode({ color: "GREEN" }))
      .getObjectValue(createBacked) as Backed;
    expect(model.backingStore?.initializationCompleted).toBe(true);
    expect(reports).toEqual([{ model, jsonName: "color", raw: "GREEN" }]);
    expect(reports[0]?.model).toBe(model);
  });
});

describe("FastJsonParseNode.withUnknownEnumValueHandler", () => {
  const body = { value: [{ id: "a", trafficType: "satellite" }] };

  it("turns reporting on for one response, leaving the original node silent", () => {
    const { reports, handler } = recorder();
    const root = new FastJsonParseNodeFactory().getRootParseNode(JSON_TYPE, encode(body));
    const reporting = root.withUnknownEnumValueHandler(handler);
    expect(reporting).not.toBe(root);
    root.getObjectValue(createConnectionCollectionResponseFromDiscriminatorValue);
    expect(reports).toEqual([]);
    const page = reporting.getObjectValue<ConnectionCollectionResponse>(
      createConnectionCollectionResponseFromDiscriminatorValue,
    );
    expect(reports).toEqual([{ model: page.value?.[0], jsonName: "trafficType", raw: "satellite" }]);
  });

  it("keeps the onBefore/onAfterAssignFieldValues hooks set on the node", () => {
    const calls: string[] = [];
    const root = new FastJsonParseNodeFactory().getRootParseNode(JSON_TYPE, encode(body));
    root.onBeforeAssignFieldValues = () => calls.push("before");
    root.onAfterAssignFieldValues = () => calls.push("after");
    root
      .withUnknownEnumValueHandler((_, jsonName) => calls.push(jsonName))
      .getObjectValue(createConnectionCollectionResponseFromDiscriminatorValue);
    expect(calls).toEqual(["before", "trafficType", "after"]);
  });

  it("calls the handler after the one the node already has", () => {
    const calls: string[] = [];
    const root = new FastJsonParseNodeFactory(undefined, {
      onUnknownEnumValue: (_, jsonName, raw) => calls.push(`factory ${jsonName}=${String(raw)}`),
    }).getRootParseNode(JSON_TYPE, encode(body));
    root
      .withUnknownEnumValueHandler((_, jsonName, raw) => calls.push(`added ${jsonName}=${String(raw)}`))
      .getObjectValue(createConnectionCollectionResponseFromDiscriminatorValue);
    expect(calls).toEqual(["factory trafficType=satellite", "added trafficType=satellite"]);
  });
});

/** Reads a connections page body with `factory`. */
const readWith = (factory: FastJsonParseNodeFactory, body: string) =>
  factory
    .getRootParseNode(JSON_TYPE, new TextEncoder().encode(body).buffer)
    .getObjectValue(createConnectionCollectionResponseFromDiscriminatorValue);

describe("models read with and without onUnknownEnumValue", () => {
  it("are deep-equal for 500 generated pages with unknown, wrong-case and hostile enum values", () => {
    const generate = createPayloadGenerator({ seed: 17 });
    const { reports, handler } = recorder();
    const plain = new FastJsonParseNodeFactory();
    const reporting = new FastJsonParseNodeFactory(undefined, { onUnknownEnumValue: handler });
    for (let i = 0; i < 500; i++) {
      const { body } = generate.connectionPage();
      expect(readWith(reporting, body)).toEqual(readWith(plain, body));
    }
    // The generated pages do hold unmappable values: the comparison above covered reporting.
    expect(reports.length).toBeGreaterThan(100);
  });
});
