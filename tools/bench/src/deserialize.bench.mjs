// Typed deserialization of one 1000-connection page (the mock's `$top=1000`, Graph's largest page):
// this package's fast parse node, Kiota's stock one, Microsoft's Graph beta SDK models, and a bare
// JSON.parse, interleaved in one process. Goal: fast at most 3× JSON.parse.
import { InMemoryBackingStoreFactory } from "@microsoft/kiota-abstractions";
import { JsonParseNodeFactory } from "@microsoft/kiota-serialization-json";
import {
  createConnectionCollectionResponseFromDiscriminatorValue,
  FastJsonParseNodeFactory,
} from "@netaccess/client";
import { startMockGraph } from "@netaccess/fixtures";
import { allocatedPerCall } from "./support/garbage.mjs";
import { fixed, median, printTable, timePerCall, verdict } from "./support/stats.mjs";

const ROUNDS = 15;
const CALLS_PER_SAMPLE = 4;

async function fetchPage() {
  const server = await startMockGraph({ connections: 1000 });
  try {
    const response = await fetch(`${server.url}/networkAccess/logs/connections?$top=1000`, {
      headers: { authorization: "Bearer bench" },
    });
    if (!response.ok) throw new Error(`the mock answered ${response.status}`);
    return await response.arrayBuffer();
  } finally {
    await server.close();
  }
}

const page = await fetchPage();
const graphModels = await import("@microsoft/msgraph-beta-sdk/models/networkaccess/index.js");
const decoder = new TextDecoder();
const typed = (factory, createPage) => () =>
  factory.getRootParseNode("application/json", page).getObjectValue(createPage).value.length;

const variants = [
  ["JSON.parse (decode + parse, untyped)", () => JSON.parse(decoder.decode(page)).value.length],
  [
    "fast parse node, @netaccess/client models",
    typed(new FastJsonParseNodeFactory(), createConnectionCollectionResponseFromDiscriminatorValue),
  ],
  [
    "Kiota stock parse node, @netaccess/client models",
    typed(new JsonParseNodeFactory(), createConnectionCollectionResponseFromDiscriminatorValue),
  ],
  [
    "Kiota stock parse node, Microsoft's models",
    typed(new JsonParseNodeFactory(), graphModels.createConnectionCollectionResponseFromDiscriminatorValue),
  ],
  [
    "Kiota stock parse node + backing store, Microsoft's models (its adapter's setup)",
    typed(
      new JsonParseNodeFactory(new InMemoryBackingStoreFactory()),
      graphModels.createConnectionCollectionResponseFromDiscriminatorValue,
    ),
  ],
];

for (const [name, read] of variants) {
  if (read() !== 1000) throw new Error(`${name} did not read 1000 connections`);
  for (let i = 0; i < 3; i++) read(); // warm-up: optimised code for every variant
}
const samples = variants.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  for (const [index, [, read]] of variants.entries())
    samples[index].push(timePerCall(read, CALLS_PER_SAMPLE));
}
const times = samples.map((runs) => median(runs.map((run) => run.wall)));
const cpuTimes = samples.map((runs) => median(runs.map((run) => run.cpu)));
const garbage = variants.map(([, read]) => allocatedPerCall(read, 10));
const [jsonMs, fastMs, stockMs] = times;
const [jsonCpu, fastCpu, stockCpu] = cpuTimes;

console.log(
  `page: 1000 connections, ${fixed(page.byteLength / 1e6, 2)} MB; median of ${ROUNDS} interleaved samples of ${CALLS_PER_SAMPLE} reads`,
);
printTable([
  ["reader", "ms/page", "× JSON.parse", "× fast", "CPU ms/page", "CPU × JSON.parse", "allocated/page"],
  ...variants.map(([name], i) => [
    name,
    fixed(times[i], 2),
    fixed(times[i] / jsonMs, 2),
    fixed(times[i] / fastMs, 2),
    fixed(cpuTimes[i], 2),
    fixed(cpuTimes[i] / jsonCpu, 2),
    `${fixed(garbage[i] / 1e6, 1)} MB`,
  ]),
]);
console.log(
  `  fast vs stock (same models): ${fixed(fastMs / stockMs, 2)}× the wall time, ${fixed(fastCpu / stockCpu, 2)}× the CPU time`,
);
console.log(
  `  goal: fast ≤ 3× JSON.parse → ${fixed(fastMs / jsonMs, 2)}× wall (${verdict(fastMs / jsonMs, 3)}), ${fixed(fastCpu / jsonCpu, 2)}× CPU (${verdict(fastCpu / jsonCpu, 3)})`,
);
