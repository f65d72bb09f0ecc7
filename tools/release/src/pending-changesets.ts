import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { ReleaseRefusal } from "./release-refusal.ts";
import type { WorkspacePackage } from "./workspace.ts";

/** Changeset files not yet consumed by `changeset version` (README.md is changesets' own). */
export async function pendingChangesets(root: string): Promise<string[]> {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  const files = await readdir(dir);
  return files.filter((file) => file.endsWith(".md") && file !== "README.md").sort();
}

/**
 * A release publishes versions that `changeset version` wrote, with their CHANGELOG entries. Pending
 * changesets mean the versions on disk do not include those changes yet (the first release too).
 */
export async function assertVersioned(root: string): Promise<void> {
  const pending = await pendingChangesets(root);
  if (pending.length > 0) {
    throw new ReleaseRefusal(
      `${pending.length} changeset${pending.length === 1 ? " is" : "s are"} not versioned yet (${pending.join(", ")}), so the versions on disk do not include ${pending.length === 1 ? "its" : "their"} changes.`,
      `Run \`pnpm changeset version\`, review the bumped versions and CHANGELOG.md files, commit, then run the release again.`,
    );
  }
}

/** Every package about to go to `latest` has a CHANGELOG.md with a heading for that version. */
export async function assertChangelogs(
  root: string,
  releases: ReadonlyArray<{ name: string; version: string }>,
  packages: readonly WorkspacePackage[],
): Promise<void> {
  const missing: string[] = [];
  for (const { name, version } of releases) {
    const pkg = packages.find((candidate) => candidate.name === name);
    const file = pkg ? join(pkg.dir, "CHANGELOG.md") : undefined;
    const text = file && existsSync(file) ? await readFile(file, "utf8") : "";
    if (!new RegExp(`^## ${version.replaceAll(".", "\\.")}\\s*$`, "m").test(text)) {
      missing.push(`${name}@${version} (${file ? relative(root, file) : "no package"})`);
    }
  }
  if (missing.length > 0) {
    throw new ReleaseRefusal(
      `no CHANGELOG entry for ${missing.join(", ")}; consumers upgrading would not learn what changed.`,
      `Version with \`pnpm changeset version\` (it writes the entries), commit, and release again.`,
    );
  }
}
