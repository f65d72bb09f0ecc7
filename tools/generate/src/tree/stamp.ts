import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * What the last generation of one output folder started from and wrote, kept under the ignored
 * `.cache/` of the workspace, so an unchanged spec skips Kiota. A hand edit of the tree, a new spec, lock,
 * tool manifest or `KIOTA_BIN` each change a digest and Kiota runs again.
 */
export interface Stamp {
  inputs: string;
  tree: string;
}

export function digest(parts: Iterable<string>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest("hex");
}

/** Every path and content of a tree, in path order. */
export const treeDigest = (files: Map<string, string>): string =>
  digest([...files].toSorted(([a], [b]) => (a < b ? -1 : 1)).flat());

const stampPath = (root: string, outDir: string): string =>
  join(root, ".cache", "netaccess-generate", `${digest([outDir]).slice(0, 16)}.json`);

export async function readStamp(root: string, outDir: string): Promise<Stamp | undefined> {
  const text = await readFile(stampPath(root, outDir), "utf8").catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as Stamp);
}

/** Best effort: a stamp that cannot be written only costs the next run a Kiota call. */
export async function writeStamp(root: string, outDir: string, stamp: Stamp): Promise<void> {
  const path = stampPath(root, outDir);
  await mkdir(join(path, ".."), { recursive: true })
    .then(() => writeFile(path, JSON.stringify(stamp)))
    .catch(() => undefined);
}
