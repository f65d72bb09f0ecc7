import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { readLock, specLocation } from "../lock.ts";
import { readTree } from "../tree/read-tree.ts";
import { changesetFiles, writeChangesets } from "./changesets.ts";
import { git } from "./git.ts";
import { gitBase } from "./git-base.ts";
import { renderReport } from "./report.ts";
import type { BaseTree } from "./base-tree.ts";
import { type SpecDiff, diffRegeneration } from "./spec-diff.ts";
import { findWorkspaceRoot } from "./workspace.ts";

export interface SpecDiffOptions {
  /** The generated client folder, absolute. */
  outDir: string;
  /** Git revision to compare with. */
  base: string;
  /** Write the changesets into `.changeset/`. */
  write: boolean;
  /** The base, already being read (`prefetchBase`). */
  baseTree?: Promise<BaseTree>;
}

/**
 * Starts reading what the comparison needs from git (tree ids, the base's dump and spec), which does
 * not depend on the regenerated tree, so `pnpm generate` can do it while Kiota runs.
 */
export function prefetchBase(outDir: string, base: string): Promise<BaseTree> {
  const tree = findWorkspaceRoot(outDir).then(async (root) => {
    const baseTree = await gitBase(base, outDir, root);
    await Promise.all([baseTree.domExport(), baseTree.specText()]);
    return baseTree;
  });
  tree.catch(() => undefined); // reported when awaited; a failed regeneration may never await it
  return tree;
}

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

/** Compares the tree on disk with `base`, prints the report and, when asked, writes the changesets. */
export async function runSpecDiff({
  outDir,
  base,
  write,
  baseTree: prefetched,
}: SpecDiffOptions): Promise<SpecDiff> {
  const started = performance.now();
  const workspaceRoot = await findWorkspaceRoot(outDir);
  const lock = await readLock(outDir);
  const [files, specText, baseTree] = await Promise.all([
    readTree(outDir),
    readFile(specLocation(outDir, lock), "utf8").catch(() => undefined),
    prefetched ?? gitBase(base, outDir, workspaceRoot),
  ]);
  const diff = await diffRegeneration({ base: baseTree, files, specText, outDir, workspaceRoot });
  for (const note of diff.notes) console.warn(`note: ${note}`);
  console.log(renderReport(diff, baseTree.label, Math.round(performance.now() - started)));
  if (write) {
    const result = await writeChangesets(
      join(workspaceRoot, ".changeset"),
      changesetFiles(diff.releases),
      await committedChangesets(workspaceRoot),
    );
    for (const name of result.removed) console.log(`removed superseded .changeset/${name}`);
    for (const name of result.written) console.log(`wrote .changeset/${name}`);
  }
  return diff;
}
