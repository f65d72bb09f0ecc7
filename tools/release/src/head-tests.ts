import type { ReleaseCommit } from "./git-state.ts";
import { ReleaseRefusal } from "./release-refusal.ts";
import { run } from "./run.ts";

/**
 * Set to the commit sha whose `pnpm test` run already passed (a CI release job after the test job of the
 * same commit); the release then does not run the tests again. Any other value is ignored.
 */
export const testedCommitEnvVar = "NETACCESS_RELEASE_TESTED_COMMIT";

/**
 * The tests of the commit being released must pass: either CI says it ran them on exactly this commit, or
 * the release runs `pnpm test` now (the tree is clean, so it tests exactly what will be published).
 */
export async function assertTestsPass(
  root: string,
  env: NodeJS.ProcessEnv,
  commit: ReleaseCommit,
  log: (line: string) => void,
): Promise<void> {
  if (env[testedCommitEnvVar]?.trim() === commit.sha) {
    log(
      `release: tests of ${commit.sha.slice(0, 12)} passed in CI (${testedCommitEnvVar}); not running them again.`,
    );
    return;
  }
  log(`release: running \`pnpm test\` on ${commit.sha.slice(0, 12)}…`);
  const result = await run("pnpm", ["test"], { cwd: root, env, echo: true });
  if (result.code !== 0) {
    throw new ReleaseRefusal(
      `\`pnpm test\` failed on ${commit.sha.slice(0, 12)} (exit code ${result.code}); nothing was published.`,
      `Fix the failing tests, commit, and release again (or release a commit whose CI run passed, with ${testedCommitEnvVar}=<its sha>).`,
    );
  }
}
