// Raw enum capture works the same over @netaccess/client's fast JSON parse node as over Kiota's.
import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  createNetworkAccessApiClient,
  createParseNodeFactory,
  FastJsonParseNodeFactory,
  NetworkingProtocolObject,
  type ConnectionCollectionResponse,
  type NetworkingProtocol,
} from "@netaccess/client";
import { afterEach, describe, expect, it } from "vitest";
import { captureRawEnums, createRawEnumParseNodeFactory, rawEnumValues } from "../src/index.js";
import type { ParseNode, ParseNodeFactory } from "../src/raw-values/kiota-types.js";
import {
  connectionPageWithUnmappableEnums,
  encodeJson,
  unmappableRawValues,
} from "./support/connection-page.js";
import { startConnectionServer, type ConnectionServer } from "./support/connection-server.js";
import {
  AnonymousAuthenticationProvider,
  FetchRequestAdapter,
  JsonParseNodeFactory,
} from "./support/kiota-runtime.js";

const JSON_TYPE = "application/json";

function readPage(inner: ParseNodeFactory, page: unknown = connectionPageWithUnmappableEnums) {
  return createRawEnumParseNodeFactory(inner)
    .getRootParseNode(JSON_TYPE, encodeJson(page))
    .getObjectValue<ConnectionCollectionResponse>(createConnectionCollectionResponseFromDiscriminatorValue);
}

/** A one-property model holding a collection of enum values. */
interface Protocols {
  protocols?: NetworkingProtocol[];
}

/** Reads `{ protocols }` through raw enum capture over `inner`. */
function readProtocols(inner: ParseNodeFactory, protocols: unknown): Protocols {
  const protocolsModel =
    () =>
    (model: Partial<Protocols> = {}) => ({
      protocols(node: ParseNode) {
        model.protocols = node.getCollectionOfEnumValues<NetworkingProtocol>(NetworkingProtocolObject);
      },
    });
  return createRawEnumParseNodeFactory(inner)
    .getRootParseNode(JSON_TYPE, encodeJson({ protocols }))
    .getObjectValue<Protocols>(protocolsModel);
}

/** Every model of a page with the raw values captured for it, to compare two readers at once. */
const withRawValues = (page: ConnectionCollectionResponse) =>
  (page.value ?? []).map((connection) => ({
    connection,
    raw: rawEnumValues(connection),
    rawPrivateAccess: rawEnumValues(connection.privateAccessDetails),
  }));

describe("raw enum capture over the fast JSON parse node", () => {
  it("gives the models and raw values it gives over Kiota's stock node", () => {
    const fast = withRawValues(readPage(new FastJsonParseNodeFactory()));
    expect(fast).toEqual(withRawValues(readPage(new JsonParseNodeFactory())));
    expect(fast[0]?.raw).toEqual(unmappableRawValues);
    expect(fast[0]?.rawPrivateAccess).toEqual({ accessType: "partnerAccess" });
    expect(fast[1]?.raw).toEqual({});
  });

  it("keeps the whole array when a collection of enums loses a member, as over the stock node", () => {
    const readers = [new FastJsonParseNodeFactory(), new JsonParseNodeFactory()].map((inner) =>
      readProtocols(inner, ["tcp", "QUIC", "udp"]),
    );
    for (const model of readers) {
      expect(model.protocols).toEqual(["tcp", "udp"]);
      expect(rawEnumValues(model)).toEqual({ protocols: ["tcp", "QUIC", "udp"] });
    }
    expect(rawEnumValues(readProtocols(new FastJsonParseNodeFactory(), ["tcp", "udp"]))).toEqual({});
  });

  it("records enum values named like Object.prototype members, and keeps such keys in additionalData", () => {
    const page = JSON.parse(
      '{"value":[{"id":"p","trafficType":"constructor","status":"__proto__","__proto__":{"polluted":true}}]}',
    ) as unknown;
    const [connection] = readPage(new FastJsonParseNodeFactory(), page).value ?? [];
    expect(connection?.trafficType).toBeUndefined();
    expect(rawEnumValues(connection)).toEqual({ trafficType: "constructor", status: "__proto__" });
    expect(Object.getOwnPropertyDescriptor(connection?.additionalData ?? {}, "__proto__")?.value).toEqual({
      polluted: true,
    });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("captureRawEnums on an adapter reading with the fast node", () => {
  let server: ConnectionServer | undefined;
  afterEach(() => server?.close());

  it("captures over HTTP through the fetch adapter and the generated client", async () => {
    // A `__proto__` key, which Kiota's stock node rejects the page for: proof the fast node reads it.
    const page = JSON.parse(
      JSON.stringify(connectionPageWithUnmappableEnums).replace(
        '"id":"conn-2"',
        '"__proto__":1,"id":"conn-2"',
      ),
    ) as unknown;
    server = await startConnectionServer(page);
    const adapter = new FetchRequestAdapter(
      new AnonymousAuthenticationProvider(),
      createParseNodeFactory("fast"),
    );
    adapter.baseUrl = server.url;
    captureRawEnums(adapter);
    const read = await createNetworkAccessApiClient(adapter).networkAccess.logs.connections.get();
    expect(withRawValues(read ?? {})).toEqual(withRawValues(readPage(new FastJsonParseNodeFactory(), page)));
    expect(Object.getOwnPropertyDescriptor(read?.value?.[1]?.additionalData ?? {}, "__proto__")?.value).toBe(
      1,
    );
    expect(rawEnumValues(read?.value?.[0])).toEqual(unmappableRawValues);
  });
});
