import { ReleaseRefusal } from "./release-refusal.ts";
import { run, runOrThrow } from "./run.ts";

/** The commit a release publishes from; the working tree is known to match it. */
export interface ReleaseCommit {
  sha: string;
}

/**
 * Refuses a release from anything but a clean checkout: the tarballs must be built from a commit that
 * the tags can point at, not from uncommitted edits.
 */
export async function assertCleanCommit(root: string, env: NodeJS.ProcessEnv): Promise<ReleaseCommit> {
  const head = await run("git", ["rev-parse", "--verify", "HEAD"], { cwd: root, env });
  if (head.code !== 0) {
    throw new ReleaseRefusal(
      `${root} is not a git checkout with a commit, so the release could not be tagged or reproduced.`,
      `Release from a clone of the repository, with the version commit checked out.`,
    );
  }
  const { stdout } = await runOrThrow("git", ["status", "--porcelain", "--untracked-files=normal"], {
    cwd: root,
    env,
  });
  const changed = stdout.split("\n").filter((line) => line.trim() !== "");
  if (changed.length > 0) {
    const shown = changed.slice(0, 10).map((line) => `  ${line}`);
    if (changed.length > 10) shown.push(`  … and ${changed.length - 10} more`);
    throw new ReleaseRefusal(
      `the working tree has uncommitted changes, so what would be published is not what any commit holds:\n${shown.join("\n")}`,
      `Commit or remove them (git status), then run the release again.`,
    );
  }
  return { sha: head.stdout.trim() };
}

/** The tag changesets gives a package version in a monorepo, e.g. `@netaccess/client@0.2.0`. */
export function releaseTag(name: string, version: string): string {
  return `${name}@${version}`;
}

/** Tags `commit` with one annotated tag per published version; an existing tag is left as it is. */
export async function tagPublished(
  root: string,
  env: NodeJS.ProcessEnv,
  commit: ReleaseCommit,
  published: ReadonlyArray<{ name: string; version: string }>,
): Promise<string[]> {
  const created: string[] = [];
  for (const { name, version } of published) {
    const tag = releaseTag(name, version);
    const exists = await run("git", ["rev-parse", "--verify", "--quiet", `refs/tags/${tag}`], {
      cwd: root,
      env,
    });
    if (exists.code === 0) continue;
    await runOrThrow("git", ["tag", "-a", tag, "-m", tag, commit.sha], { cwd: root, env });
    created.push(tag);
  }
  return created;
}
