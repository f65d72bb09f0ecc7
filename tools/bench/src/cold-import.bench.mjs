// Cold import time, each sample in a fresh Node process, variants taking turns: @netaccess/client
// next to the Kiota runtime alone (what it is built on) and Microsoft's Graph beta SDK models.
import { runWorker } from "./support/processes.mjs";
import { fixed, median, printTable } from "./support/stats.mjs";

const SAMPLES = 9;
const KIOTA_RUNTIME = [
  "@microsoft/kiota-abstractions",
  "@microsoft/kiota-http-fetchlibrary",
  "@microsoft/kiota-serialization-json",
  "@microsoft/kiota-serialization-text",
];
const VARIANTS = [
  ["@netaccess/client (generated client, facade, fast parse node)", ["@netaccess/client"]],
  ["Kiota runtime alone (abstractions, fetch, JSON, text)", KIOTA_RUNTIME],
  [
    "Microsoft Graph beta SDK: networkaccess models",
    ["@microsoft/msgraph-beta-sdk/models/networkaccess/index.js"],
  ],
  [
    "Microsoft Graph beta SDK: client + networkaccess models",
    ["@microsoft/msgraph-beta-sdk", "@microsoft/msgraph-beta-sdk/models/networkaccess/index.js"],
  ],
];
const worker = new URL("./cold-import-worker.mjs", import.meta.url);

const samples = VARIANTS.map(() => []);
for (const [, specifiers] of VARIANTS) await runWorker(worker, specifiers); // fill the OS file cache
for (let round = 0; round < SAMPLES; round++) {
  for (const [index, [, specifiers]] of VARIANTS.entries())
    samples[index].push((await runWorker(worker, specifiers)).ms);
}
const times = samples.map(median);
console.log(`median of ${SAMPLES} fresh processes each`);
printTable([
  ["import", "ms", "× Kiota runtime alone"],
  ...VARIANTS.map(([title], i) => [title, fixed(times[i], 1), fixed(times[i] / times[1], 2)]),
]);
