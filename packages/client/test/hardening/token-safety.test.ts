// Token safety: whatever URL a hostile nextLink, cursor or redirect names, the bearer token goes
// only to an allowed host over https. A recording fetch stands in for DNS: it sends every host to
// the loopback server and records the URL and Authorization header the pipeline handed it.
import { HttpMethod, RequestInformation } from "@microsoft/kiota-abstractions";
import type { AuthenticationProvider } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createNetworkAccessClient } from "../../src/index.js";
import type {
  FetchFunction,
  NetworkAccessClient,
  NetworkAccessClientOptions,
  TokenCredential,
} from "../../src/index.js";
import { countAttacks } from "../support/attacks.js";
import { sendJson, startServer } from "../support/local-server.js";
import type { LocalServer } from "../support/local-server.js";

const TOKEN = "eyJ.secret-token.sig";
const GRAPH = "https://graph.microsoft.com";
const CONNECTIONS_PATH = "/beta/networkAccess/logs/connections";
const ALLOWED_HOSTS = new Set(["graph.microsoft.com", "graph.microsoft.us"]);

interface Sent {
  readonly url: string;
  readonly authorization: string | null;
}

let server: LocalServer;
let sent: Sent[] = [];

const resolvingFetch: FetchFunction = (url, init) => {
  sent.push({ url, authorization: new Headers(init.headers).get("authorization") });
  const target = new URL(url);
  return fetch(`${server.origin}${target.pathname}${target.search}`, init);
};

beforeAll(async () => {
  server = await startServer((request, response) => {
    const url = new URL(request.url ?? "/", server.origin);
    const to = url.searchParams.get("to");
    if (url.pathname === "/beta/redirect" && to !== null) {
      // A header is a byte string: send IDN hosts in their punycode form, as a real server would.
      const location = URL.canParse(to) ? new URL(to).href : encodeURI(to);
      response.writeHead(Number(url.searchParams.get("status")), { location });
      response.end();
    } else {
      sendJson(response, 200, {
        value: [{ id: "record" }],
        "@odata.nextLink": `${GRAPH}${CONNECTIONS_PATH}?$skiptoken=2`,
      });
    }
  });
});

afterAll(() => server.close());

beforeEach(() => {
  sent = [];
});

const careless: AuthenticationProvider = {
  authenticateRequest: (request) => {
    request.headers.add("Authorization", `Bearer ${TOKEN}`);
    return Promise.resolve();
  },
};
const credential: TokenCredential = {
  getToken: () => Promise.resolve({ token: TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }),
};
const AUTH_STYLES: [string, Partial<NetworkAccessClientOptions>][] = [
  ["token", { token: TOKEN }],
  ["getToken", { getToken: () => TOKEN }],
  ["credential", { credential }],
  ["a provider that attaches the token everywhere", { authProvider: careless }],
];

function clientWith(auth: Partial<NetworkAccessClientOptions>): NetworkAccessClient {
  return createNetworkAccessClient({
    ...auth,
    allowedHosts: [...ALLOWED_HOSTS],
    fetch: resolvingFetch,
    retry: { maxRetries: 0 },
    timeoutMs: 5000,
  } as NetworkAccessClientOptions);
}

/** Sends a GET for `url` the way a pager follows a nextLink; resolves with the error, if any. */
function follow(client: NetworkAccessClient, url: string): Promise<unknown> {
  const source = client.connections.pageSource();
  return Promise.resolve()
    .then(() => {
      const request = new RequestInformation(HttpMethod.GET);
      request.URL = url;
      request.addRequestOptions(source.requestOptions());
      return source.requestAdapter.send(request, source.responseFactory, source.errorMappings);
    })
    .then(
      () => undefined,
      (error: unknown) => error,
    );
}

/** The invariant: a request carrying the token went over https to an allowed host, exactly. */
function expectTokenOnlyOnAllowedHosts(): void {
  for (const request of sent) {
    if (request.authorization === null) continue;
    const url = new URL(request.url);
    expect(url.protocol, request.url).toBe("https:");
    expect(ALLOWED_HOSTS.has(url.hostname), request.url).toBe(true);
    expect(url.username + url.password, request.url).toBe("");
  }
}

// Hosts a nextLink, cursor or redirect might name that are not an allowed host.
const FOREIGN_URLS = [
  "https://evil.example/steal",
  "https://graph.microsoft.com.evil.example/beta",
  "https://evilgraph.microsoft.com/beta",
  "https://graph.microsoft.com./beta",
  "https://graph.microsoft.com../beta",
  "https://GRAPH.MICROSOFT.COM.evil.example/beta",
  "https://graph.microsoft.com@evil.example/beta",
  "https://user:pass@evil.example/beta",
  "https://graph.microsoft.com:443@evil.example/beta",
  "https://evil.example\\@graph.microsoft.com/beta",
  "https://evil.example/graph.microsoft.com/beta",
  "https://evil.example?host=graph.microsoft.com",
  "https://graph.microsoft.com%2eevil.example/beta",
  "https://graph.micrοsoft.com/beta", // Greek omicron
  "https://gráph.microsoft.com/beta",
  "https://xn--grph-0na.microsoft.com/beta",
  "https://graph.microsoft.com\u3002evil.example/beta", // ideographic full stop
  "https://[::1]/beta",
  "https://[::ffff:7f00:1]/beta",
  "https://127.0.0.1/beta",
  "https://2130706433/beta",
  "https://0x7f.1/beta",
  "https://graph.microsoft.co/beta",
  "https://graph.microsoft.com.cn/beta",
  "https://microsoft.com/beta",
  "https://com/beta",
];
// The same allowed hosts over plain http: the token must never be sent in clear text.
const DOWNGRADED_URLS = [
  "http://graph.microsoft.com/beta/networkAccess/logs/connections",
  "HTTP://GRAPH.MICROSOFT.COM/beta",
  "http://graph.microsoft.us/beta",
  "http://graph.microsoft.com:443/beta",
];
// Not URLs a pager should ever follow.
const MALFORMED_URLS = [
  "//evil.example/beta",
  "/beta/networkAccess",
  "evil.example",
  "",
  "file:///etc/passwd",
  "ftp://evil.example/",
  "javascript:alert(1)",
  "https://",
  "https://graph.microsoft.com%00.evil/",
];

const HOSTILE_URLS = [...FOREIGN_URLS, ...DOWNGRADED_URLS, ...MALFORMED_URLS];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

describe("the token stays on allowed hosts over https", () => {
  it.for(AUTH_STYLES)("with %s, whatever URL a nextLink or cursor names", async ([, auth], { task }) => {
    const client = clientWith(auth);
    for (const url of HOSTILE_URLS) await follow(client, url);

    expectTokenOnlyOnAllowedHosts();
    // The foreign hosts were asked without a token, so the check above had something to check.
    const foreignAsked = sent.filter((request) => !ALLOWED_HOSTS.has(new URL(request.url).hostname));
    expect(foreignAsked.length).toBeGreaterThanOrEqual(20);
    for (const request of foreignAsked) expect(request.authorization, request.url).toBeNull();
    countAttacks(task, HOSTILE_URLS.length);
  });

  it.for(AUTH_STYLES)(
    "with %s, whatever a 301–308 redirect from Graph points to",
    async ([, auth], { task }) => {
      const client = clientWith(auth);
      let attacks = 0;
      for (const status of REDIRECT_STATUSES) {
        for (const target of [...FOREIGN_URLS, ...DOWNGRADED_URLS]) {
          const redirect = `${GRAPH}/beta/redirect?status=${status}&to=${encodeURIComponent(target)}`;
          await follow(client, redirect);
          attacks += 1;
        }
      }

      expectTokenOnlyOnAllowedHosts();
      // Graph itself got the token on every first hop.
      const firstHops = sent.filter((request) => request.url.startsWith(`${GRAPH}/beta/redirect`));
      expect(firstHops).toHaveLength(attacks);
      for (const hop of firstHops) expect(hop.authorization).toBe(`Bearer ${TOKEN}`);
      // Kiota followed the redirects to the foreign hosts (without the token).
      const foreignHops = sent.filter((request) => !ALLOWED_HOSTS.has(new URL(request.url).hostname));
      expect(foreignHops.length).toBeGreaterThanOrEqual(REDIRECT_STATUSES.length * 15);
      countAttacks(task, attacks);
    },
  );

  it("refuses plain http to an allowed host before sending, as an auth error", async ({ task }) => {
    const client = clientWith({ token: TOKEN });
    for (const url of DOWNGRADED_URLS) {
      const error = await follow(client, url);
      expect(error, url).toMatchObject({ kind: "auth" });
      expect((error as Error).message).toMatch(/^Refusing to send the access token over plain http/);
    }
    expect(sent).toEqual([]);
    countAttacks(task, DOWNGRADED_URLS.length);
  });

  it("keeps the token for the allowed host however its name is cased", async () => {
    const client = clientWith({ token: TOKEN });
    for (const url of [
      `https://GRAPH.Microsoft.COM${CONNECTIONS_PATH}`,
      `HTTPS://graph.microsoft.com${CONNECTIONS_PATH}`,
    ]) {
      expect(await follow(client, url)).toBeUndefined();
    }
    expect(sent.map((request) => request.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it("never puts the token in an error or a request log", async () => {
    const logged: string[] = [];
    const client = createNetworkAccessClient({
      token: TOKEN,
      allowedHosts: [...ALLOWED_HOSTS],
      fetch: resolvingFetch,
      logRequests: (entry) => logged.push(JSON.stringify(entry)),
    });
    const errors: unknown[] = [];
    for (const url of HOSTILE_URLS) errors.push(await follow(client, url));
    errors.push(
      await client.connections
        .get("x", { headers: { authorization: `Bearer ${TOKEN}\r\n` } })
        .catch((e: unknown) => e),
    );

    const text = [
      ...logged,
      ...errors.map((error) => (error instanceof Error ? `${error.message} ${String(error.cause)}` : "")),
    ].join("\n");
    expect(logged.length).toBeGreaterThan(10);
    expect(text).not.toContain("secret-token");
  });
});
