// Times full generations of our spec and of Graph-style synthetic specs 10, 25 and 50 times larger,
// each in a fresh `node` running the CLI, so Node's start-up is part of every number.
// Run from the repository root: `pnpm bench:codegen`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { specSize, syntheticSpec } from "./synthetic-spec.mjs";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const ourSpec = join(repoRoot, "specs/networkaccess.yaml");
const clientLock = JSON.parse(
  readFileSync(join(repoRoot, "packages/client/src/generated/kiota-lock.json"), "utf8"),
);
const runs = 3;
const goals = { ours: 1_000, "50x": 10_000 };

const work = mkdtempSync(join(tmpdir(), "codegen-bench-"));

/** Writes `specText` and a lock naming it; every path of the spec is generated. */
function prepare(name, specText, includePatterns) {
  writeFileSync(join(work, `${name}.yaml`), specText);
  return (run) => {
    const out = join(work, `${name}-${run}`);
    mkdirSync(out);
    const lock = { ...clientLock, descriptionLocation: `../${name}.yaml`, includePatterns };
    writeFileSync(join(out, "kiota-lock.json"), JSON.stringify(lock, null, 2));
    return out;
  };
}

/** Wall time of one process, in milliseconds. */
function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", ...args], {
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ourText = readFileSync(ourSpec, "utf8");
const specs = [
  { name: "ours", text: ourText, include: clientLock.includePatterns },
  ...[10, 25, 50].map((copies) => ({
    name: `${copies}x`,
    text: syntheticSpec(ourText, copies),
    include: [],
  })),
];

try {
  const nodeStart = median(Array.from({ length: runs }, () => timed(["-e", ""])));
  console.log(
    `node ${process.version}, ${runs} runs each (median); node start alone: ${nodeStart.toFixed(0)} ms\n`,
  );
  console.log("spec   schemas  paths  files   wall ms   ms/schema  goal");
  const rows = [];
  for (const spec of specs) {
    const outFor = prepare(spec.name, spec.text, spec.include);
    const times = [];
    let files = 0;
    for (let run = 0; run < runs; run++) {
      const out = outFor(run);
      times.push(timed([cli, "generate", "--out", out]));
      files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    }
    const { schemas, paths } = specSize(spec.text);
    const wall = median(times);
    const goal = goals[spec.name];
    const verdict = goal === undefined ? "" : wall < goal ? `< ${goal} ms ok` : `>= ${goal} ms MISSED`;
    rows.push({ ...spec, schemas, wall });
    console.log(
      `${spec.name.padEnd(6)} ${String(schemas).padStart(7)} ${String(paths).padStart(6)} ${String(files).padStart(6)} ` +
        `${wall.toFixed(0).padStart(9)} ${(wall / schemas).toFixed(2).padStart(11)}  ${verdict}`,
    );
  }
  // Linear cost: a fixed start (Node, module loading) plus the same cost for every schema added.
  const marginal = rows
    .slice(1)
    .map(
      (row, i) =>
        `${rows[i].name}→${row.name} ${((row.wall - rows[i].wall) / (row.schemas - rows[i].schemas)).toFixed(2)}`,
    );
  console.log(`\nms per added schema: ${marginal.join(", ")}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
