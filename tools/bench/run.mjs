// `pnpm bench`: every benchmark in one run, one after another so they do not compete for the CPU.
// Each prints its measurements and the ratios its goal is stated in; the goal lines are repeated
// at the end. Benchmarks other packages add as packages/*/bench/*.bench.mjs or
// tools/*/bench/*.bench.mjs run too, after the listed ones.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, globSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const nodeFlags = ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", "--expose-gc"];
const listed = [
  ["client: typed deserialization of a 1000-connection page", "tools/bench/src/deserialize.bench.mjs"],
  ["client: 100,000 connections end to end, peak RSS", "tools/bench/src/end-to-end.bench.mjs"],
  [
    "pagination: prefetch against a mock with latency, and memory",
    "packages/pagination/bench/prefetch.bench.mjs",
  ],
  ["client: cold import", "tools/bench/src/cold-import.bench.mjs"],
  ["client: installed size", "tools/bench/src/install-size.bench.mjs"],
  ["fixtures: mock server pages per second", "packages/fixtures/bench/pages.bench.mjs"],
];
const discovered = globSync(["packages/*/bench/*.bench.mjs", "tools/*/bench/*.bench.mjs"], { cwd: root })
  .sort()
  .filter((script) => !listed.some(([, known]) => known === script))
  .map((script) => [
    `${script.split("/")[1]}: ${script.split("/").at(-1).replace(".bench.mjs", "")}`,
    script,
  ]);
const benches = [...listed, ...discovered];

// Timings depend on what else the machine runs: say so next to them.
const machine = () => `${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)}`;
console.log(`pnpm bench: Node ${process.versions.node}, ${machine()}`);
let failed = 0;
const goals = [];
for (const [title, script] of benches) {
  console.log(`\n### ${title}  (${script})`);
  if (!existsSync(`${root}/${script}`)) {
    console.log("missing: this benchmark script does not exist");
    failed++;
    continue;
  }
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  const [code] = await once(child, "exit");
  if (code !== 0) failed++;
  for (const line of output.split("\n")) if (/\bgoal\b/i.test(line)) goals.push(`${title}: ${line.trim()}`);
}
console.log(`\n### goals, as measured above (${machine()} at the end)`);
for (const line of goals) console.log(`  ${line}`);
console.log(`\n${benches.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
