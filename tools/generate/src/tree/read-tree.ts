import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** Every file under `dir` as a `/`-separated relative path; empty when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .toSorted();
}

/** Relative path → content of every file under `dir`. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const paths = await listFiles(dir);
  const contents = await Promise.all(paths.map((p) => readFile(join(dir, p), "utf8")));
  return new Map(paths.map((p, i) => [p, contents[i]!]));
}

export interface TreeDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** What turns tree `before` into tree `after`. */
export function diffTrees(before: Map<string, string>, after: Map<string, string>): TreeDiff {
  const diff: TreeDiff = { added: [], changed: [], removed: [] };
  for (const [path, content] of after) {
    if (!before.has(path)) diff.added.push(path);
    else if (before.get(path) !== content) diff.changed.push(path);
  }
  for (const path of before.keys()) if (!after.has(path)) diff.removed.push(path);
  return diff;
}

export const isEmptyDiff = (d: TreeDiff): boolean =>
  d.added.length + d.changed.length + d.removed.length === 0;

/** `+ added`, `~ changed`, `- removed`, one line per file. */
export const diffLines = (d: TreeDiff): string[] => [
  ...d.added.map((p) => `+ ${p}`),
  ...d.changed.map((p) => `~ ${p}`),
  ...d.removed.map((p) => `- ${p}`),
];
