// Bad input to the facade is refused with a TypeError or RangeError before anything is sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHttpClient,
  createNetworkAccessClient,
  GraphTimeoutError,
  MAX_TIMEOUT_MS,
  SignalOption,
} from "../../src/index.js";
import type { NetworkAccessClient, NetworkAccessClientOptions } from "../../src/index.js";
import { countAttacks } from "../support/attacks.js";
import { clientFor } from "../support/clients.js";
import { sendJson, startServer } from "../support/local-server.js";
import type { LocalServer } from "../support/local-server.js";

const CONNECTIONS_PATH = "/beta/networkAccess/logs/connections";
const WINDOW = { start: "2024-05-01T00:00:00Z", end: "2024-05-02T00:00:00Z" };
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? "/", server.origin).pathname;
    sendJson(
      response,
      200,
      path === CONNECTIONS_PATH ? { value: [{ id: "a" }] } : { id: path.split("/").at(-1) },
    );
  });
});

afterAll(() => server.close());

/** Runs `attempt` for every case, expecting each to throw `errorType` and nothing to reach the server. */
async function expectRefused<T>(
  cases: readonly T[],
  errorType: typeof TypeError | typeof RangeError,
  attempt: (input: T) => unknown,
): Promise<number> {
  const before = server.requests.length;
  for (const input of cases) {
    const outcome = await Promise.resolve()
      .then(() => attempt(input))
      .then(
        () => "resolved",
        (error: unknown) => error,
      );
    expect(outcome, `case ${JSON.stringify(input)}`).toBeInstanceOf(errorType);
  }
  expect(server.requests.length).toBe(before);
  return cases.length;
}

describe("long timeouts (issue 15.1)", () => {
  const tooLong = [MAX_TIMEOUT_MS + 1, 2 ** 32, THIRTY_DAYS_MS, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE];

  it("are refused when the client, an HTTP client or a SignalOption is created", async ({ task }) => {
    let attacks = await expectRefused(tooLong, RangeError, (timeoutMs) =>
      createNetworkAccessClient({ token: "t", timeoutMs }),
    );
    attacks += await expectRefused(tooLong, RangeError, (timeoutMs) => createHttpClient({ timeoutMs }));
    attacks += await expectRefused(
      tooLong,
      RangeError,
      (timeoutMs) => new SignalOption(undefined, timeoutMs),
    );
    expect(() => createNetworkAccessClient({ token: "t", timeoutMs: THIRTY_DAYS_MS })).toThrow(
      "timeoutMs 2592000000 is longer than timers allow (at most 2147483647 ms, about 24.8 days); use Infinity for no timeout.",
    );
    countAttacks(task, attacks);
  });

  it("are refused per call before anything is sent", async ({ task }) => {
    const client = clientFor(server);
    countAttacks(
      task,
      await expectRefused(tooLong, RangeError, (timeoutMs) => client.connections.list({ timeoutMs })),
    );
  });

  it("up to the limit, and Infinity, wait instead of failing at once", async () => {
    for (const timeoutMs of [MAX_TIMEOUT_MS, Number.POSITIVE_INFINITY]) {
      const client = clientFor(server, { timeoutMs });
      await expect(client.connections.get("patient")).resolves.toMatchObject({ id: "patient" });
      await expect(client.connections.get("patient", { timeoutMs })).resolves.toMatchObject({
        id: "patient",
      });
    }
    // A short timeout still fires: the check did not disable timeouts.
    const hanging = await startServer(() => undefined);
    try {
      const call = clientFor(hanging, { timeoutMs: 50 }).connections.count();
      await expect(call).rejects.toBeInstanceOf(GraphTimeoutError);
    } finally {
      await hanging.close();
    }
  });
});

describe("ids that are path syntax (issue 15.2)", () => {
  it("refuses dot segments and $-segments with a clear TypeError", async ({ task }) => {
    const client = clientFor(server);
    const ids = [".", "..", "$count", "$metadata", "$batch", "$value", "$ref", "$filter=x", "$"];
    countAttacks(task, await expectRefused(ids, TypeError, (id) => client.connections.get(id)));
    await expect(client.connections.get("..")).rejects.toThrow(
      'The connection id ".." is a dot segment: it would address the collection or its parent, not one connection.',
    );
    await expect(client.connections.get("$count")).rejects.toThrow(
      /starts with "\$", which Graph reads as a system segment/,
    );
  });

  it("sends every other id as exactly one encoded segment under the collection", async ({ task }) => {
    const client = clientFor(server);
    const ids = [
      "...",
      ".hidden",
      "a/../..",
      "%2e%2e",
      ".%2e",
      "%2E",
      "a\\..\\b",
      "a/b",
      "a?b=1",
      "a#frag",
      "a b",
      "a;b",
      "'quoted'",
      "(1)",
      "a*b",
      "a!b",
      "a$count",
      "a%00b",
      "é日本",
      "😀",
      "a\tb",
      "a+b=c&d",
      "~tilde",
      "..x",
      "x..",
    ];
    for (const id of ids) {
      const connection = await client.connections.get(id);
      const received = server.requests.at(-1)?.url ?? "";
      const segment = received.slice(`${CONNECTIONS_PATH}/`.length);
      expect(received.startsWith(`${CONNECTIONS_PATH}/`), `id ${JSON.stringify(id)} -> ${received}`).toBe(
        true,
      );
      // One segment, nothing left for a URL parser to resolve or split, and it decodes back to the id.
      // (Kiota's parameter-name decoding turns %24 back into "$", which is harmless inside a segment.)
      expect(segment).toMatch(/^[A-Za-z0-9\-._~%$]+$/);
      expect(decodeURIComponent(segment)).toBe(id);
      expect(connection.id).toBe(segment.split("/").at(-1));
    }
    countAttacks(task, ids.length);
  });
});

describe("lone surrogates (issue 15.3)", () => {
  const broken = ["\ud800", "a\udfffb", "x\ud83d", "\ude00y"];

  it("in an id, filter, select, orderby, search, headers or agent filters are a TypeError before sending", async ({
    task,
  }) => {
    const client = clientFor(server);
    const attempts: ((text: string) => Promise<unknown>)[] = [
      (text) => client.connections.get(text),
      (text) => client.connections.list({ filter: text }),
      (text) => client.connections.list({ select: [text as never] }),
      (text) => client.connections.list({ orderby: text as never }),
      (text) => client.connections.list({ search: text }),
      (text) => client.connections.count({ filter: text }),
      (text) => client.connections.list({ headers: { "x-note": text } }),
      (text) => client.destinationReport({ ...WINDOW, aiAgentId: text }),
      (text) => client.destinationReport({ ...WINDOW, aiAgentName: text }),
      (text) => client.destinationReport({ ...WINDOW, filter: text }),
      async (text) => client.destinationReportPageSource({ ...WINDOW, search: text }),
    ];
    let attacks = 0;
    for (const attempt of attempts) attacks += await expectRefused(broken, TypeError, attempt);
    await expect(client.connections.list({ filter: "status eq '\ud800'" })).rejects.toThrow(
      "filter holds a lone UTF-16 surrogate (\\ud800 at index 11); it cannot be encoded for a request.",
    );
    countAttacks(task, attacks);
  });

  it("while well-formed pairs (emoji) are sent", async () => {
    await clientFor(server).connections.list({ filter: "fqdn eq '😀.example'" });
    expect(new URL(server.requests.at(-1)?.url ?? "", server.origin).searchParams.get("$filter")).toBe(
      "fqdn eq '😀.example'",
    );
  });
});

describe("invalid headers (issue 15.9)", () => {
  it("are a TypeError naming the header, not a network error", async ({ task }) => {
    const client = clientFor(server);
    const headers: Record<string, string | string[]>[] = [
      { "bad name": "x" },
      { "x-a\r\nInjected": "1" },
      { "": "empty name" },
      { "x:y": "colon" },
      { "x-note": "a\r\nInjected: 1" },
      { "x-note": "line\nbreak" },
      { "x-note": "nul\0" },
      { "x-note": "€ beyond Latin-1" },
      { "x-note": ["fine", "bad\r\n"] },
      { "x-note": 5 as never },
      { "x-note": [null] as never },
      { é: "non-token name" },
    ];
    const attacks = await expectRefused(headers, TypeError, (value) =>
      client.connections.list({ headers: value }),
    );
    await expect(client.connections.list({ headers: { "x-note": "a\r\nb" } })).rejects.toThrow(
      'headers: the value of "x-note" holds U+000D at index 1; header values cannot contain line breaks, NUL or characters beyond U+00FF.',
    );
    countAttacks(task, attacks);
  });

  it("added by middleware are refused before fetch as an InvalidRequestError that quotes no value", async () => {
    const before = server.requests.length;
    const client = clientFor(server, {
      middleware: [
        {
          next: undefined,
          execute(url, init, options) {
            (init.headers as Record<string, string>)["authorization"] =
              "Bearer secret-value\r\nX-Injected: 1";
            if (!this.next) throw new Error("no next middleware");
            return this.next.execute(url, init, options);
          },
        },
      ],
    });
    const error: unknown = await client.connections.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ name: "InvalidRequestError" });
    expect((error as Error).message).toMatch(
      /cannot be sent \(nothing was sent\): the value of "authorization" holds U\+000D/,
    );
    expect((error as Error).message).not.toContain("secret-value");
    expect(server.requests.length).toBe(before);
  });
});

describe("unknown option keys (issue 15.10)", () => {
  it("throw a TypeError naming the key and the closest known one, for every options object", async ({
    task,
  }) => {
    const client = clientFor(server);
    const cases: [string, () => unknown, RegExp][] = [
      [
        "client baseURL",
        () => createNetworkAccessClient({ token: "t", baseURL: "https://x" } as never),
        /"baseURL" \(did you mean "baseUrl"\?\)/,
      ],
      [
        "client allowedHost",
        () => createNetworkAccessClient({ token: "t", allowedHost: [] } as never),
        /"allowedHost" \(did you mean "allowedHosts"\?\)/,
      ],
      [
        "client timeout",
        () => createNetworkAccessClient({ token: "t", timeout: 1 } as never),
        /"timeout" \(did you mean "timeoutMs"\?\)/,
      ],
      [
        "client timeotuMs",
        () => createNetworkAccessClient({ token: "t", timeotuMs: 1 } as never),
        /"timeotuMs" \(did you mean "timeoutMs"\?\)/,
      ],
      [
        "client getTokne",
        () => createNetworkAccessClient({ getTokne: () => "t" } as never),
        /"getTokne" \(did you mean "getToken"\?\)/,
      ],
      [
        "adapter form",
        () => createNetworkAccessClient({ requestAdapter: client.requestAdapter, baseurl: "x" } as never),
        /"baseurl" \(did you mean "baseUrl"\?\)/,
      ],
      [
        "retry",
        () => createNetworkAccessClient({ token: "t", retry: { retries: 2 } } as never),
        /^retry has no option "retries"/,
      ],
      [
        "http client",
        () => createHttpClient({ timeOut: 5 } as never),
        /"timeOut" \(did you mean "timeoutMs"\?\)/,
      ],
      [
        "list fitler",
        () => client.connections.list({ fitler: "x" } as never),
        /"fitler" \(did you mean "filter"\?\)/,
      ],
      [
        "list orderBy",
        () => client.connections.list({ orderBy: "id" } as never),
        /"orderBy" \(did you mean "orderby"\?\)/,
      ],
      ["list $top", () => client.connections.list({ $top: 5 } as never), /"\$top" \(did you mean "top"\?\)/],
      [
        "get selects",
        () => client.connections.get("x", { selects: ["id"] } as never),
        /"selects" \(did you mean "select"\?\)/,
      ],
      [
        "count serach",
        () => client.connections.count({ serach: "x" } as never),
        /"serach" \(did you mean "search"\?\)/,
      ],
      [
        "pageSource fitler",
        () => client.connections.pageSource({ fitler: "x" } as never),
        /"fitler" \(did you mean "filter"\?\)/,
      ],
      [
        "report from",
        () => client.destinationReport({ ...WINDOW, from: WINDOW.start } as never),
        /"from" \(the window is/,
      ],
      [
        "report agentId",
        () => client.destinationReport({ ...WINDOW, agentId: "a" } as never),
        /"agentId" \(did you mean "aiAgentId"\?\)/,
      ],
      [
        "report source signal",
        () => client.destinationReportPageSource({ ...WINDOW, signal: undefined } as never),
        /"signal" \(a pager passes its own signal/,
      ],
      [
        "two typos",
        () => client.connections.list({ fitler: "x", tpo: 1 } as never),
        /has no options "fitler" \(did you mean "filter"\?\), "tpo" \(did you mean "top"\?\)/,
      ],
    ];
    const before = server.requests.length;
    for (const [name, attempt, message] of cases) {
      const outcome = await Promise.resolve()
        .then(attempt)
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(outcome, name).toBeInstanceOf(TypeError);
      expect((outcome as Error).message, name).toMatch(message);
    }
    expect(server.requests.length).toBe(before);
    countAttacks(task, cases.length);
  });

  it("accept explicit undefined for a known key", async () => {
    const options: NetworkAccessClientOptions = {
      token: "t",
      baseUrl: `${server.origin}/beta`,
      allowInsecureLoopback: true,
      timeoutMs: undefined,
    };
    const client: NetworkAccessClient = createNetworkAccessClient(options);
    await expect(client.connections.list({ filter: undefined, top: undefined })).resolves.toMatchObject({
      value: [{ id: "a" }],
    });
  });
});
