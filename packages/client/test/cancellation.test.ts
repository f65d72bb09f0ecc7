import { afterEach, describe, expect, it } from "vitest";
import { GraphAbortError, GraphTimeoutError, isGraphError } from "../src/index.js";
import type { GraphError } from "../src/index.js";
import { clientFor } from "./support/clients.js";
import { sendJson, startServer, waitFor } from "./support/local-server.js";
import type { Handler, LocalServer } from "./support/local-server.js";

const servers: LocalServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: Handler): Promise<LocalServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

/** Never answers: the request stays open until the client gives up. */
const hang: Handler = () => undefined;

async function rejection(promise: Promise<unknown>): Promise<{ error: GraphError; settledAt: number }> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isGraphError(error)) throw new Error(`Expected a GraphError, got ${String(error)}`);
  return { error, settledAt: performance.now() };
}

describe("cancellation", () => {
  it("an abort mid-request rejects at once with GraphAbortError and closes the connection", async () => {
    const server = await serve(hang);
    const controller = new AbortController();
    const call = rejection(clientFor(server).connections.list({ signal: controller.signal }));
    await waitFor(() => server.requests.length === 1);
    expect(server.openConnections()).toBe(1);

    const abortedAt = performance.now();
    controller.abort(new Error("user navigated away"));
    const { error, settledAt } = await call;

    expect(settledAt - abortedAt).toBeLessThan(200);
    expect(error).toBeInstanceOf(GraphAbortError);
    expect(error).not.toBeInstanceOf(GraphTimeoutError);
    expect(error.kind).toBe("abort");
    expect(error.name).toBe("AbortError");
    expect(error.cause).toEqual(new Error("user navigated away"));
    await waitFor(() => server.openConnections() === 0);
  });

  it("a per-call timeout rejects promptly with GraphTimeoutError and closes the connection", async () => {
    const server = await serve(hang);
    const startedAt = performance.now();
    const { error, settledAt } = await rejection(clientFor(server).connections.count({ timeoutMs: 150 }));

    expect(settledAt - startedAt).toBeGreaterThanOrEqual(140);
    expect(settledAt - startedAt).toBeLessThan(1000);
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(error).not.toBeInstanceOf(GraphAbortError);
    expect(error.kind).toBe("timeout");
    expect(error.name).toBe("TimeoutError");
    expect(error).toHaveProperty("timeoutMs", 150);
    await waitFor(() => server.openConnections() === 0);
  });

  it("the client's default timeout applies when the call sets none", async () => {
    const server = await serve(hang);
    const client = clientFor(server, { timeoutMs: 120 });
    const { error } = await rejection(
      client.destinationReport({ start: "2024-05-01T00:00:00Z", end: "2024-05-02T00:00:00Z" }),
    );

    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(error).toHaveProperty("timeoutMs", 120);
  });

  it("a body that stalls after the headers is covered by the timeout", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"value":[');
    });
    const { error } = await rejection(clientFor(server).connections.list({ timeoutMs: 150 }));

    expect(error).toBeInstanceOf(GraphTimeoutError);
    await waitFor(() => server.openConnections() === 0);
  });

  it("an already aborted signal sends nothing", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { value: [] }));
    const { error } = await rejection(clientFor(server).connections.list({ signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(GraphAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("an abort during a Retry-After wait rejects at once and nothing more is sent", async () => {
    const server = await serve((_request, response) =>
      sendJson(
        response,
        429,
        { error: { code: "TooManyRequests", message: "Slow down." } },
        { "retry-after": "1" },
      ),
    );
    const controller = new AbortController();
    const call = rejection(clientFor(server).connections.list({ signal: controller.signal }));
    await waitFor(() => server.requests.length === 1);

    const abortedAt = performance.now();
    controller.abort();
    const { error, settledAt } = await call;
    expect(settledAt - abortedAt).toBeLessThan(200);
    expect(error).toBeInstanceOf(GraphAbortError);

    // The retry handler's wait ends in the background; its retry is refused before it reaches the wire.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(server.requests).toHaveLength(1);
  });
});
