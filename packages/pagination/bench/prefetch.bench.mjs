// Prefetch and memory benchmark for @netaccess/pagination, run against the built dist/.
//   pnpm --filter @netaccess/pagination build && node packages/pagination/bench/prefetch.bench.mjs
// Pages the fixtures mock Graph, always in its own process (its CLI) so the server's work never
// shares the consumer's thread: for the latency run (`--latency`) through the @netaccess/client
// facade as an export would (its default JSON parse node), for the memory run through the real
// Kiota fetch adapter and the generated models, so the heap measured is the consumer's alone.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createNetworkAccessClient } from "@netaccess/client";
import { items, pages } from "../dist/index.js";
import { generatedConnectionSources } from "../test/support/graph-sources.ts";
import { createTestAdapter } from "../test/support/kiota-adapter.ts";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc");

const PAGES = 50;
const LATENCY_MS = 20;
const WORK_MS = 20;
// Small pages keep parsing out of the latency measurement; the memory run uses Graph's 1000.
const LATENCY_QUERY = { top: 100, select: ["id", "createdDateTime"] };
const MEMORY_RECORDS = 200_000;
const MEMORY_QUERY = { top: 1000 };
const MEMORY_CHECKPOINTS = [20_000, 200_000];
const TOKEN = "bench-token";

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const heapAfterGc = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/** The connections page source of a facade client on the mock. */
const facadeSource = (url) =>
  createNetworkAccessClient({
    baseUrl: url,
    token: TOKEN,
    allowInsecureLoopback: true,
  }).connections.pageSource(LATENCY_QUERY);

/** Exports PAGES pages, the server waiting LATENCY_MS per request and the consumer WORK_MS per page. */
async function timedExport(url, prefetch) {
  const source = facadeSource(url);
  const started = performance.now();
  let pageCount = 0;
  for await (const page of pages(source, { prefetch })) {
    pageCount += page.items.length > 0 ? 1 : 0;
    await delay(WORK_MS);
  }
  const elapsed = performance.now() - started;
  if (pageCount !== PAGES) throw new Error(`expected ${PAGES} pages, got ${pageCount}`);
  return elapsed;
}

/** Mean duration of `action` over PAGES sequential runs. */
async function meanMs(action) {
  const started = performance.now();
  for (let i = 0; i < PAGES; i++) await action();
  return (performance.now() - started) / PAGES;
}

/** Mean real cost of one page request (latency plus transport and Kiota) and of one consumer wait. */
async function calibrate(url) {
  const source = facadeSource(url);
  return { requestMs: await meanMs(() => source.firstPage()), workMs: await meanMs(() => delay(WORK_MS)) };
}

/** Starts the fixtures CLI on a free port and resolves with its base URL and a stop function. */
async function startMockGraphProcess(connections, extraArgs = []) {
  const manifestUrl = import.meta.resolve("@netaccess/fixtures/package.json");
  const { bin } = JSON.parse(await readFile(new URL(manifestUrl), "utf8"));
  const cli = new URL(bin["netaccess-mock-graph"], manifestUrl);
  const child = spawn(
    process.execPath,
    [cli.pathname, "--port", "0", "--connections", String(connections), ...extraArgs],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  for await (const chunk of child.stdout) {
    output += chunk;
    const url = /listening on (\S+)/.exec(output)?.[1];
    if (url) return { url, stop: () => (child.kill(), once(child, "exit")) };
  }
  throw new Error(`the mock Graph CLI exited without a URL: ${output}`);
}

/** Consumes MEMORY_RECORDS connections one by one; heap after GC at each checkpoint and the sampled peak. */
async function memoryProfile(url) {
  const { kiota } = generatedConnectionSources(createTestAdapter(url, { token: TOKEN }), MEMORY_QUERY);
  const atCheckpoint = new Map();
  const baseline = heapAfterGc();
  let peak = 0;
  let consumed = 0;
  for await (const connection of items(kiota)) {
    if (!connection.id) throw new Error(`item ${consumed} has no id`);
    consumed++;
    if (consumed % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (MEMORY_CHECKPOINTS.includes(consumed)) atCheckpoint.set(consumed, heapAfterGc());
  }
  if (consumed !== MEMORY_RECORDS) throw new Error(`expected ${MEMORY_RECORDS} items, got ${consumed}`);
  return { baseline, atCheckpoint, peak };
}

const latencyServer = await startMockGraphProcess(PAGES * LATENCY_QUERY.top, [
  "--latency",
  String(LATENCY_MS),
]);
let sequentialMs, prefetchMs, requestMs, workMs;
try {
  await timedExport(latencyServer.url, 1); // warm-up: JIT, sockets, module loading
  sequentialMs = await timedExport(latencyServer.url, 0);
  prefetchMs = await timedExport(latencyServer.url, 1);
  ({ requestMs, workMs } = await calibrate(latencyServer.url));
} finally {
  await latencyServer.stop();
}
const sequentialBound = PAGES * (LATENCY_MS + WORK_MS);
const prefetchGoal = 1.1 * PAGES * Math.max(LATENCY_MS, WORK_MS);
const measuredGoal = 1.1 * PAGES * Math.max(requestMs, workMs);
const verdict = (ms, bound) => (ms <= bound ? "met" : "missed");

console.log(
  `prefetch: N=${PAGES} pages of ${LATENCY_QUERY.top}, L=${LATENCY_MS} ms mock latency, W=${WORK_MS} ms consumer wait per page`,
);
console.log(
  `  prefetch 0 (sequential): ${sequentialMs.toFixed(0)} ms   bound N·(L+W) = ${sequentialBound} ms`,
);
console.log(
  `  prefetch 1             : ${prefetchMs.toFixed(0)} ms   goal 1.1·N·max(L,W) = ${prefetchGoal.toFixed(0)} ms (${verdict(prefetchMs, prefetchGoal)})`,
);
console.log(`  ratio prefetch 1 / prefetch 0: ${(prefetchMs / sequentialMs).toFixed(3)}`);
console.log(
  `  measured per step: request ${requestMs.toFixed(1)} ms (L plus transport and Kiota), wait ${workMs.toFixed(1)} ms`,
);
console.log(
  `  same goal with measured steps 1.1·N·max(request, wait) = ${measuredGoal.toFixed(0)} ms (${verdict(prefetchMs, measuredGoal)})`,
);

const memoryServer = await startMockGraphProcess(MEMORY_RECORDS);
let memory;
try {
  memory = await memoryProfile(memoryServer.url);
} finally {
  await memoryServer.stop();
}
const [early, late] = MEMORY_CHECKPOINTS.map((count) => memory.atCheckpoint.get(count) ?? Number.NaN);
console.log(
  `memory: ${MEMORY_RECORDS} full connections in pages of ${MEMORY_QUERY.top}, consumed item by item (prefetch 1)`,
);
console.log(`  heap after GC before paging: ${mb(memory.baseline)}`);
console.log(`  heap after GC at ${MEMORY_CHECKPOINTS[0]} items: ${mb(early)}`);
console.log(`  heap after GC at ${MEMORY_CHECKPOINTS[1]} items: ${mb(late)}   (growth ${mb(late - early)})`);
console.log(`  peak sampled heap (every 1000 items, no forced GC): ${mb(memory.peak)}`);
