#!/usr/bin/env -S node --experimental-strip-types --disable-warning=ExperimentalWarning
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { diskBase } from "./diff/disk-base.ts";
import { changesetFiles, writeChangesets } from "./diff/changesets.ts";
import { git } from "./diff/git.ts";
import { gitBase } from "./diff/git-base.ts";
import { renderReport } from "./diff/report.ts";
import { diffRegeneration } from "./diff/spec-diff.ts";
import { findWorkspaceRoot } from "./diff/workspace.ts";
import { generate, readLock } from "./generate.ts";
import { SpecError } from "./spec/spec-error.ts";
import { applyTree, diffTree, isEmptyDiff } from "./write-tree.ts";

const usage = `usage: spec-diff --out <dir> [--base <git-rev> | --on-disk] [--write] [--apply]

Regenerates the client in memory from <dir>/kiota-lock.json and compares its public API
(kiota-dom-export.txt) and generated files with those committed at <git-rev> (default HEAD),
or with the files on disk (--on-disk). Prints the changes and the bump per package.
--write  writes the changesets into .changeset/.
--apply  also writes the regenerated tree into <dir> (only files that differ), so one
         command regenerates and diffs; a spec that fails leaves <dir> untouched.`;

/** Changeset files committed at HEAD; undefined outside git, so nothing is treated as superseded. */
async function committedChangesets(workspaceRoot: string): Promise<Set<string> | undefined> {
  const out = await git(workspaceRoot, ["ls-tree", "--name-only", "HEAD", "--", ".changeset/"]).catch(
    () => undefined,
  );
  return out === undefined
    ? undefined
    : new Set(
        out
          .split("\n")
          .filter(Boolean)
          .map((p) => basename(p)),
      );
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      base: { type: "string" },
      "on-disk": { type: "boolean", default: false },
      write: { type: "boolean", default: false },
      apply: { type: "boolean", default: false },
    },
  });
  if (!values.out || positionals.length > 0 || (values.base && values["on-disk"])) {
    console.error(usage);
    return 2;
  }
  const started = performance.now();
  const outDir = resolve(values.out);
  const workspaceRoot = await findWorkspaceRoot(outDir);
  const lock = await readLock(outDir);
  const generated = await generate(outDir, lock);
  for (const warning of generated.warnings) console.warn(`warning: ${warning}`);
  const base = values["on-disk"]
    ? await diskBase(outDir, workspaceRoot)
    : await gitBase(values.base ?? "HEAD", outDir, workspaceRoot);
  const diff = await diffRegeneration({
    base,
    generated,
    specText: generated.specText,
    outDir,
    workspaceRoot,
  });
  for (const note of diff.notes) console.warn(`note: ${note}`);
  if (values.apply) {
    const written = await diffTree(outDir, generated.files);
    await applyTree(outDir, generated.files, written);
    const files = [...written.added, ...written.changed, ...written.removed];
    console.log(
      isEmptyDiff(written)
        ? "generated tree already up to date"
        : `generated tree: ${files.length} files written`,
    );
  }
  console.log(renderReport(diff, base.label, Math.round(performance.now() - started)));
  if (values.write) {
    const files = changesetFiles(diff.releases);
    const result = await writeChangesets(
      join(workspaceRoot, ".changeset"),
      files,
      await committedChangesets(workspaceRoot),
    );
    for (const name of result.removed) console.log(`removed superseded .changeset/${name}`);
    for (const name of result.written) console.log(`wrote .changeset/${name}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `error: ${error instanceof SpecError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
