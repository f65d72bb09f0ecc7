// Keys named like Object.prototype members (issue 15.7): they never fail a page, never pollute a
// prototype, and every one of them lands in additionalData with its value.
import { AnonymousAuthenticationProvider } from "@microsoft/kiota-abstractions";
import type { ParseNodeFactory } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  Connection,
  ConnectionCollectionResponse,
} from "../../src/generated/models/networkaccess/index.js";
import { createConnectionCollectionResponseFromDiscriminatorValue } from "../../src/generated/models/networkaccess/index.js";
import { createNetworkAccessApiClient } from "../../src/generated/networkAccessApiClient.js";
import { createParseNodeFactory } from "../../src/serialization/index.js";
import { PROTOTYPE_KEYS } from "../serialization/support/prototype-keys.js";
import { fastFactory, read, stockFactory } from "../serialization/support/read-both.js";
import { startServer } from "../support/local-server.js";
import type { LocalServer } from "../support/local-server.js";

const prototypeMembers = () => Object.getOwnPropertyNames(Object.prototype).sort();
const membersBefore = prototypeMembers();

/** A page whose record, nested object and page level each carry `key` (three values to keep). */
function pageWith(key: string): string {
  const name = JSON.stringify(key);
  return `{"@odata.context":"ctx",${name}:"page","value":[
    {"id":"first",${name}:{"kept":[1,"two"]},"trafficType":"internet",
     "privateAccessDetails":{"connectorName":"c",${name}:"nested"}},
    {"id":"second","status":"open"}]}`;
}

/** What every reader must give for `pageWith(key)`; throws (an AssertionError) where it does not. */
function expectEveryValueKept(
  key: string,
  outcome: ReturnType<typeof read<ConnectionCollectionResponse>>,
): void {
  if ("error" in outcome) throw new Error(`the page with "${key}" failed: ${outcome.error}`);
  const page = outcome.model;
  const [first, second] = page.value ?? [];
  expect(page.value?.map((record: Connection) => record.id)).toEqual(["first", "second"]);
  expect(Object.getOwnPropertyDescriptor(page.additionalData ?? {}, key)?.value).toBe("page");
  expect(Object.getOwnPropertyDescriptor(first?.additionalData ?? {}, key)?.value).toEqual({
    kept: [1, "two"],
  });
  expect(Object.getOwnPropertyDescriptor(first?.privateAccessDetails?.additionalData ?? {}, key)?.value).toBe(
    "nested",
  );
  expect(first?.trafficType).toBe("internet");
  expect(first?.privateAccessDetails?.connectorName).toBe("c");
  expect(second?.status).toBe("open");
  for (const holder of [
    page.additionalData,
    first?.additionalData,
    first?.privateAccessDetails?.additionalData,
  ]) {
    expect(Object.getPrototypeOf(holder)).toBe(Object.prototype);
  }
}

describe("JSON keys named like Object.prototype members", () => {
  it.each(PROTOTYPE_KEYS)("%s: the fast parse node keeps it in additionalData", (key) => {
    expectEveryValueKept(
      key,
      read(fastFactory, pageWith(key), createConnectionCollectionResponseFromDiscriminatorValue),
    );
    expect(prototypeMembers()).toEqual(membersBefore);
    expect(({} as Record<string, unknown>)["kept"]).toBeUndefined();
  });

  it("the same checks fail with Kiota's stock parse node, for every such key", ({ task }) => {
    const stockFailures = PROTOTYPE_KEYS.filter((key) => {
      const outcome = read(
        stockFactory,
        pageWith(key),
        createConnectionCollectionResponseFromDiscriminatorValue,
      );
      try {
        expectEveryValueKept(key, outcome);
        return false;
      } catch {
        return true;
      }
    });
    expect(stockFailures).toEqual(PROTOTYPE_KEYS);
    Object.assign(task.meta, { attacks: PROTOTYPE_KEYS.length });
  });

  describe("over HTTP through the fetch adapter", () => {
    let server: LocalServer;
    let currentKey = "";
    beforeAll(async () => {
      server = await startServer((_, response) => {
        response.writeHead(200, { "content-type": "application/json" }).end(pageWith(currentKey));
      });
    });
    afterAll(() => server.close());

    const connectionsWith = (factory: ParseNodeFactory) => {
      const adapter = new FetchRequestAdapter(new AnonymousAuthenticationProvider(), factory);
      adapter.baseUrl = `${server.origin}/beta`;
      return createNetworkAccessApiClient(adapter).networkAccess.logs.connections;
    };

    it("never fails a page and keeps every value, for every key", async ({ task }) => {
      const connections = connectionsWith(createParseNodeFactory("fast"));
      for (const key of PROTOTYPE_KEYS) {
        currentKey = key;
        const page = await connections.get();
        expectEveryValueKept(key, { model: page as ConnectionCollectionResponse });
      }
      expect(prototypeMembers()).toEqual(membersBefore);
      Object.assign(task.meta, { attacks: PROTOTYPE_KEYS.length });
    });

    it("Kiota's stock node rejects the whole page for __proto__ (the failure this guards against)", async () => {
      currentKey = "__proto__";
      await expect(connectionsWith(createParseNodeFactory("stock")).get()).rejects.toThrow(
        "deserializer is not a function",
      );
    });
  });
});
