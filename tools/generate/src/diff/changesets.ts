import { createHash } from "node:crypto";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PackageRelease } from "./releases.ts";

export interface ChangesetFile {
  fileName: string;
  content: string;
}

/** Names this tool gives its changesets: `<package>-spec-<digest>.md`. */
export const SPEC_CHANGESET = /^[a-z0-9][a-z0-9-]*-spec-[0-9a-f]{8}\.md$/;

const unscoped = (name: string): string =>
  name
    .replace(/^@[^/]+\//, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-");

/** A changeset per package; the file name carries a digest of the change, so a re-run rewrites the same files. */
export function changesetFiles(releases: PackageRelease[]): ChangesetFile[] {
  const digest = createHash("sha256").update(JSON.stringify(releases)).digest("hex").slice(0, 8);
  return releases.map((r) => ({
    fileName: `${unscoped(r.name)}-spec-${digest}.md`,
    content: `---\n${JSON.stringify(r.name)}: ${r.bump}\n---\n\n${r.summary}\n`,
  }));
}

export interface WriteResult {
  written: string[];
  /** Earlier, uncommitted changesets of this tool that the new ones replace. */
  removed: string[];
}

/**
 * Writes the files into `dir`. Changesets this tool wrote before for a spec edit that is not committed
 * yet are superseded by the new comparison and removed; committed ones (`committed`) are never touched.
 * Without `committed` (no git) nothing is removed.
 */
export async function writeChangesets(
  dir: string,
  files: ChangesetFile[],
  committed: Set<string> | undefined,
): Promise<WriteResult> {
  await mkdir(dir, { recursive: true });
  const keep = new Set(files.map((f) => f.fileName));
  const existing = await readdir(dir);
  const removed = committed
    ? existing.filter((name) => SPEC_CHANGESET.test(name) && !keep.has(name) && !committed.has(name))
    : [];
  for (const name of removed) await rm(join(dir, name));
  for (const file of files) await writeFile(join(dir, file.fileName), file.content);
  return { written: files.map((f) => f.fileName), removed };
}
