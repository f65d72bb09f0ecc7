import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"));
}

export interface TreeDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

/** What writing `files` into `dir` would change; generation owns every file under `dir`. */
export async function diffTree(dir: string, files: Map<string, string>): Promise<TreeDiff> {
  const existing = new Set(await listFiles(dir));
  const diff: TreeDiff = { changed: [], added: [], removed: [] };
  for (const [path, content] of files) {
    if (!existing.has(path)) diff.added.push(path);
    else if ((await readFile(join(dir, path), "utf8")) !== content) diff.changed.push(path);
  }
  for (const path of existing) if (!files.has(path)) diff.removed.push(path);
  return diff;
}

/** Writes only what differs, so an unchanged spec touches no file. */
export async function applyTree(dir: string, files: Map<string, string>, diff: TreeDiff): Promise<void> {
  for (const path of [...diff.added, ...diff.changed]) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), files.get(path)!);
  }
  for (const path of diff.removed) await rm(join(dir, path));
}

export const isEmptyDiff = (d: TreeDiff): boolean =>
  d.changed.length + d.added.length + d.removed.length === 0;
