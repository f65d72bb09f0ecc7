// Wall time of `pnpm generate` on a scratch copy of the workspace, for both ways to wire it: a full
// regeneration after a spec edit (tree and changesets written) and a no-op regeneration (goal: < 1 s).
// Run: node --disable-warning=ExperimentalWarning tools/codegen/src/diff/bench.ts
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { commitScratchRepository } from "./scratch-repo.ts";

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const generatorCli = fileURLToPath(new URL("../cli.ts", import.meta.url));
const specDiffCli = fileURLToPath(new URL("../spec-diff-cli.ts", import.meta.url));
const OUT = "packages/client/src/generated";
const SPEC = "specs/networkaccess.yaml";
const RUNS = 7;

/** The sources spec:diff reads: the spec, every package's manifest and src (with the generated client). */
async function scratchWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "spec-diff-bench-"));
  await cp(join(repoRoot, SPEC), join(dir, SPEC));
  await cp(join(repoRoot, "pnpm-workspace.yaml"), join(dir, "pnpm-workspace.yaml"));
  for (const name of await readdir(join(repoRoot, "packages"))) {
    for (const part of ["package.json", "src"]) {
      await cp(join(repoRoot, "packages", name, part), join(dir, "packages", name, part), {
        recursive: true,
      }).catch(() => undefined);
    }
  }
  await commitScratchRepository(dir);
  return dir;
}

/** The spec with one more connection property and traffic type, as Graph adds them. */
function editedSpec(spec: string): string {
  const property = "            agentVersion:\n";
  const member = "        - microsoft365\n";
  if (!spec.includes(property) || !spec.includes(member))
    throw new Error("the spec no longer has the anchors this benchmark edits");
  return spec
    .replace(
      property,
      `            agentRegion:\n              type: string\n              nullable: true\n${property}`,
    )
    .replace(member, `${member}        - microsoftNetwork\n`);
}

async function timed(cwd: string, script: string, args: string[]): Promise<number> {
  const started = performance.now();
  await run(process.execPath, ["--disable-warning=ExperimentalWarning", script, ...args], { cwd });
  return performance.now() - started;
}

/** The two ways to wire `pnpm generate`: generator then spec:diff, or spec:diff regenerating itself. */
const wirings: Record<string, (cwd: string) => Promise<number>> = {
  "generator CLI + spec:diff --write": async (cwd) =>
    (await timed(cwd, generatorCli, ["generate", "--out", OUT])) +
    (await timed(cwd, specDiffCli, ["--out", OUT, "--write"])),
  "spec:diff --apply --write (one process)": (cwd) =>
    timed(cwd, specDiffCli, ["--out", OUT, "--apply", "--write"]),
};

/** Median and best of the samples: the machine is shared, so the best run shows the uncontended cost. */
function summary(samples: number[]): string {
  const sorted = samples.toSorted((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${Math.round(median)} ms, best ${Math.round(sorted[0]!)} ms (${samples.length} runs)`;
}

const dir = await scratchWorkspace();
try {
  const original = await readFile(join(dir, SPEC), "utf8");
  const restore = async () => {
    await writeFile(join(dir, SPEC), original);
    await wirings["spec:diff --apply --write (one process)"]!(dir);
  };
  for (const [label, regenerate] of Object.entries(wirings)) {
    const noop: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < RUNS; i++) noop.push(await regenerate(dir));
    for (let i = 0; i < RUNS; i++) {
      await writeFile(join(dir, SPEC), editedSpec(original));
      full.push(await regenerate(dir));
      await restore();
    }
    console.log(
      `${label}:\n  no-op regeneration           ${summary(noop)}\n  full regeneration with diff  ${summary(full)}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
