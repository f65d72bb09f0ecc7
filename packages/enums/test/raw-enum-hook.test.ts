// Raw enum capture through the fast node's onUnknownEnumValue hook records exactly what the
// RawEnumParseNode wrapper records, over Kiota's stock node or over the fast node itself.
import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  createParseNodeFactory,
  FastJsonParseNode,
  FastJsonParseNodeFactory,
  NetworkingProtocolObject,
  type ConnectionCollectionResponse,
  type NetworkingProtocol,
} from "@netaccess/client";
import {
  BackingStoreParseNodeFactory,
  InMemoryBackingStoreFactory,
  type BackedModel,
} from "@microsoft/kiota-abstractions";
import { describe, expect, it } from "vitest";
import {
  captureRawEnums,
  createRawEnumParseNodeFactory,
  networkAccessEnums,
  RawEnumParseNode,
  rawEnumValues,
} from "../src/index.js";
import type { ParseNode, ParseNodeFactory } from "../src/raw-values/kiota-types.js";
import { connectionPageWithUnmappableEnums, encodeJson } from "./support/connection-page.js";
import { JsonParseNodeFactory } from "./support/kiota-runtime.js";

const JSON_TYPE = "application/json";

/** The three ways to capture: the wrapper over Kiota's node, the fast node's hook, the wrapper over the fast node. */
const capturingFactories: Record<string, ParseNodeFactory> = {
  "wrapper over stock": createRawEnumParseNodeFactory(new JsonParseNodeFactory()),
  "fast hook": createRawEnumParseNodeFactory(new FastJsonParseNodeFactory()),
  "wrapper over fast": {
    getValidContentType: () => JSON_TYPE,
    getRootParseNode: (type, content) =>
      new RawEnumParseNode(new FastJsonParseNodeFactory().getRootParseNode(type, content)),
  },
};

/** Every value a server (or a broken proxy) might send for an enum property. */
const variants = (members: readonly string[], i: number): unknown[] => {
  const member = members[i % members.length] ?? "";
  return [member, member.toUpperCase(), `${member}Next`, "", null, 3, "constructor", "__proto__", [member]];
};
const connectionEnums: Record<string, readonly string[]> = {
  trafficType: networkAccessEnums.trafficType.values,
  networkProtocol: networkAccessEnums.networkingProtocol.values,
  transportProtocol: networkAccessEnums.networkingProtocol.values,
  status: networkAccessEnums.connectionStatus.values,
  deviceCategory: networkAccessEnums.deviceCategory.values,
  crossTenantAccessType: networkAccessEnums.crossTenantAccessType.values,
  deviceJoinType: networkAccessEnums.deviceJoinType.values,
};
const privateAccessEnums: Record<string, readonly string[]> = {
  accessType: networkAccessEnums.accessType.values,
  connectionStatus: networkAccessEnums.connectionStatus.values,
};

/** One model's enum properties, each given the variant `seed` picks. */
const enumRecord = (enums: Record<string, readonly string[]>, seed: number) =>
  Object.fromEntries(
    Object.entries(enums).map(([name, members], field) => {
      const options = variants(members, seed + field);
      return [name, options[(seed * 7 + field * 3) % options.length]];
    }),
  );

/** Deterministic pages walking every variant through every enum property, nested ones included. */
function generatedPage(page: number): unknown {
  return {
    value: Array.from({ length: 5 }, (_, i) => ({
      id: `c${page}-${i}`,
      ...enumRecord(connectionEnums, page * 5 + i),
      privateAccessDetails: enumRecord(privateAccessEnums, page * 11 + i),
    })),
  };
}

/** Every model of a page with the raw values captured for it. */
function readWithRawValues(factory: ParseNodeFactory, page: unknown) {
  const read = factory
    .getRootParseNode(JSON_TYPE, encodeJson(page))
    .getObjectValue<ConnectionCollectionResponse>(createConnectionCollectionResponseFromDiscriminatorValue);
  return (read.value ?? []).map((connection) => ({
    connection,
    raw: rawEnumValues(connection),
    rawPrivateAccess: rawEnumValues(connection.privateAccessDetails),
  }));
}

/** A one-property model holding a collection of enum values. */
const createProtocols =
  () =>
  (model: { protocols?: NetworkingProtocol[] } = {}) => ({
    protocols(node: ParseNode) {
      model.protocols = node.getCollectionOfEnumValues<NetworkingProtocol>(NetworkingProtocolObject);
    },
  });

/** A backed model (its field table asks for a backing store) with one enum property. */
type BackedProtocol = BackedModel & { protocol?: NetworkingProtocol };
const createBackedProtocol =
  () =>
  (model: Partial<BackedProtocol> = {}) => ({
    backingStoreEnabled: () => undefined,
    protocol(node: ParseNode) {
      model.protocol = node.getEnumValue<NetworkingProtocol>(NetworkingProtocolObject);
    },
  });

/** Reads `{ protocols }` (a collection of enums) with `factory`. */
function readProtocols(factory: ParseNodeFactory, protocols: unknown) {
  const model = factory
    .getRootParseNode(JSON_TYPE, encodeJson({ protocols }))
    .getObjectValue<{ protocols?: NetworkingProtocol[] }>(createProtocols);
  return { protocols: model.protocols, raw: rawEnumValues(model) };
}

describe("raw enum capture through the fast node's hook", () => {
  it("is what captureRawEnums uses over the fast factory: the root is the fast node, not a wrapper", () => {
    const registry = createParseNodeFactory("fast");
    captureRawEnums(registry);
    const root = registry.getRootParseNode(JSON_TYPE, encodeJson(connectionPageWithUnmappableEnums));
    expect(root).toBeInstanceOf(FastJsonParseNode);
    expect(root).not.toBeInstanceOf(RawEnumParseNode);
    const stock = createParseNodeFactory("stock");
    captureRawEnums(stock);
    expect(stock.getRootParseNode(JSON_TYPE, encodeJson({}))).toBeInstanceOf(RawEnumParseNode);
  });

  it("gives the same models and raw values as the wrapper, over 300 pages of every enum variant", () => {
    const [reference, ...others] = Object.entries(capturingFactories);
    let recorded = 0;
    for (let page = 0; page < 300; page++) {
      const body = generatedPage(page);
      const expected = reference && readWithRawValues(reference[1], body);
      for (const [name, factory] of others) {
        expect({ name, read: readWithRawValues(factory, body) }).toEqual({ name, read: expected });
      }
      recorded += (expected ?? []).filter(({ raw }) => Object.keys(raw).length > 0).length;
    }
    // Most connections lost something, so the comparison covered recorded values, not only empty ones.
    expect(recorded).toBeGreaterThan(1000);
  });

  it.each([
    [["tcp", "QUIC", "udp"]],
    [["tcp", null, "QUIC"]],
    [["tcp", "udp"]],
    [["tcp", "QUIC", 3]],
    [["", "tcp"]],
    [[]],
    ["tcp"],
    [null],
  ])("gives the same collection and raw values as the wrapper for protocols %j", (protocols) => {
    const [reference, ...others] = Object.values(capturingFactories).map((factory) =>
      readProtocols(factory, protocols),
    );
    for (const other of others) expect(other).toEqual(reference);
  });

  it("hands back a capturing root unchanged when capture is turned on twice", () => {
    const root = new FastJsonParseNodeFactory().getRootParseNode(JSON_TYPE, encodeJson({}));
    const factoryOf = (node: ParseNode): ParseNodeFactory => ({
      getValidContentType: () => JSON_TYPE,
      getRootParseNode: () => node,
    });
    const capturing = createRawEnumParseNodeFactory(factoryOf(root)).getRootParseNode(
      JSON_TYPE,
      encodeJson({}),
    );
    expect(capturing).toBeInstanceOf(FastJsonParseNode);
    expect(capturing).not.toBe(root);
    const registry = factoryOf(capturing);
    captureRawEnums(registry);
    expect(registry.getRootParseNode(JSON_TYPE, encodeJson({}))).toBe(capturing);
  });

  it("keeps the hooks Kiota's backing-store factory sets on the root, as the wrapper does", () => {
    const inners: ParseNodeFactory[] = [
      new FastJsonParseNodeFactory(new InMemoryBackingStoreFactory()),
      new JsonParseNodeFactory(new InMemoryBackingStoreFactory()),
    ];
    for (const inner of inners) {
      const factory = new BackingStoreParseNodeFactory(inner);
      captureRawEnums(factory);
      const model = factory
        .getRootParseNode(JSON_TYPE, encodeJson({ protocol: "QUIC" }))
        .getObjectValue(createBackedProtocol) as BackedProtocol;
      expect(model.backingStore?.initializationCompleted).toBe(true);
      expect(model.protocol).toBeUndefined();
      expect(rawEnumValues(model)).toEqual({ protocol: "QUIC" });
    }
  });
});
