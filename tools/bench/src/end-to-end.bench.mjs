// 100,000 connections end to end from the mock Graph (its own process, pages of 1000 over
// loopback): this client (facade + @netaccess/pagination) next to Microsoft's Graph beta SDK
// (adapter + models + PageIterator) and a bare fetch loop. Each run is its own process, for its
// peak RSS; the variants take turns. Goals: ≤ 0.35× Microsoft's time and ≤ 2× the fetch floor.
import { startMockGraphProcess, runWorker } from "./support/processes.mjs";
import { fixed, mebibytes, median, printTable, verdict } from "./support/stats.mjs";

const CONNECTIONS = 100_000;
const ROUNDS = 3;
const VARIANTS = [
  ["facade-default", "@netaccess/client facade + pagination (default options)"],
  ["facade-fast", "@netaccess/client facade + pagination, fast parse node"],
  ["facade-stock", "@netaccess/client facade + pagination, Kiota stock parse node"],
  ["microsoft", "Microsoft Graph beta SDK: adapter + models + PageIterator"],
  ["fetch", "fetch + res.json() loop (floor, untyped)"],
];
const worker = new URL("./end-to-end-worker.mjs", import.meta.url);

const mock = await startMockGraphProcess(["--connections", String(CONNECTIONS), "--destinations", "0"]);
const results = new Map(VARIANTS.map(([key]) => [key, []]));
try {
  await runWorker(worker, ["fetch", mock.url, String(CONNECTIONS)]); // warm the server's caches
  for (let round = 0; round < ROUNDS; round++) {
    for (const [key] of VARIANTS)
      results.get(key).push(await runWorker(worker, [key, mock.url, String(CONNECTIONS)]));
  }
} finally {
  await mock.stop();
}

// Best of the rounds is the run least disturbed by other work on the machine; CPU time is the
// client process's own and barely depends on that work.
const summary = new Map(
  [...results].map(([key, runs]) => [
    key,
    {
      best: Math.min(...runs.map((run) => run.ms)),
      median: median(runs.map((run) => run.ms)),
      cpu: median(runs.map((run) => run.cpuMs)),
      rss: median(runs.map((run) => run.peakRssBytes)),
      parseNode: runs[0].parseNode,
    },
  ]),
);
const of = (key) => summary.get(key);
const ratios = (key) => ({
  wallMicrosoft: of(key).best / of("microsoft").best,
  wallFloor: of(key).best / of("fetch").best,
  cpuMicrosoft: of(key).cpu / of("microsoft").cpu,
  cpuFloor: of(key).cpu / of("fetch").cpu,
});
console.log(
  `${CONNECTIONS.toLocaleString("en-US")} connections, pages of 1000, ${ROUNDS} runs each (wall ratios from the best run)`,
);
printTable([
  [
    "variant",
    "parse node",
    "best s",
    "median s",
    "× Microsoft",
    "× fetch",
    "client CPU s",
    "CPU × Microsoft",
    "CPU × fetch",
    "peak RSS",
  ],
  ...VARIANTS.map(([key, title]) => {
    const { parseNode, best, cpu, rss } = of(key);
    const ratio = ratios(key);
    return [
      title,
      parseNode,
      fixed(best / 1000, 2),
      fixed(of(key).median / 1000, 2),
      fixed(ratio.wallMicrosoft, 2),
      fixed(ratio.wallFloor, 2),
      fixed(cpu / 1000, 2),
      fixed(ratio.cpuMicrosoft, 2),
      fixed(ratio.cpuFloor, 2),
      mebibytes(rss),
    ];
  }),
]);
const both = (wall, cpu, goal) =>
  `${fixed(wall, 2)}× wall (${verdict(wall, goal)}), ${fixed(cpu, 2)}× CPU (${verdict(cpu, goal)})`;
const goalLines = (key, label) => {
  const ratio = ratios(key);
  console.log(
    `  goal: ${label} ≤ 0.35× Microsoft's time → ${both(ratio.wallMicrosoft, ratio.cpuMicrosoft, 0.35)}`,
  );
  console.log(`  goal: ${label} ≤ 2× the fetch floor     → ${both(ratio.wallFloor, ratio.cpuFloor, 2)}`);
};
goalLines("facade-default", `facade, default options (${of("facade-default").parseNode} parse node)`);
if (of("facade-default").parseNode !== "fast") goalLines("facade-fast", "facade, fast parse node");
