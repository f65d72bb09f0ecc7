// A first page whose `@odata.nextLink` is present but not a string (issue 15.5) is a typed error, not
// the silent end of the collection, whichever parse node reads it: generated models read the link
// with `getStringValue()`, which turns a number or an object into `undefined`.
import { AnonymousAuthenticationProvider } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHttpClient,
  createNetworkAccessClient,
  createParseNodeFactory,
  isGraphError,
} from "../../src/index.js";
import type {
  CollectionPage,
  KiotaCollectionResponse,
  NetworkAccessClient,
  ParseNodeFactoryKind,
} from "../../src/index.js";
import { countAttacks } from "../support/attacks.js";
import { clientFor } from "../support/clients.js";
import { sendJson, startServer } from "../support/local-server.js";
import type { LocalServer } from "../support/local-server.js";

const REPORT_PATH = "/beta/networkAccess/reports/microsoft.graph.networkaccess.destinationReport";
const WINDOW = { start: "2024-05-01T00:00:00Z", end: "2024-05-02T00:00:00Z" };
const NEXT = "http://127.0.0.1/beta/networkAccess/logs/connections?$skiptoken=2";

/** Each hostile link and how the error message must name it. */
const hostileLinks: ReadonlyArray<readonly [unknown, string]> = [
  [42, "number 42"],
  [0, "number 0"],
  [-1.5, "number -1.5"],
  [true, "boolean true"],
  [false, "boolean false"],
  [{ href: NEXT }, `an object {"href":"${NEXT}"}`],
  [{}, "an object {}"],
  [[NEXT], `an array ["${NEXT}"]`],
  [[], "an array []"],
];

let server: LocalServer;
/** The `@odata.nextLink` the next response carries; `undefined` leaves it out. */
let nextLink: unknown;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? "/", server.origin).pathname;
    const value = path.startsWith(REPORT_PATH) ? [{ fqdn: "a.contoso.com", port: 443 }] : [{ id: "a" }];
    sendJson(response, 200, { "@odata.context": "ctx", "@odata.nextLink": nextLink, value });
  });
});

afterAll(() => server.close());

/** A facade client whose adapter reads JSON with the given parse node (the client's default otherwise). */
function clientReadingWith(parser: ParseNodeFactoryKind | "default"): NetworkAccessClient {
  if (parser === "default") return clientFor(server);
  const requestAdapter = new FetchRequestAdapter(
    new AnonymousAuthenticationProvider(),
    createParseNodeFactory(parser),
    undefined,
    createHttpClient({ allowedHosts: ["127.0.0.1"], allowInsecureLoopback: true }),
  );
  requestAdapter.baseUrl = `${server.origin}/beta`;
  return createNetworkAccessClient({ requestAdapter });
}

type FirstPageCall = (client: NetworkAccessClient) => Promise<CollectionPage<unknown>>;
type FirstPageSourceCall = (
  client: NetworkAccessClient,
) => Promise<KiotaCollectionResponse<unknown> | undefined>;

const calls: ReadonlyArray<readonly [string, string, FirstPageCall, FirstPageSourceCall]> = [
  [
    "connections.list",
    "connections",
    (client) => client.connections.list(),
    (client) => client.connections.pageSource().firstPage(),
  ],
  [
    "destinationReport",
    "destination report",
    (client) => client.destinationReport(WINDOW),
    (client) => client.destinationReportPageSource(WINDOW).firstPage(),
  ],
];
const parsers = ["fast", "stock", "default"] as const;
const cases = calls.flatMap((call) => parsers.map((parser) => [call[0], parser, call] as const));

describe.each(cases)("%s read by the %s parse node", (_name, parser, [, what, call, sourceCall]) => {
  const client = () => clientReadingWith(parser);

  it("rejects every non-string @odata.nextLink with an invalid-response GraphError naming its type", async ({
    task,
  }) => {
    for (const [link, described] of hostileLinks) {
      nextLink = link;
      const error: unknown = await call(client()).catch((reason: unknown) => reason);
      expect(isGraphError(error), `a ${described} link`).toBe(true);
      expect(error).toMatchObject({ kind: "invalid-response" });
      expect((error as Error).message).toBe(
        `Graph's ${what} response has an @odata.nextLink that is not a string: got ${described}. The rest of the collection cannot be fetched.`,
      );
    }
    countAttacks(task, hostileLinks.length);
  });

  it("reads a string link, and null or no link as the last page", async () => {
    nextLink = NEXT;
    expect((await call(client())).nextLink).toBe(NEXT);
    for (const last of [null, undefined]) {
      nextLink = last;
      const page = await call(client());
      expect(page.value).toHaveLength(1);
      expect(page).not.toHaveProperty("nextLink");
    }
  });

  it("a page source's first page keeps a non-string link as sent, for the pager to report", async ({
    task,
  }) => {
    for (const [link] of hostileLinks) {
      nextLink = link;
      const response = await sourceCall(client());
      expect(response?.odataNextLink).toBeUndefined();
      expect(response?.additionalData?.["@odata.nextLink"]).toStrictEqual(link);
    }
    countAttacks(task, hostileLinks.length);
  });

  it("a page source's first page reads a string link into odataNextLink, as the generated model does", async () => {
    nextLink = NEXT;
    const response = await sourceCall(client());
    expect(response?.odataNextLink).toBe(NEXT);
    expect(response?.additionalData).not.toHaveProperty("@odata.nextLink");
    expect(response?.additionalData?.["@odata.context"]).toBe("ctx");
    nextLink = null;
    const last = await sourceCall(client());
    expect(last?.odataNextLink).toBeUndefined();
    expect(last?.additionalData).not.toHaveProperty("@odata.nextLink");
  });
});
