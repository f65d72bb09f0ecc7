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
