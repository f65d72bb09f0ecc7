import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  createConnectionFromDiscriminatorValue,
  NetworkingProtocolObject,
  type Connection,
  type ConnectionCollectionResponse,
  type NetworkingProtocol,
} from "@netaccess/client";
import { describe, expect, it } from "vitest";
import { captureRawEnums, createRawEnumParseNodeFactory, rawEnumValues } from "../src/index.js";
import type { ParseNode } from "../src/raw-values/kiota-types.js";
import { JsonParseNodeFactory, ParseNodeFactoryRegistry } from "./support/kiota-runtime.js";
import {
  connectionPageWithUnmappableEnums,
  encodeJson,
  unmappableRawValues,
} from "./support/connection-page.js";

const JSON_TYPE = "application/json";

function readPage(factory = createRawEnumParseNodeFactory(new JsonParseNodeFactory())): Connection[] {
  const page = factory
    .getRootParseNode(JSON_TYPE, encodeJson(connectionPageWithUnmappableEnums))
    .getObjectValue<ConnectionCollectionResponse>(createConnectionCollectionResponseFromDiscriminatorValue);
  return page.value ?? [];
}

describe("plain deserialization with createRawEnumParseNodeFactory", () => {
  it("leaves the typed fields exactly as Kiota sets them", () => {
    const plain = readPage(new JsonParseNodeFactory());
    const captured = readPage();
    expect(captured).toEqual(plain);
    expect(captured[0]?.trafficType).toBeUndefined();
    expect(captured[0]?.transportProtocol).toBeUndefined();
    expect(captured[0]?.networkProtocol).toBe("ipv4");
  });

  it("keeps the raw values Kiota dropped, under their JSON names", () => {
    const [first, second] = readPage();
    expect(rawEnumValues(first)).toEqual(unmappableRawValues);
    expect(rawEnumValues(first?.privateAccessDetails)).toEqual({ accessType: "partnerAccess" });
    expect(rawEnumValues(second)).toEqual({});
    expect(rawEnumValues(second?.privateAccessDetails)).toEqual({});
  });

  it("records nothing for models read without the wrapper", () => {
    const [first] = readPage(new JsonParseNodeFactory());
    expect(rawEnumValues(first)).toEqual({});
  });

  it("records the empty string, which Kiota also drops, but not null", () => {
    const connection = createRawEnumParseNodeFactory(new JsonParseNodeFactory())
      .getRootParseNode(JSON_TYPE, encodeJson({ id: "x", trafficType: "", status: null }))
      .getObjectValue<Connection>(createConnectionFromDiscriminatorValue);
    expect(connection.trafficType).toBeUndefined();
    expect(rawEnumValues(connection)).toEqual({ trafficType: "" });
  });

  it("keeps the whole array when a collection of enums loses a member", () => {
    interface Protocols {
      protocols?: NetworkingProtocol[];
    }
    const createProtocols =
      () =>
      (instance: Partial<Protocols> = {}) => ({
        protocols: (node: ParseNode) => {
          instance.protocols = node.getCollectionOfEnumValues<NetworkingProtocol>(NetworkingProtocolObject);
        },
      });
    const read = (protocols: unknown) =>
      createRawEnumParseNodeFactory(new JsonParseNodeFactory())
        .getRootParseNode(JSON_TYPE, encodeJson({ protocols }))
        .getObjectValue<Protocols>(createProtocols);

    const lossy = read(["tcp", "QUIC", "udp"]);
    expect(lossy.protocols).toEqual(["tcp", "udp"]);
    expect(rawEnumValues(lossy)).toEqual({ protocols: ["tcp", "QUIC", "udp"] });
    expect(rawEnumValues(read(["tcp", "udp"]))).toEqual({});
  });

  it("returns a frozen snapshot", () => {
    const [first] = readPage();
    expect(Object.isFrozen(rawEnumValues(first))).toBe(true);
    expect(rawEnumValues(undefined)).toEqual({});
  });
});

describe("captureRawEnums on a registry", () => {
  it("captures for whatever factory is registered, including one registered afterwards", () => {
    const registry = new ParseNodeFactoryRegistry();
    captureRawEnums(registry);
    registry.contentTypeAssociatedFactories.set(JSON_TYPE, new JsonParseNodeFactory());
    const [first] = readPage(registry);
    expect(first?.trafficType).toBeUndefined();
    expect(rawEnumValues(first)).toEqual(unmappableRawValues);
  });

  it("is harmless when applied twice or over a wrapped factory", () => {
    const registry = new ParseNodeFactoryRegistry();
    registry.contentTypeAssociatedFactories.set(
      JSON_TYPE,
      createRawEnumParseNodeFactory(new JsonParseNodeFactory()),
    );
    captureRawEnums(registry);
    captureRawEnums(registry);
    const [first] = readPage(registry);
    expect(rawEnumValues(first?.privateAccessDetails)).toEqual({ accessType: "partnerAccess" });
  });
});
