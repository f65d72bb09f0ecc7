// The fault matrix: throttling with every Retry-After form, resets, truncated and HTML bodies and
// stalls, served by a real loopback server through the client's real Kiota pipeline. Every
// failure must be a typed GraphError of the right kind, promptly, with nothing left hanging.
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphAbortError, GraphNetworkError, GraphTimeoutError } from "../../src/index.js";
import type { GraphErrorKind } from "../../src/index.js";
import { countAttacks } from "../support/attacks.js";
import { clientFor } from "../support/clients.js";
import { failure } from "../support/failure.js";
import { sendJson, waitFor } from "../support/local-server.js";
import { startScenarioServer } from "../support/scenarios.js";
import type { Scenario, ScenarioServer } from "../support/scenarios.js";

let faults: ScenarioServer;

beforeAll(async () => {
  faults = await startScenarioServer();
});

afterAll(() => faults.server.close());

/** Answers with a status, a body and, when given, a content type. */
const reply =
  (status: number, body: string, contentType?: string): Scenario =>
  (_request, response) => {
    response.writeHead(status, contentType === undefined ? {} : { "content-type": contentType });
    response.end(body);
  };
const ok = (response: ServerResponse) => sendJson(response, 200, { id: "recovered" });
const throttle = (status: number, retryAfter: string | undefined) => (response: ServerResponse) =>
  sendJson(
    response,
    status,
    { error: { code: "Throttled", message: "Slow down." } },
    retryAfter === undefined ? {} : { "retry-after": retryAfter },
  );

function httpDate(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toUTCString();
}

describe("429 and 503 with Retry-After", () => {
  it("retry once the header's wait is over, whatever form it takes", async ({ task }) => {
    // [status, Retry-After, least wait, most wait] in ms; unreadable values retry at once, as
    // Kiota does. The two real waits are split between the statuses to keep the suite quick.
    const forms: [number, () => string, number, number][] = [
      [429, () => "1", 900, 2500],
      [503, () => httpDate(2000), 900, 3500],
    ];
    for (const status of [429, 503]) {
      for (const header of ["0", "", "soon", "-5", "Thu, 99 Foo 2024 99:99:99 GMT"])
        forms.push([status, () => header, 0, 800]);
      forms.push([status, () => httpDate(-60_000), 0, 800]);
    }
    for (const [status, retryAfter, least, most] of forms) {
      const header = retryAfter();
      const id = faults.scenario((_request, response, attempt) =>
        attempt === 1 ? throttle(status, header)(response) : ok(response),
      );
      const started = performance.now();
      await expect(
        clientFor(faults.server).connections.get(id),
        `${status} ${header}`,
      ).resolves.toMatchObject({
        id: "recovered",
      });
      const waited = performance.now() - started;
      expect(faults.attempts(id)).toBe(2);
      expect(waited, `${status} Retry-After ${JSON.stringify(header)}`).toBeGreaterThanOrEqual(least);
      expect(waited, `${status} Retry-After ${JSON.stringify(header)}`).toBeLessThan(most);
    }
    countAttacks(task, forms.length);
  }, 30_000);

  it("end in a GraphError carrying the raw header when retries run out", async ({ task }) => {
    const cases: [string, number | undefined][] = [
      ["7", 7000],
      ["0", 0],
      ["soon", undefined],
      ["", undefined],
      ["0x10", undefined],
      ["1e3", undefined],
      [httpDate(-60_000), 0],
    ];
    let attacks = 0;
    for (const status of [429, 503]) {
      for (const [header, expectedMs] of cases) {
        const id = faults.scenario((_request, response) => throttle(status, header)(response));
        const error = await failure(
          clientFor(faults.server, { retry: { maxRetries: 0 } }).connections.get(id),
        );
        expect(error.kind).toBe("http");
        expect(error.status).toBe(status);
        expect(error.code).toBe("Throttled");
        expect(error.retryAfter ?? "").toBe(header);
        expect(error.retryAfterMs).toBe(expectedMs);
        expect(faults.attempts(id)).toBe(1);
        attacks += 1;
      }
    }
    // Kiota's default policy gives up after three retries and the error says why.
    const id = faults.scenario((_request, response) => throttle(503, "0")(response));
    const error = await failure(clientFor(faults.server).connections.get(id));
    expect(error.status).toBe(503);
    expect(faults.attempts(id)).toBe(4);
    countAttacks(task, attacks + 1);
  });

  it("a huge Retry-After cannot outlast the call's timeout", async ({ task }) => {
    const huge = ["999999", "1e9", httpDate(365 * 24 * 3600 * 1000)];
    for (const header of huge) {
      const id = faults.scenario((_request, response) => throttle(429, header)(response));
      const started = performance.now();
      const error = await failure(clientFor(faults.server, { timeoutMs: 300 }).connections.get(id));
      expect(error).toBeInstanceOf(GraphTimeoutError);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(faults.attempts(id)).toBe(1);
    }
    countAttacks(task, huge.length);
  });
});

describe("broken connections and bodies", () => {
  const cases: [string, Scenario, GraphErrorKind, RegExp][] = [
    [
      "reset before any response",
      (request) => request.socket.destroy(),
      "network",
      /^Could not reach http:\/\/127\.0\.0\.1:\d+: fetch failed/,
    ],
    [
      "reset in the middle of the body",
      (request, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": "400" });
        response.write('{"id":"half');
        setTimeout(() => request.socket.destroy(), 20);
      },
      "network",
      /The response body from http:\/\/127\.0\.0\.1:\d+ broke off/,
    ],
    [
      "a body shorter than its Content-Length",
      (request, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        response.write('{"id":"short"}');
        setTimeout(() => request.socket.end(), 20);
      },
      "network",
      /broke off/,
    ],
    [
      "a chunked body cut before its last chunk",
      (request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"value":[{"id":"a"},');
        setTimeout(() => request.socket.destroy(), 20);
      },
      "network",
      /broke off/,
    ],
    [
      "complete but truncated JSON",
      reply(200, '{"id":"trunc","status":"act', "application/json"),
      "invalid-response",
      /^Graph's response could not be read/,
    ],
    [
      "an HTML page with a 200",
      reply(200, "<html><body>Sign in to continue</body></html>", "text/html"),
      "invalid-response",
      /^Graph's response could not be read/,
    ],
    [
      "HTML labelled as JSON",
      reply(200, "<!DOCTYPE html><html></html>", "application/json"),
      "invalid-response",
      /^Graph's response could not be read/,
    ],
    [
      "an HTML error page from a gateway",
      reply(502, "<html><h1>502 Bad Gateway</h1></html>", "text/html; charset=utf-8"),
      "http",
      /^Graph request failed with HTTP 502; the body \(text\/html; charset=utf-8\) is not a Graph error: <html><h1>502 Bad Gateway<\/h1><\/html>$/,
    ],
    [
      "an HTML 500 without a content type",
      reply(500, "<html>oops</html>"),
      "http",
      /^Graph request failed with HTTP 500; the body \(no content type\) is not a Graph error: <html>oops<\/html>$/,
    ],
    [
      "an error status with a truncated Graph error",
      reply(400, '{"error":{"code":"BadRequest","mess', "application/json"),
      "http",
      /^Graph request failed with HTTP 400; the body \(application\/json\) is not a Graph error: \{"error":\{"code":"BadRequest","mess$/,
    ],
    [
      "an empty 200",
      (_request, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": "0" });
        response.end();
      },
      "invalid-response",
      /^Graph's response could not be read: Unexpected end of JSON input$/,
    ],
    [
      "a bare JSON null",
      reply(200, "null", "application/json"),
      "invalid-response",
      /not a record|sent no connection/,
    ],
    [
      "a JSON number for a record",
      reply(200, "42", "application/json"),
      "invalid-response",
      /^Graph's connection response is not a record\.$/,
    ],
  ];

  it.for(cases)("%s is a typed error of the right kind", async ([, behaviour, kind, message], { task }) => {
    countAttacks(task, 1);
    const id = faults.scenario(behaviour);
    const error = await failure(clientFor(faults.server, { retry: { maxRetries: 0 } }).connections.get(id));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error instanceof GraphNetworkError).toBe(kind === "network");
  });
});

describe("collections whose value holds no records (issue 15.9)", () => {
  const values: unknown[][] = [
    [null, 1, "str"],
    [null],
    [1],
    ["str"],
    [true],
    [[]],
    [[1, 2]],
    [{}],
    [{ id: "fine" }, null],
    [{ id: "fine" }, "str"],
  ];

  it("is an invalid-response GraphError, never a page of empty models", async ({ task }) => {
    for (const value of values) {
      const server = faults.server;
      const id = faults.scenario((_request, response) => sendJson(response, 200, { value }));
      const client = clientFor(server, {
        // The collection call is sent to the scenario's URL, so each list gets its own body.
        fetch: (url, init) => fetch(url.replace(/\/connections(\?|$)/, `/connections/${id}$1`), init),
      });
      const error = await failure(client.connections.list());
      expect(error.kind, JSON.stringify(value)).toBe("invalid-response");
      expect(error.message).toMatch(/holds an item that is not a record .* at index \d+ of `value`\./);
      const source = client.connections.pageSource();
      await expect(source.firstPage()).rejects.toMatchObject({ kind: "invalid-response" });
    }
    countAttacks(task, values.length * 2);
  });

  it("while records with only unknown properties are kept", async () => {
    const id = faults.scenario((_request, response) =>
      sendJson(response, 200, { value: [{ futureProperty: 1 }, { id: "known" }] }),
    );
    const client = clientFor(faults.server, {
      fetch: (url, init) => fetch(url.replace(/\/connections(\?|$)/, `/connections/${id}$1`), init),
    });
    const page = await client.connections.list();
    expect(page.value).toHaveLength(2);
    expect(page.value[0]?.additionalData).toEqual({ futureProperty: 1 });
  });
});

/** Registers the stall and keeps the socket of its latest request, to see that the client closed it. */
function stall(behaviour: Scenario) {
  let socket: Socket | undefined;
  const id = faults.scenario((request, response, attempt) => {
    socket = request.socket;
    behaviour(request, response, attempt);
  });
  return { id, closed: () => socket?.destroyed === true };
}

describe("stalls", () => {
  const stalls: [string, Scenario][] = [
    ["no response at all", () => undefined],
    [
      "headers, then no body",
      (_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.flushHeaders();
      },
    ],
    [
      "a body dripping one byte at a time",
      (_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        const drip = setInterval(() => response.write(" "), 40);
        response.on("close", () => clearInterval(drip));
      },
    ],
    [
      "a 429 whose retry never answers",
      (_request, response, attempt) => {
        if (attempt === 1) throttle(429, "0")(response);
      },
    ],
  ];

  it.for(stalls)("%s times out promptly and the connection is closed", async ([, behaviour], { task }) => {
    countAttacks(task, 1);
    const { id, closed } = stall(behaviour);
    const started = performance.now();
    const error = await failure(clientFor(faults.server, { timeoutMs: 250 }).connections.get(id));
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(performance.now() - started).toBeLessThan(1500);
    await waitFor(closed);
  });

  it.for(stalls)("%s ends at once when the caller aborts", async ([, behaviour], { task }) => {
    countAttacks(task, 1);
    const { id, closed } = stall(behaviour);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 100);
    const error = await failure(clientFor(faults.server).connections.get(id, { signal: controller.signal }));
    expect(error).toBeInstanceOf(GraphAbortError);
    await waitFor(closed);
  });
});
