// Wall time of regeneration, side by side in one run, on a scratch copy of the workspace:
//   Kiota alone           `kiota update --clean-output` as `pnpm generate` runs it (goal: the baseline)
//   pnpm generate, edited spec validation + Kiota + swap + spec:diff + changesets (goal: Kiota + 0.5 s)
//   pnpm generate, unchanged spec, end to end, pnpm included (goal: 1 s)
// Needs Kiota (.NET or KIOTA_BIN). Run: pnpm bench:codegen
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { locateKiota } from "../src/kiota/locate-kiota.ts";
import { kiotaUpdate } from "../src/kiota/run-kiota.ts";
import { pnpm } from "../test/support/scratch-commands.ts";
import { createScratchWorkspace } from "../test/support/scratch-workspace.ts";
import { addConnectionProperty } from "../test/support/spec-edits.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const GENERATED = "packages/client/src/generated";
const SPEC = "specs/networkaccess.yaml";

const timed = async (action) => {
  const started = performance.now();
  await action();
  return performance.now() - started;
};
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (xs) => Math.min(...xs);
const ms = (x) => `${Math.round(x)} ms`.padStart(8);

const workspace = await createScratchWorkspace(repoRoot, "netaccess-bench-");
try {
  const kiota = await locateKiota(workspace);
  const specPath = join(workspace, SPEC);
  const original = await readFile(specPath, "utf8");
  const edited = addConnectionProperty(original, "agentRegion");
  // Kiota's own folder next to the generated one, so the lock resolves the spec the same way.
  const kiotaDir = join(workspace, GENERATED, "..", ".bench-kiota");

  const kiotaAlone = [];
  const full = [];
  const noop = [];
  await pnpm(workspace, "generate"); // warm: stamp written, caches filled
  for (let i = 0; i < RUNS; i++) {
    await writeFile(specPath, i % 2 === 0 ? edited : original);
    const reset = async () => {
      await rm(kiotaDir, { recursive: true, force: true });
      await mkdir(kiotaDir);
      await cp(join(workspace, GENERATED, "kiota-lock.json"), join(kiotaDir, "kiota-lock.json"));
    };
    await reset();
    kiotaAlone.push(await timed(() => kiotaUpdate(kiota, kiotaDir, reset)));
    full.push(await timed(() => pnpm(workspace, "generate")));
    noop.push(await timed(() => pnpm(workspace, "generate")));
  }

  // Each edited run is paired with the Kiota run just before it, so a busy machine slows both alike.
  const overhead = median(full.map((x, i) => x - kiotaAlone[i]));
  console.log(
    `regeneration wall time, ${RUNS} runs each (median / best), ${kiota.label}, load ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`  Kiota alone (kiota update)            ${ms(median(kiotaAlone))} / ${ms(best(kiotaAlone))}`);
  console.log(`  pnpm generate, spec edited            ${ms(median(full))} / ${ms(best(full))}`);
  console.log(
    `    = Kiota + ${ms(overhead).trim()} (median of paired runs)  goal: Kiota + 500 ms  ${overhead <= 500 ? "met" : "missed"}`,
  );
  console.log(`  pnpm generate, spec unchanged         ${ms(median(noop))} / ${ms(best(noop))}`);
  console.log(
    `    = ${(median(noop) / median(kiotaAlone)).toFixed(2)}× Kiota alone              goal: 1000 ms  ${median(noop) <= 1000 ? "met" : "missed"}`,
  );
} finally {
  await rm(workspace, { recursive: true, force: true });
}
