import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PackageManifest } from "../../src/manifest.ts";
import { runOrThrow } from "../../src/run.ts";
import { cleanEnv } from "./clean-env.ts";

export const restricted = { access: "restricted" };

export interface FixtureOptions {
  /** The workspace root's project .npmrc. */
  npmrc?: string;
  /** Root package.json scripts, e.g. a `test` script the release runs. */
  rootScripts?: Record<string, string>;
}

/** A new temporary folder for one fixture workspace. */
export function fixtureRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), "netaccess-release-fixture-"));
}

/** A throwaway pnpm workspace with `packages/p<i>` for each manifest (version 1.0.0 unless given). */
export async function writeWorkspace(
  root: string,
  packages: readonly PackageManifest[],
  options: FixtureOptions = {},
): Promise<string[]> {
  const rootManifest = { name: "fixture-root", private: true, scripts: options.rootScripts ?? {} };
  await writeFile(join(root, "package.json"), JSON.stringify(rootManifest));
  await writeFile(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  if (options.npmrc !== undefined) await writeFile(join(root, ".npmrc"), options.npmrc);
  const dirs: string[] = [];
  for (const [index, manifest] of packages.entries()) {
    const dir = join(root, "packages", `p${index}`);
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({ version: "1.0.0", files: ["index.js"], ...manifest }),
    );
    await writeFile(join(dir, "index.js"), "export const value = 1;\n");
    dirs.push(dir);
  }
  return dirs;
}

/** A fixed git identity for commits and tags made by tests, whatever the machine's git config. */
export const gitIdentity = {
  GIT_AUTHOR_NAME: "Release Test",
  GIT_AUTHOR_EMAIL: "release@example.invalid",
  GIT_COMMITTER_NAME: "Release Test",
  GIT_COMMITTER_EMAIL: "release@example.invalid",
};

/** Commits everything in `root` (ignored files aside); returns the new commit's sha. */
export async function commitChanges(root: string, message: string): Promise<string> {
  const git = (args: string[]) => runOrThrow("git", args, { cwd: root, env: cleanEnv(gitIdentity) });
  await git(["add", "-A"]);
  await git(["commit", "--quiet", "--no-gpg-sign", "-m", message]);
  return (await git(["rev-parse", "HEAD"])).stdout.trim();
}

/** Makes `root` a git repository whose one commit holds everything in it; returns the commit sha. */
export async function commitAll(root: string): Promise<string> {
  await runOrThrow("git", ["init", "--quiet", "--initial-branch=main"], { cwd: root, env: cleanEnv() });
  return commitChanges(root, "fixture");
}
