// `pnpm release` publishes a commit, not a working tree: it refuses uncommitted changes and unversioned
// changesets, requires the commit's tests to pass (running them unless CI vouches for that exact commit),
// and tags exactly the versions it published.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tagPublished } from "../../src/git-state.ts";
import { testedCommitEnvVar } from "../../src/head-tests.ts";
import { assertChangelogs } from "../../src/pending-changesets.ts";
import { ReleaseRefusal } from "../../src/release-refusal.ts";
import { runOrThrow } from "../../src/run.ts";
import { listPublishablePackages } from "../../src/workspace.ts";
import { cleanEnv } from "../support/clean-env.ts";
import { useFakeRegistry, useFixtureRoot } from "../support/fixture-hooks.ts";
import { commitAll, restricted, writeWorkspace } from "../support/fixture-workspace.ts";
import { runRelease } from "../support/release-cli.ts";

const registry = useFakeRegistry();
const root = useFixtureRoot();

const env = (extra: NodeJS.ProcessEnv = {}) => ({
  NETACCESS_REGISTRY: registry().url,
  NETACCESS_REGISTRY_TOKEN: "tok-0123456789",
  ...extra,
});
const onePackage = [{ name: "@netaccess/a", publishConfig: restricted }];

describe("pnpm release refuses to publish anything but a tested, versioned commit", () => {
  it("refuses a folder that is not a git checkout", async () => {
    await writeWorkspace(root(), onePackage);
    const result = await runRelease(root(), [], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not a git checkout with a commit");
  });

  it.each([
    ["an edited tracked file", "packages/p0/index.js", " M packages/p0/index.js"],
    ["a new untracked file", "packages/p0/extra.js", "?? packages/p0/extra.js"],
  ])("refuses %s and lists it", async (_what, file, status) => {
    await writeWorkspace(root(), onePackage);
    await commitAll(root());
    await writeFile(join(root(), file), "export const changed = true;\n");
    const result = await runRelease(root(), [], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("release refused: the working tree has uncommitted changes");
    expect(result.stderr).toContain(status);
  });

  it("refuses changesets that `changeset version` has not consumed (the first release included)", async () => {
    await writeWorkspace(root(), onePackage);
    await mkdir(join(root(), ".changeset"));
    await writeFile(join(root(), ".changeset", "README.md"), "changesets\n");
    await writeFile(
      join(root(), ".changeset", "first-release.md"),
      '---\n"@netaccess/a": minor\n---\n\nFirst.\n',
    );
    await commitAll(root());
    const result = await runRelease(root(), [], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("1 changeset is not versioned yet (first-release.md)");
    expect(result.stderr).toContain("fix: Run `pnpm changeset version`");
  });

  it("runs the commit's tests and refuses when they fail, before building or publishing", async () => {
    await writeWorkspace(root(), onePackage, {
      rootScripts: { test: "node -e \"console.log('running the suite'); process.exit(3)\"" },
    });
    const sha = await commitAll(root());
    const result = await runRelease(root(), [], env());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("running the suite");
    expect(result.stderr).toContain(
      `release refused: \`pnpm test\` failed on ${sha.slice(0, 12)} (exit code 3)`,
    );
    expect(registry().published).toEqual([]);
  });

  it("does not run them again when CI vouches for exactly this commit, and only then", async () => {
    await writeWorkspace(root(), onePackage, {
      rootScripts: { test: "node -e \"console.log('running the suite'); process.exit(3)\"" },
    });
    const sha = await commitAll(root());
    const vouched = await runRelease(root(), [], env({ [testedCommitEnvVar]: sha }));
    expect(vouched.stdout).toContain(`tests of ${sha.slice(0, 12)} passed in CI`);
    expect(vouched.stdout).not.toContain("running the suite");

    const otherCommit = await runRelease(root(), [], env({ [testedCommitEnvVar]: "0".repeat(40) }));
    expect(otherCommit.stdout).toContain("running the suite");
    expect(otherCommit.stderr).toContain("`pnpm test` failed");
  });
});

describe("tags and changelogs", () => {
  it("tags the released commit with each published version and leaves existing tags alone", async () => {
    await writeWorkspace(root(), onePackage);
    const sha = await commitAll(root());
    const gitEnv = cleanEnv({
      GIT_COMMITTER_NAME: "Release Test",
      GIT_COMMITTER_EMAIL: "release@example.invalid",
    });
    await runOrThrow("git", ["tag", "@netaccess/b@2.0.0"], { cwd: root(), env: gitEnv });
    const created = await tagPublished(root(), gitEnv, { sha }, [
      { name: "@netaccess/a", version: "1.0.0" },
      { name: "@netaccess/b", version: "2.0.0" },
    ]);
    expect(created).toEqual(["@netaccess/a@1.0.0"]);
    const pointsAt = await runOrThrow("git", ["rev-list", "-n", "1", "@netaccess/a@1.0.0"], {
      cwd: root(),
      env: gitEnv,
    });
    expect(pointsAt.stdout.trim()).toBe(sha);
  });

  it("refuses a release to latest without a CHANGELOG entry for the version", async () => {
    const [dir] = await writeWorkspace(root(), onePackage);
    const packages = await listPublishablePackages(root(), cleanEnv());
    const release = [{ name: "@netaccess/a", version: "1.0.0" }];
    await expect(assertChangelogs(root(), release, packages)).rejects.toThrow(ReleaseRefusal);
    await writeFile(join(dir!, "CHANGELOG.md"), "# @netaccess/a\n\n## 0.9.0\n\n- older\n");
    await expect(assertChangelogs(root(), release, packages)).rejects.toThrow(
      /no CHANGELOG entry for @netaccess\/a@1\.0\.0/,
    );
    await writeFile(
      join(dir!, "CHANGELOG.md"),
      "# @netaccess/a\n\n## 1.0.0\n\n### Minor Changes\n\n- first\n",
    );
    await expect(assertChangelogs(root(), release, packages)).resolves.toBeUndefined();
  });
});
