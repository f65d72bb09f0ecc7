// A mock Graph in its own process(es), so its data set (100,000 records) never counts in a measured
// process's memory, and with several workers on one port (node:cluster) so that, like Graph, it
// answers concurrent requests side by side. Every worker serves the same seeded data, and paging
// links are stateless, so any worker can answer any page. Prints one JSON line with the URL and
// window, then serves until killed.
//   node mock-server.mjs <connections> [latencyMs] [workers]
import cluster from "node:cluster";
import { once } from "node:events";
import { createServer } from "node:net";
import { startMockGraph } from "@netaccess/fixtures";

const [connections = 100_000, latencyMs = 0, workers = 1] = process.argv.slice(2).map(Number);

async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function stopWorkers() {
  for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
  process.exit(0);
}

if (cluster.isPrimary) {
  const port = await freePort();
  const ready = [];
  for (let i = 0; i < workers; i++) {
    const worker = cluster.fork({ MOCK_PORT: String(port) });
    ready.push(once(worker, "message").then(([message]) => message));
  }
  const [first] = await Promise.all(ready);
  console.log(JSON.stringify(first));
  process.on("SIGTERM", stopWorkers);
  process.on("SIGINT", stopWorkers);
} else {
  const server = await startMockGraph({
    seed: 7,
    connections,
    destinations: 10,
    port: Number(process.env.MOCK_PORT),
    faults: latencyMs > 0 ? [{ route: "*", kind: "latency", ms: latencyMs }] : [],
  });
  process.send?.({ url: server.url, window: server.dataset.window });
}
