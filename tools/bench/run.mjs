// `pnpm bench`: every benchmark in one run, one after another so they do not compete for the CPU.
// Each prints its own measurements and the ratios its goal is stated in.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const node = [process.execPath, "--experimental-strip-types", "--disable-warning=ExperimentalWarning"];
const benches = [
  ["client: Kiota deserialization vs JSON.parse", "tools/bench/src/deserialize.bench.mjs"],
  ["codegen: generation time by spec size", "tools/codegen/bench/generate.bench.mjs"],
  ["codegen: regeneration with API diff", "tools/codegen/src/diff/bench.ts"],
  ["fixtures: mock server pages per second", "packages/fixtures/bench/pages.bench.mjs"],
  ["pagination: prefetch overlap and memory", "packages/pagination/bench/prefetch.bench.mjs"],
];

let failed = 0;
for (const [title, script] of benches) {
  console.log(`\n### ${title}  (${script})`);
  if (!existsSync(new URL(script, `file://${root}/`))) {
    console.log("missing: this benchmark script does not exist");
    failed++;
    continue;
  }
  const run = spawnSync(node[0], [...node.slice(1), "--expose-gc", script], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
