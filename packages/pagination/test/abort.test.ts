import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { items, PaginationAbortedError, pages } from "../src/index.js";
import { startCollectionServer } from "./support/collection-server.js";
import type { CollectionServer } from "./support/collection-server.js";
import { kiotaSource } from "./support/connection-sources.js";
import { createTestAdapter } from "./support/kiota-adapter.js";
import { delay, waitUntil } from "./support/timing.js";

const PROMPT_MS = 250;

let server: CollectionServer;
beforeAll(async () => {
  server = await startCollectionServer({ total: 50 });
});
afterEach(() => {
  for (const key of Object.keys(server.faults)) delete server.faults[key as keyof typeof server.faults];
});
afterAll(() => server.close());

/** Time from calling `abort` to `promise` settling with a rejection. */
async function rejectionDelay(
  promise: Promise<unknown>,
  abort: () => void,
): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  abort();
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  return { error, ms: performance.now() - started };
}

describe("aborting mid-stream", () => {
  it("rejects promptly, closes the in-flight request and sends no further request", async () => {
    server.faults.hangAt = 2;
    const adapter = createTestAdapter(server.url);
    const controller = new AbortController();
    const run = pages(kiotaSource(server, adapter, { pageSize: 5 }), { signal: controller.signal });
    const first = await run.next();
    const second = await run.next();
    const cursorOfSecond = second.done ? undefined : second.value.cursor;
    expect(first.done).toBe(false);
    await waitUntil(() => server.requests.some((request) => request.page === 2), "page 2 is requested");
    const requestsAtAbort = server.requests.length;

    const { error, ms } = await rejectionDelay(run.next(), () => controller.abort());
    expect(error).toBeInstanceOf(PaginationAbortedError);
    expect(error).toMatchObject({ name: "AbortError", code: "ABORTED", cursor: cursorOfSecond });
    expect(ms).toBeLessThan(PROMPT_MS);
    await waitUntil(() => server.openRequests() === 0, "the hanging request is closed");
    expect(server.requests.find((request) => request.page === 2)?.aborted).toBe(true);
    await delay(100);
    expect(server.requests.length).toBe(requestsAtAbort);
    await expect(run.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it("cancels the prefetched request when aborted while the consumer works on a page", async () => {
    server.faults.latencyMs = 300;
    const adapter = createTestAdapter(server.url);
    const controller = new AbortController();
    const run = items(kiotaSource(server, adapter, { pageSize: 5 }), { signal: controller.signal });
    await run.next();
    await waitUntil(() => server.requests.length >= 1 && server.openRequests() === 1, "page 1 is prefetched");
    const requestsAtAbort = server.requests.length;
    const { error, ms } = await rejectionDelay(
      (async () => {
        for (let consumed = 1; consumed < 5; consumed++) await run.next();
        return run.next();
      })(),
      () => controller.abort(new Error("user cancelled")),
    );
    expect(error).toBeInstanceOf(PaginationAbortedError);
    expect((error as PaginationAbortedError).cause).toEqual(new Error("user cancelled"));
    expect(ms).toBeLessThan(PROMPT_MS);
    await waitUntil(() => server.openRequests() === 0, "the prefetch is closed");
    await delay(100);
    expect(server.requests.length).toBe(requestsAtAbort);
  });

  it("still rejects promptly with an adapter that cannot cancel, and starts nothing new", async () => {
    server.faults.latencyMs = 400;
    const adapter = createTestAdapter(server.url, { cancellable: false });
    const controller = new AbortController();
    const run = pages(kiotaSource(server, adapter, { pageSize: 5 }), { signal: controller.signal });
    const before = server.requests.length;
    const pending = run.next();
    await waitUntil(() => server.requests.length === before + 1, "the first page is requested");
    const { error, ms } = await rejectionDelay(pending, () => controller.abort());
    expect(error).toBeInstanceOf(PaginationAbortedError);
    expect(error).toMatchObject({ cursor: undefined });
    expect(ms).toBeLessThan(PROMPT_MS);
    await waitUntil(() => server.openRequests() === 0, "the uncancellable request finishes on its own", 3000);
    expect(server.requests.length).toBe(before + 1);
  });

  it("makes no request at all when the signal is already aborted", async () => {
    const adapter = createTestAdapter(server.url);
    const before = server.requests.length;
    const run = items(kiotaSource(server, adapter, { pageSize: 5 }), { signal: AbortSignal.abort() });
    await expect(run.next()).rejects.toBeInstanceOf(PaginationAbortedError);
    await delay(50);
    expect(server.requests.length).toBe(before);
  });

  it("closes the prefetched request when the consumer breaks out of the loop", async () => {
    server.faults.latencyMs = 300;
    const adapter = createTestAdapter(server.url);
    const before = server.requests.length;
    for await (const page of pages(kiotaSource(server, adapter, { pageSize: 5 }))) {
      expect(page.index).toBe(0);
      await waitUntil(() => server.requests.length === before + 2, "page 1 is prefetched");
      break;
    }
    await waitUntil(() => server.openRequests() === 0, "the prefetch is closed");
    expect(server.requests.slice(before).map((request) => request.aborted)).toEqual([false, true]);
  });
});
