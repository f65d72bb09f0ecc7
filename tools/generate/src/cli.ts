#!/usr/bin/env -S node --experimental-strip-types --disable-warning=ExperimentalWarning
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate, readLock } from "./generate.ts";
import { SpecError } from "./spec/spec-error.ts";
import { applyTree, diffTree, isEmptyDiff } from "./write-tree.ts";

const usage = `usage: netaccess-codegen generate --out <dir> [--check]

Reads <dir>/kiota-lock.json, generates the client from the spec it names and writes
only the files that differ. --check writes nothing and exits 1 when the tree is stale.`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, check: { type: "boolean", default: false } },
  });
  if (positionals[0] !== "generate" || !values.out) {
    console.error(usage);
    return 2;
  }
  const outDir = resolve(values.out);
  const started = performance.now();
  const lock = await readLock(outDir);
  const tree = await generate(outDir, lock);
  for (const w of tree.warnings) console.warn(`warning: ${w}`);
  const diff = await diffTree(outDir, tree.files);
  const summary = [
    ...diff.added.map((p) => `+ ${p}`),
    ...diff.changed.map((p) => `~ ${p}`),
    ...diff.removed.map((p) => `- ${p}`),
  ];
  if (values.check) {
    if (isEmptyDiff(diff)) {
      console.log(`generated code is up to date (${tree.files.size} files)`);
      return 0;
    }
    console.error(
      `generated code differs from the spec:\n${summary.join("\n")}\nRun \`pnpm generate\` and commit the result; never edit src/generated/ by hand.`,
    );
    return 1;
  }
  await applyTree(outDir, tree.files, diff);
  const ms = Math.round(performance.now() - started);
  console.log(
    isEmptyDiff(diff)
      ? `no changes (${tree.files.size} files, ${ms} ms)`
      : `${summary.join("\n")}\n${summary.length} files written in ${ms} ms`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SpecError ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
