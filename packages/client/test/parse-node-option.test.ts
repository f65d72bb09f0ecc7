// The facade reads responses with the fast parse node unless told otherwise (`parseNodeFactory`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetworkAccessClient } from "../src/index.js";
import { clientFor } from "./support/clients.js";
import { startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

// `constructor` vanishes from additionalData with Kiota's stock node; the fast node keeps it.
const page = '{"value":[{"id":"a","constructor":"kept","trafficType":"internet"}]}';

const createWithUnknownKind = () =>
  createNetworkAccessClient({
    token: "t",
    // @ts-expect-error only "fast" and "stock" exist
    parseNodeFactory: "turbo",
  });

describe("parseNodeFactory", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(page);
    });
  });
  afterAll(() => server.close());

  const constructorValue = async (options: Parameters<typeof clientFor>[1]) => {
    const { value } = await clientFor(server, options).connections.list();
    expect(value.map((record) => [record.id, record.trafficType])).toEqual([["a", "internet"]]);
    return Object.getOwnPropertyDescriptor(value[0]?.additionalData ?? {}, "constructor")?.value;
  };

  it("is the fast parse node by default", async () => {
    expect(await constructorValue({})).toBe("kept");
    expect(await constructorValue({ parseNodeFactory: "fast" })).toBe("kept");
  });

  it('"stock" selects Kiota\'s own JsonParseNodeFactory', async () => {
    expect(await constructorValue({ parseNodeFactory: "stock" })).toBeUndefined();
  });

  it("refuses an unknown kind when the client is created", () => {
    expect(createWithUnknownKind).toThrow(TypeError);
    expect(createWithUnknownKind).toThrow(/parseNodeFactory must be "fast" or "stock"; got "turbo"/);
  });

  it("is refused next to a requestAdapter, which brings its own factories", () => {
    const adapter = clientFor(server).requestAdapter;
    // @ts-expect-error an adapter brings its own parse node factory
    const create = () => createNetworkAccessClient({ requestAdapter: adapter, parseNodeFactory: "stock" });
    expect(create).toThrow(/do not combine it with parseNodeFactory/);
  });
});
