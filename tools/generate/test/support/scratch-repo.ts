import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Git in a throwaway folder, whatever the user's git configuration. Never the project's own repository. */
const git = (dir: string, ...args: string[]) =>
  run(
    "git",
    [
      "-c",
      "user.name=scratch",
      "-c",
      "user.email=scratch@example.invalid",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { cwd: dir },
  );

/** Commits everything in `dir` (its .gitignore applies). */
export async function commitAll(dir: string, message: string): Promise<void> {
  await git(dir, "add", "-A");
  await git(dir, "commit", "-q", "--allow-empty", "-m", message);
}

/** Makes `dir` a git repository with everything committed. */
export async function commitScratchRepository(dir: string): Promise<void> {
  await git(dir, "init", "-q", "-b", "main");
  await commitAll(dir, "base");
}

/** Puts `dir` back to its last commit: tracked files restored, untracked ones (not ignored) removed. */
export async function resetToLastCommit(dir: string): Promise<void> {
  await git(dir, "reset", "-q", "--hard");
  await git(dir, "clean", "-q", "-fd");
}

/** Paths that differ from the last commit, untracked ones included (ignored ones not). */
export async function changedPaths(dir: string): Promise<string[]> {
  const { stdout } = await git(dir, "status", "--porcelain=v1", "-z", "--untracked-files=all");
  // Entries are `XY path`; nothing is staged here, so there are no renames with a second path.
  return stdout
    .split("\0")
    .filter(Boolean)
    .map((entry) => entry.slice(3));
}
