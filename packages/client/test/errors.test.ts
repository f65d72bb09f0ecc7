import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNetworkAccessClient,
  GraphError,
  GraphNetworkError,
  isGraphError,
  toGraphError,
} from "../src/index.js";
import { clientFor } from "./support/clients.js";
import { failure } from "./support/failure.js";
import { sendJson, startServer } from "./support/local-server.js";
import type { LocalServer } from "./support/local-server.js";

const ITEM_PATH = "/beta/networkAccess/logs/connections/";

function odataError(code: string, message: string, requestId: string) {
  return {
    error: {
      code,
      message,
      innerError: {
        "request-id": requestId,
        "client-request-id": "inner-client-id",
        date: "2024-05-01T10:00:00",
      },
    },
  };
}

let throttledCalls = 0;

// Each connection id picks a failure; the request's client-request-id is echoed like Graph does.
const behaviours: Record<string, (response: ServerResponse, clientRequestId: string) => void> = {
  missing: (response, id) =>
    sendJson(
      response,
      404,
      odataError("Request_ResourceNotFound", "Resource 'missing' does not exist.", "req-404"),
      {
        "request-id": "req-404",
        "client-request-id": id,
      },
    ),
  forbidden: (response) =>
    sendJson(
      response,
      403,
      odataError("Authorization_RequestDenied", "Insufficient privileges.", "req-403"),
      {
        "request-id": "req-403",
      },
    ),
  throttled: (response) => {
    throttledCalls += 1;
    if (throttledCalls === 1) {
      sendJson(response, 429, odataError("TooManyRequests", "Slow down.", "req-429"), { "retry-after": "1" });
    } else {
      sendJson(response, 200, { id: "throttled", status: "active" });
    }
  },
  "always-throttled": (response) =>
    sendJson(response, 429, odataError("TooManyRequests", "Slow down.", "req-429b"), { "retry-after": "7" }),
  broken: (response) =>
    sendJson(response, 500, odataError("InternalServerError", "Something broke.", "req-500")),
  gateway: (response) => {
    response.writeHead(502, { "content-type": "text/html" });
    response.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
  },
  empty: (response) => {
    response.writeHead(400);
    response.end();
  },
  garbled: (response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end("{ not json");
  },
};

let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const id = decodeURIComponent((request.url ?? "").slice(ITEM_PATH.length));
    const behaviour = behaviours[id];
    if (behaviour) behaviour(response, String(request.headers["client-request-id"]));
    else sendJson(response, 200, { id });
  });
});

afterAll(() => server.close());

describe("HTTP failures become GraphError", () => {
  it("404 carries status, code, messages, ids and the raw body", async () => {
    const error = await failure(clientFor(server).connections.get("missing"));
    const sentId = server.requests.at(-1)?.headers["client-request-id"];

    expect(error).toBeInstanceOf(GraphError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe("http");
    expect(error.status).toBe(404);
    expect(error.code).toBe("Request_ResourceNotFound");
    expect(error.serviceMessage).toBe("Resource 'missing' does not exist.");
    expect(error.message).toBe(
      "Graph request failed with HTTP 404 Request_ResourceNotFound: Resource 'missing' does not exist. (request-id req-404)",
    );
    expect(error.requestId).toBe("req-404");
    expect(error.clientRequestId).toBe(sentId);
    expect(JSON.parse(error.body ?? "")).toEqual(
      odataError("Request_ResourceNotFound", "Resource 'missing' does not exist.", "req-404"),
    );
    expect(error.serviceError?.innerError?.requestId).toBe("req-404");
  });

  it("403 carries Graph's authorization code", async () => {
    const error = await failure(clientFor(server).connections.get("forbidden"));

    expect(error.status).toBe(403);
    expect(error.code).toBe("Authorization_RequestDenied");
    expect(error.requestId).toBe("req-403");
    // No echo header: the id comes from the body's innerError.
    expect(error.clientRequestId).toBe("inner-client-id");
  });

  it("429 then 200: Kiota's retry handler waits out Retry-After and the call succeeds", async () => {
    throttledCalls = 0;
    const before = server.requests.length;
    const started = performance.now();
    const connection = await clientFor(server).connections.get("throttled");
    const elapsed = performance.now() - started;

    expect(connection.id).toBe("throttled");
    const attempts = server.requests.slice(before);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]?.headers["retry-attempt"]).toBe("1");
    expect(attempts[1]?.headers["client-request-id"]).toBe(attempts[0]?.headers["client-request-id"]);
    expect(elapsed).toBeGreaterThanOrEqual(950);
  });

  it("a final 429 exposes Retry-After when retries are off", async () => {
    const before = server.requests.length;
    const error = await failure(
      clientFor(server, { retry: { maxRetries: 0 } }).connections.get("always-throttled"),
    );

    expect(server.requests.length - before).toBe(1);
    expect(error.status).toBe(429);
    expect(error.code).toBe("TooManyRequests");
    expect(error.retryAfter).toBe("7");
    expect(error.retryAfterMs).toBe(7000);
  });

  it("500 with an ODataError body is fully read", async () => {
    const error = await failure(clientFor(server).connections.get("broken"));

    expect(error.status).toBe(500);
    expect(error.code).toBe("InternalServerError");
    expect(error.serviceMessage).toBe("Something broke.");
    expect(error.requestId).toBe("req-500");
    expect(error.serviceError?.innerError?.date).toEqual(new Date("2024-05-01T10:00:00"));
    expect(error.headers["content-type"]).toBe("application/json");
  });

  it("a non-JSON error body still gives status, body and a clear message", async () => {
    const error = await failure(clientFor(server).connections.get("gateway"));

    expect(error.kind).toBe("http");
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.body).toBe("<html><body><h1>502 Bad Gateway</h1></body></html>");
    expect(error.message).toBe(
      "Graph request failed with HTTP 502; the body (text/html) is not a Graph error: <html><body><h1>502 Bad Gateway</h1></body></html>",
    );
  });

  it("an empty error body still gives the status", async () => {
    const error = await failure(clientFor(server).connections.get("empty"));

    expect(error.status).toBe(400);
    expect(error.body).toBe("");
    expect(error.message).toBe("Graph request failed with HTTP 400");
  });

  it("an unreadable success body is an invalid-response GraphError", async () => {
    const error = await failure(clientFor(server).connections.get("garbled"));

    expect(error.kind).toBe("invalid-response");
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("toGraphError normalises what a raw api call throws", async () => {
    const raw: unknown = await clientFor(server)
      .api.networkAccess.logs.connections.byConnectionId("missing")
      .get()
      .then(
        () => undefined,
        (error: unknown) => error,
      );

    expect(isGraphError(raw)).toBe(false);
    const error = toGraphError(raw);
    expect(error.status).toBe(404);
    expect(error.code).toBe("Request_ResourceNotFound");
    expect(error.requestId).toBe("req-404");
    expect(error.cause).toBe(raw);
  });
});

describe("failures without a response", () => {
  it("an unreachable host is a GraphNetworkError", async () => {
    const closed = await startServer(() => undefined);
    const baseUrl = `${closed.origin}/beta`;
    await closed.close();
    const client = createNetworkAccessClient({ baseUrl, token: "t", allowInsecureLoopback: true });

    const error = await failure(client.connections.count());
    expect(error).toBeInstanceOf(GraphNetworkError);
    expect(error.kind).toBe("network");
    expect(error.status).toBeUndefined();
    expect(error.message).toContain(`Could not reach ${new URL(baseUrl).origin}`);
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("a failing token function is an auth GraphError and nothing is sent", async () => {
    const before = server.requests.length;
    const client = createNetworkAccessClient({
      baseUrl: `${server.origin}/beta`,
      allowInsecureLoopback: true,
      getToken: () => Promise.reject(new Error("MSAL: interaction required")),
    });

    const error = await failure(client.connections.get("anything"));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("Could not authenticate the Graph request: MSAL: interaction required");
    expect(server.requests.length).toBe(before);
  });
});
