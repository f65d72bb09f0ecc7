import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Makes a throwaway folder (benchmarks, tests) a git repository with everything committed, whatever
 * the user's git configuration. Never used on the project's own repository.
 */
export async function commitScratchRepository(dir: string): Promise<void> {
  const git = (...args: string[]) =>
    run(
      "git",
      [
        "-c",
        "user.name=spec-diff",
        "-c",
        "user.email=spec-diff@example.invalid",
        "-c",
        "commit.gpgsign=false",
        ...args,
      ],
      { cwd: dir },
    );
  await git("init", "-q", "-b", "main");
  await git("add", "-A");
  await git("commit", "-q", "-m", "base");
}
