// One end-to-end run, in its own process so its peak RSS is its own:
//   node end-to-end-worker.mjs <variant> <mock base URL> <expected items>
// Prints {"ms", "cpuMs", "items", "peakRssBytes", "parseNode"} as its last line; imports and setup
// are not timed. CPU time is this process's (the client's), not the mock's.
import { createRequire } from "node:module";
import { HttpMethod, RequestInformation } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import {
  createHttpClient,
  createNetworkAccessClient,
  createParseNodeFactory,
  FastJsonParseNode,
} from "@netaccess/client";
import { items } from "@netaccess/pagination";

const [variant, baseUrl, expected] = process.argv.slice(2);
const TOKEN = "bench-token";
const FIRST_PAGE = `${baseUrl}/networkAccess/logs/connections?$top=1000`;
/** Sends the bearer token the mock asks for. */
const bearer = {
  authenticateRequest: async (request) => void request.headers.add("Authorization", `Bearer ${TOKEN}`),
};

/** Which JSON parse node an adapter reads with. */
const parseNodeOf = (adapter) =>
  adapter
    .getParseNodeFactory()
    .getRootParseNode("application/json", new TextEncoder().encode("{}").buffer) instanceof FastJsonParseNode
    ? "fast"
    : "stock";

/** Each variant sets up (imports, clients) and returns the run that is timed. */
function facade(kind) {
  const client =
    kind === "default"
      ? createNetworkAccessClient({ baseUrl, token: TOKEN, allowInsecureLoopback: true })
      : createNetworkAccessClient({ requestAdapter: adapterWith(kind), baseUrl });
  return async () => {
    let count = 0;
    for await (const connection of items(client.connections.pageSource({ top: 1000 }))) {
      if (connection.id) count++;
    }
    return { items: count, parseNode: parseNodeOf(client.requestAdapter) };
  };
}

/** The facade's own HTTP pipeline and a token, reading JSON with the given kind of parse node. */
function adapterWith(kind) {
  const httpClient = createHttpClient({
    allowedHosts: [new URL(baseUrl).hostname],
    allowInsecureLoopback: true,
  });
  return new FetchRequestAdapter(bearer, createParseNodeFactory(kind), undefined, httpClient);
}

/** Microsoft's Graph beta SDK: its adapter (backing store on), its models and its PageIterator. */
async function microsoft() {
  const sdk = await import("@microsoft/msgraph-beta-sdk");
  const models = await import("@microsoft/msgraph-beta-sdk/models/networkaccess/index.js");
  const { createODataErrorFromDiscriminatorValue } =
    await import("@microsoft/msgraph-beta-sdk/models/oDataErrors/index.js");
  // PageIterator ships in @microsoft/msgraph-sdk-core, which the beta SDK depends on.
  const core = await import(
    createRequire(import.meta.resolve("@microsoft/msgraph-beta-sdk")).resolve("@microsoft/msgraph-sdk-core")
  );
  const adapter = new sdk.GraphBetaRequestAdapter(bearer);
  sdk.createGraphBetaServiceClient(adapter); // registers the JSON and text factories, as an app does
  const createPage = models.createConnectionCollectionResponseFromDiscriminatorValue;
  const errors = { XXX: createODataErrorFromDiscriminatorValue };
  return async () => {
    const request = new RequestInformation(HttpMethod.GET);
    request.URL = FIRST_PAGE;
    const first = await adapter.send(request, createPage, errors);
    let count = 0;
    const countItem = (connection) => (connection.id && count++, true);
    await new core.PageIterator(adapter, first, countItem, createPage, errors).iterate();
    return { items: count, parseNode: parseNodeOf(adapter) };
  };
}

/** The floor: fetch and res.json() along the nextLinks, no types. */
function fetchLoop() {
  return async () => {
    let count = 0;
    for (let url = FIRST_PAGE; url;) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      const body = await response.json();
      for (const connection of body.value) if (connection.id) count++;
      url = body["@odata.nextLink"];
    }
    return { items: count, parseNode: "none" };
  };
}

const runs = {
  "facade-default": () => facade("default"),
  "facade-fast": () => facade("fast"),
  "facade-stock": () => facade("stock"),
  microsoft,
  fetch: fetchLoop,
};
const run = await runs[variant]();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await run();
const ms = performance.now() - started;
const { user, system } = process.cpuUsage(cpuBefore);
if (result.items !== Number(expected))
  throw new Error(`${variant} read ${result.items} items, expected ${expected}`);
const cpuMs = (user + system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, peakRssBytes: process.resourceUsage().maxRSS * 1024, ...result }));
