import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { descriptionHash } from "../config/lock.ts";
import { DOM_EXPORT_FILE, readLock, specLocation } from "../generate.ts";
import { diffTree } from "../write-tree.ts";
import type { BaseTree } from "./base-tree.ts";
import { git } from "./git.ts";

/** The generated tree as it is on disk now. */
export async function diskBase(outDir: string, workspaceRoot: string): Promise<BaseTree> {
  const read = (path: string) => readFile(join(outDir, path), "utf8");
  return {
    label: "files on disk",
    domExport: await read(DOM_EXPORT_FILE).catch(() => undefined),
    specText: await diskSpec(outDir, workspaceRoot),
    async changedFiles(after) {
      const diff = await diffTree(outDir, after);
      return [
        ...diff.added.map((path) => ({ path, after: after.get(path) })),
        ...(await Promise.all(
          diff.changed.map(async (path) => ({ path, before: await read(path), after: after.get(path) })),
        )),
        ...(await Promise.all(diff.removed.map(async (path) => ({ path, before: await read(path) })))),
      ];
    },
  };
}

/**
 * The spec the files on disk were generated from: the lock on disk records its hash, and either the
 * spec file as it is now or the committed one may match it. Undefined when neither does.
 */
async function diskSpec(outDir: string, workspaceRoot: string): Promise<string | undefined> {
  const lock = await readLock(outDir).catch(() => undefined);
  if (!lock) return undefined;
  const path = specLocation(outDir, lock);
  const candidates = [
    () => readFile(path, "utf8"),
    () => git(workspaceRoot, ["show", `HEAD:./${relative(workspaceRoot, path)}`]),
  ];
  for (const candidate of candidates) {
    const text = await candidate().catch(() => undefined);
    if (text !== undefined && descriptionHash(text) === lock.descriptionHash) return text;
  }
  return undefined;
}
