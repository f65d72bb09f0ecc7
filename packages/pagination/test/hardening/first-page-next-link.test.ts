// Through a @netaccess/client page source, a non-string `@odata.nextLink` fails the run with
// InvalidNextLinkError on every page, the first (fetched by the facade) as well as each follow-up
// (fetched here), whichever parse node the client's adapter reads JSON with.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { AnonymousAuthenticationProvider } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import { createHttpClient, createNetworkAccessClient, createParseNodeFactory } from "@netaccess/client";
import type { NetworkAccessClient, ParseNodeFactoryKind } from "@netaccess/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, InvalidNextLinkError, pages } from "../../src/index.js";
import type { CollectionSource } from "../../src/index.js";

const CONNECTIONS_PATH = "/beta/networkAccess/logs/connections";
const REPORT_PATH = "/beta/networkAccess/reports/microsoft.graph.networkaccess.destinationReport";
const WINDOW = { start: "2024-05-01T00:00:00Z", end: "2024-05-02T00:00:00Z" };

const hostileLinks: readonly unknown[] = [42, 0, true, false, { href: "/next" }, {}, ["/next"], []];

/** What each page of the next run carries as `@odata.nextLink` (`undefined` leaves it out). */
const links: { first: unknown; second: unknown } = { first: undefined, second: undefined };
let origin = "";
const requested: string[] = [];

// Two pages on either path: the first, and `$skiptoken=2`, each with one record.
const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", origin);
  requested.push(url.pathname + url.search);
  const second = url.searchParams.get("$skiptoken") === "2";
  const record = url.pathname.startsWith(REPORT_PATH)
    ? { fqdn: second ? "b.contoso.com" : "a.contoso.com", port: 443 }
    : { id: second ? "b" : "a" };
  const body = { "@odata.nextLink": second ? links.second : links.first, value: [record] };
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

/** A facade client on the real fetch pipeline whose adapter reads JSON with `parser`. */
function clientReadingWith(parser: ParseNodeFactoryKind): NetworkAccessClient {
  const requestAdapter = new FetchRequestAdapter(
    new AnonymousAuthenticationProvider(),
    createParseNodeFactory(parser),
    undefined,
    createHttpClient({ allowedHosts: ["127.0.0.1"], allowInsecureLoopback: true }),
  );
  requestAdapter.baseUrl = `${origin}/beta`;
  return createNetworkAccessClient({ requestAdapter });
}

/** The two ways a test runs a source, whatever its item type. */
interface Runs {
  pages(): AsyncGenerator<{ items: readonly unknown[] }>;
  collect(): Promise<unknown[]>;
}

const runsOf = <T>(source: CollectionSource<T>): Runs => ({
  pages: () => pages(source),
  collect: () => collect(source, { maxItems: 10 }),
});

type SourceCall = (client: NetworkAccessClient) => Runs;
const sources: ReadonlyArray<readonly [string, string, SourceCall]> = [
  ["connections.pageSource", CONNECTIONS_PATH, (client) => runsOf(client.connections.pageSource())],
  [
    "destinationReportPageSource",
    REPORT_PATH,
    (client) => runsOf(client.destinationReportPageSource(WINDOW)),
  ],
];
const cases = sources.flatMap(([name, path, source]) =>
  (["fast", "stock"] as const).map((parser) => [name, parser, path, source] as const),
);

/** The error a run rejects with, after the pages it delivered. */
async function failedRun(runs: Runs): Promise<{ delivered: number; error: unknown }> {
  let delivered = 0;
  try {
    for await (const page of runs.pages()) delivered += page.items.length;
  } catch (error) {
    return { delivered, error };
  }
  throw new Error("the run ended without an error");
}

describe.each(cases)("%s read by the %s parse node", (_name, parser, path, sourceFor) => {
  const source = () => sourceFor(clientReadingWith(parser));
  const secondPage = () => `${origin}${path}${path === REPORT_PATH ? "(x)" : ""}?$skiptoken=2`;

  it("a non-string link on the first page fails the run with InvalidNextLinkError", async ({ task }) => {
    for (const link of hostileLinks) {
      links.first = link;
      requested.length = 0;
      const { delivered, error } = await failedRun(source());
      expect(error).toBeInstanceOf(InvalidNextLinkError);
      expect(error).toMatchObject({ code: "INVALID_NEXT_LINK", cursor: undefined });
      expect((error as InvalidNextLinkError).value).toStrictEqual(link);
      expect(delivered).toBe(0);
      expect(requested).toHaveLength(1);
      await expect(source().collect()).rejects.toBeInstanceOf(InvalidNextLinkError);
    }
    task.meta.attacks = hostileLinks.length;
  });

  it("a non-string link on a follow-up page fails the same way, with the cursor to resume from", async ({
    task,
  }) => {
    links.first = secondPage();
    for (const link of hostileLinks) {
      links.second = link;
      const { delivered, error } = await failedRun(source());
      expect(error).toBeInstanceOf(InvalidNextLinkError);
      expect(error).toMatchObject({ code: "INVALID_NEXT_LINK", cursor: secondPage() });
      expect((error as InvalidNextLinkError).value).toStrictEqual(link);
      expect(delivered).toBe(1);
    }
    task.meta.attacks = hostileLinks.length;
  });

  it("string links page through, and null or no link ends the run", async () => {
    links.first = secondPage();
    for (const last of [null, undefined]) {
      links.second = last;
      expect(await source().collect()).toHaveLength(2);
    }
    links.first = null;
    expect(await source().collect()).toHaveLength(1);
  });
});
