import { createNetworkAccessClient } from "@netaccess/client";
import { startMockGraph, type MockGraphServer } from "@netaccess/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SharedThrottle } from "../src/throttle.js";
import { listAgainst, MOCK_END, MOCK_START, ndjsonRecords, runCli } from "./support/run-cli.js";

// Cases that spawn processes run side by side; the ones sharing a mock server take turns.
describe.concurrent("--parallel", () => {
  describe("--parallel", () => {
    it("--parallel 4 writes the same records, in the same order, as a sequential export", async () => {
      const window = ["--start", MOCK_START, "--end", MOCK_END, "--top", "100"];
      const [sequential, parallel] = await Promise.all([
        runCli(["connections", "list", "--mock", ...window]),
        runCli(["connections", "list", "--mock", ...window, "--parallel", "4"]),
      ]);
      expect(sequential.code).toBe(0);
      expect(parallel.code).toBe(0);
      expect(ndjsonRecords(sequential.stdout)).toHaveLength(1500); // the whole mock data set
      expect(parallel.stdout).toBe(sequential.stdout);
    });

    it("refuses an order other than createdDateTime ascending", async () => {
      const result = await runCli([
        "connections",
        "list",
        "--mock",
        "--parallel",
        "2",
        "--orderby",
        "sentBytes desc",
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        "netaccess: --parallel writes in time order; it cannot be combined with --orderby 'sentBytes desc'\n",
      );
    });
  });

  describe("one shared limit for every sub-window", { concurrent: false }, () => {
    let server: MockGraphServer;
    beforeAll(async () => {
      server = await startMockGraph({ seed: 3, connections: 600 });
    });
    afterAll(() => server.close());

    it("a 429 with Retry-After pauses every sub-window, and the export still equals the data", async () => {
      server.clearFaults();
      server.requests.length = 0;
      server.inject({ route: "connections", kind: "status", status: 429, retryAfter: 1, nth: 3 });
      const { start, end } = server.dataset.window;
      const started = Date.now();
      const result = await runCli(
        listAgainst(server, "--top", "50", "--parallel", "4", "--select", "id,createdDateTime"),
        { env: { NETACCESS_TOKEN: "test-token" } },
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // Retry-After was honoured
      expect(server.requests.filter((r) => r.status === 429)).toHaveLength(1);
      const expected = [...server.dataset.connections]
        .filter((c) => c.createdDateTime >= start && c.createdDateTime < end)
        .sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime))
        .map((c) => c.id);
      expect(ndjsonRecords(result.stdout).map((r) => r.id)).toEqual(expected);
    });

    it("holds every request while one is throttled, and never exceeds the limit in flight", async () => {
      server.clearFaults();
      server.requests.length = 0;
      server.inject({ route: "connections", kind: "status", status: 429, retryAfter: 1, nth: 1 });
      server.inject({ route: "connections", kind: "latency", ms: 20 });
      const sent: number[] = [];
      let throttledAt = 0;
      let onThrottled: (() => void) | undefined;
      const throttled = new Promise<void>((resolve) => (onThrottled = resolve));
      let inFlight = 0;
      let maxInFlight = 0;
      const client = createNetworkAccessClient({
        baseUrl: server.url,
        token: "test-token",
        allowInsecureLoopback: true,
        middleware: [new SharedThrottle(2)],
        fetch: async (url, init) => {
          sent.push(Date.now());
          maxInFlight = Math.max(maxInFlight, ++inFlight);
          try {
            const response = await fetch(url, init);
            if (response.status === 429) {
              throttledAt = Date.now();
              onThrottled?.();
            }
            return response;
          } finally {
            inFlight--;
          }
        },
      });
      const first = client.connections.list({ top: 1 }); // answered 429, Retry-After 1
      await throttled;
      await new Promise((resolve) => setTimeout(resolve, 0)); // the 429 has passed back through the middleware
      const others = await Promise.all([1, 2, 3, 4].map((skip) => client.connections.list({ top: 1, skip })));
      await first;
      expect(others.every((page) => page.value.length === 1)).toBe(true);
      expect(maxInFlight).toBeLessThanOrEqual(2);
      // After the 429 arrived nothing went out, the retry included, until its Retry-After had passed.
      expect(sent).toHaveLength(6);
      for (const time of sent.slice(1)) expect(time).toBeGreaterThanOrEqual(throttledAt + 950);
      expect(server.requests.map((r) => r.status)).toEqual([429, 200, 200, 200, 200, 200]);
    });
  });
});
