import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertCleanCommit, tagPublished } from "./git-state.ts";
import { assertTestsPass } from "./head-tests.ts";
import { assertNoLifecycleScripts } from "./lifecycle-scripts.ts";
import { assertInternalNamesAreLinked } from "./lockfile-guard.ts";
import { assertChangelogs, assertVersioned } from "./pending-changesets.ts";
import { PartialReleaseError, publishEach } from "./publish-each.ts";
import { assertAllInScope, assertPublishConfig, assertScopeRegistry } from "./publish-guard.ts";
import { plannedTarballs } from "./publish-plan.ts";
import { assertTokenAccepted } from "./registry-auth.ts";
import { readRegistryConfig, type RegistryConfig } from "./registry-config.ts";
import { createReleaseEnvironment } from "./release-npmrc.ts";
import { ReleaseRefusal } from "./release-refusal.ts";
import { tokenEnvVar } from "./scope.ts";
import { buildPackages, packAll, packUnpublished } from "./steps.ts";
import { verifyTarball, type PackedTarball } from "./verify-tarball.ts";
import { listPublishablePackages, type WorkspacePackage } from "./workspace.ts";

export interface ReleaseOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  /** Build, pack and verify every publishable package without any registry; publish nothing. */
  check: boolean;
  /** npm dist-tag for this release (default: latest). */
  tag: string | undefined;
  gitTag: boolean;
  log: (line: string) => void;
}

/**
 * Checks, build, pack, verify, publish, tag. Throws ReleaseRefusal before anything is published when
 * something is wrong, and PartialReleaseError (naming what is and is not in the registry) when
 * publishing stops part-way.
 */
export async function release(options: ReleaseOptions): Promise<void> {
  const { root, env, log } = options;
  const registry = options.check ? undefined : readRegistryConfig(env);
  const packages = await listPublishablePackages(root, env);
  assertAllInScope(packages);
  assertPublishConfig(packages, registry?.url);
  assertNoLifecycleScripts(packages);
  await assertInternalNamesAreLinked(root);
  const packDir = await mkdtemp(join(tmpdir(), "netaccess-pack-"));
  try {
    if (!registry) {
      await buildPackages(root, packages, env);
      const tarballs = await packAll(packages, env, packDir);
      await verifyAll(tarballs, env, log);
      log(`release: check passed; a release would publish from these ${tarballs.length} verified tarballs.`);
      return;
    }
    await releaseFromCommit(options, packages, registry, packDir);
  } finally {
    await rm(packDir, { recursive: true, force: true });
  }
}

/**
 * The registry part of a release: a clean, versioned, tested commit with an accepted token is built,
 * packed, verified, published and tagged.
 */
async function releaseFromCommit(
  options: ReleaseOptions,
  packages: readonly WorkspacePackage[],
  registry: RegistryConfig,
  packDir: string,
): Promise<void> {
  const { root, env, log } = options;
  const releaseEnv = await createReleaseEnvironment(registry, env);
  try {
    const packageDirs = [root, ...packages.map((pkg) => pkg.dir)];
    await assertScopeRegistry(root, packageDirs, releaseEnv.env, registry.url);
    const commit = await assertCleanCommit(root, env);
    await assertVersioned(root);
    const user = await assertTokenAccepted(registry, env[tokenEnvVar] ?? "");
    log(
      `release: ${packages.length} packages from ${commit.sha.slice(0, 12)}, registry ${registry.url}${user ? ` as ${user}` : ""}`,
    );
    await assertTestsPass(root, env, commit, log);
    await buildPackages(root, packages, releaseEnv.env);
    await packUnpublished(root, releaseEnv.env, packDir, registry);
    // Building and packing must not have touched the commit: the tags will say these tarballs are it.
    await assertCleanCommit(root, env);
    const tarballs = await plannedTarballs(packDir);
    if (tarballs.length === 0) {
      log("release: every package version is already in the registry; nothing to publish.");
      return;
    }
    const distTag = options.tag ?? "latest";
    if (distTag === "latest") await assertChangelogs(root, tarballs, packages);
    await verifyAll(tarballs, env, log);
    const published = await publishAndTag(tarballs, {
      ...options,
      env: releaseEnv.env,
      commit,
      distTag,
      packages,
      registryUrl: registry.url,
      tokenVar: registry.tokenVar,
    });
    log(
      `release: published ${published.length} of ${tarballs.length}: ${published.map((t) => `${t.name}@${t.version}`).join(", ")}`,
    );
  } finally {
    await releaseEnv.dispose();
  }
}

/** Publishes each tarball, then tags what reached the registry, also when publishing stopped part-way. */
async function publishAndTag(
  tarballs: readonly PackedTarball[],
  context: ReleaseOptions & {
    commit: { sha: string };
    distTag: string;
    packages: readonly WorkspacePackage[];
    registryUrl: string;
    tokenVar: string;
  },
): Promise<PackedTarball[]> {
  const tag = async (published: ReadonlyArray<{ name: string; version: string }>) => {
    if (!context.gitTag || published.length === 0) return;
    const created = await tagPublished(context.root, context.env, context.commit, published);
    if (created.length > 0)
      context.log(`release: tagged ${context.commit.sha.slice(0, 12)} with ${created.join(", ")}`);
  };
  try {
    const published = await publishEach(tarballs, context);
    await tag(published);
    return published;
  } catch (error) {
    if (error instanceof PartialReleaseError) {
      await tag(tarballs.filter((tarball) => error.published.includes(`${tarball.name}@${tarball.version}`)));
    }
    throw error;
  }
}

async function verifyAll(
  tarballs: readonly PackedTarball[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  const knownSecrets = [env[tokenEnvVar] ?? ""];
  const failures: string[] = [];
  for (const tarball of tarballs) {
    const problems = await verifyTarball(tarball, knownSecrets);
    const id = `${tarball.name}@${tarball.version}`;
    if (problems.length === 0) log(`release: verified ${id}`);
    else failures.push(`${id}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
  if (failures.length > 0) {
    throw new ReleaseRefusal(
      `tarball verification failed, nothing was published:\n${failures.join("\n")}`,
      `Fix the package's "files", "exports" or sources, rebuild, and run the release again.`,
    );
  }
}
