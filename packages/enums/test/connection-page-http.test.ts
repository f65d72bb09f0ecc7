import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  createNetworkAccessApiClient,
  createNetworkAccessClient,
  type Connection,
  type ConnectionCollectionResponse,
} from "@netaccess/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  captureRawEnums,
  createRawEnumParseNodeFactory,
  networkingProtocol,
  rawEnumValues,
  trafficType,
  withUnknownEnumMembers,
} from "../src/index.js";
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
  ParseNodeFactoryRegistry,
} from "./support/kiota-runtime.js";

const JSON_TYPE = "application/json";
let server: ConnectionServer;

beforeAll(async () => {
  server = await startConnectionServer(connectionPageWithUnmappableEnums);
});
afterAll(async () => {
  await server.close();
});

/** A real FetchRequestAdapter on `registry`, pointed at the test server. */
function adapterOn(registry: InstanceType<typeof ParseNodeFactoryRegistry>) {
  const adapter = new FetchRequestAdapter(new AnonymousAuthenticationProvider(), registry);
  adapter.baseUrl = server.url;
  return adapter;
}

async function firstConnection(api: ReturnType<typeof createNetworkAccessApiClient>): Promise<Connection> {
  const page = await api.networkAccess.logs.connections.get({ headers: withUnknownEnumMembers() });
  const first = page?.value?.[0];
  if (!first) throw new Error("the page had no connection");
  return first;
}

describe("a connection page with an unknown trafficType and TCP in capitals", () => {
  it("keeps Kiota's typed fields and the server's raw values (captureRawEnums, any order)", async () => {
    const adapter = adapterOn(new ParseNodeFactoryRegistry());
    captureRawEnums(adapter);
    const connection = await firstConnection(createNetworkAccessApiClient(adapter));

    expect(connection.trafficType).toBeUndefined();
    expect(connection.transportProtocol).toBeUndefined();
    expect(connection.networkProtocol).toBe("ipv4");
    expect(connection.deviceCategory).toBe("remoteNetwork");

    const raw = rawEnumValues(connection);
    expect(raw).toEqual(unmappableRawValues);
    expect(rawEnumValues(connection.privateAccessDetails)).toEqual({ accessType: "partnerAccess" });
    expect(trafficType.parse(raw["trafficType"] as string)).toEqual({ kind: "unknown", raw: "satellite" });
    expect(networkingProtocol.parse(raw["transportProtocol"] as string, { caseInsensitive: true })).toBe(
      "tcp",
    );
  });

  it("sends the Prefer header withUnknownEnumMembers adds", async () => {
    const before = server.requests.length;
    await firstConnection(createNetworkAccessApiClient(adapterOn(new ParseNodeFactoryRegistry())));
    expect(server.requests.slice(before).map((headers) => headers.prefer)).toEqual([
      "include-unknown-enum-members",
    ]);
  });

  it("works with the wrapped JSON factory registered after the client is created", async () => {
    const registry = new ParseNodeFactoryRegistry();
    const api = createNetworkAccessApiClient(adapterOn(registry));
    registry.contentTypeAssociatedFactories.set(
      JSON_TYPE,
      createRawEnumParseNodeFactory(new JsonParseNodeFactory()),
    );
    const connection = await firstConnection(api);
    expect(connection.trafficType).toBeUndefined();
    expect(rawEnumValues(connection)).toEqual(unmappableRawValues);
  });

  it("loses the raw values when the wrapped factory is registered before the client, which replaces it", async () => {
    const registry = new ParseNodeFactoryRegistry();
    const wrapped = createRawEnumParseNodeFactory(new JsonParseNodeFactory());
    registry.contentTypeAssociatedFactories.set(JSON_TYPE, wrapped);
    const api = createNetworkAccessApiClient(adapterOn(registry));
    expect(registry.contentTypeAssociatedFactories.get(JSON_TYPE)).not.toBe(wrapped);
    const connection = await firstConnection(api);
    expect(connection.trafficType).toBeUndefined();
    expect(rawEnumValues(connection)).toEqual({});
  });
});

/** The facade client pointed at the test server, as the README builds it. */
const facade = () =>
  createNetworkAccessClient({ token: "test", baseUrl: server.url, allowInsecureLoopback: true });

describe("the README's examples, with no Kiota package imported", () => {
  it("captures through the facade's requestAdapter", async () => {
    const client = facade();
    captureRawEnums(client.requestAdapter);
    const page = await client.connections.list({ top: 100 });
    const [first] = page.value;
    expect(first?.trafficType).toBeUndefined();
    expect(rawEnumValues(first)).toEqual(unmappableRawValues);
  });

  it("deserializes bytes with the adapter's own JSON factory", () => {
    const factory = createRawEnumParseNodeFactory(facade().requestAdapter.getParseNodeFactory());
    const page = factory
      .getRootParseNode(JSON_TYPE, encodeJson(connectionPageWithUnmappableEnums))
      .getObjectValue<ConnectionCollectionResponse>(createConnectionCollectionResponseFromDiscriminatorValue);
    expect(rawEnumValues(page.value?.[0]?.privateAccessDetails)).toEqual({ accessType: "partnerAccess" });
  });
});
