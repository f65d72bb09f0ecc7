import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertInternalNamesAreLinked } from "./lockfile-guard.ts";
import { assertAllInScope, assertPublishConfig, assertScopeRegistry } from "./publish-guard.ts";
import { plannedTarballs, setPlanDistTag } from "./publish-plan.ts";
import { readRegistryConfig } from "./registry-config.ts";
import { createReleaseEnvironment } from "./release-npmrc.ts";
import { ReleaseRefusal } from "./release-refusal.ts";
import { tokenEnvVar } from "./scope.ts";
import { buildPackages, packAll, packUnpublished, publishPacked } from "./steps.ts";
import { verifyTarball, type PackedTarball } from "./verify-tarball.ts";
import { listPublishablePackages } from "./workspace.ts";

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

/** Build, pack, verify, publish. Throws ReleaseRefusal, before anything is published, when something is wrong. */
export async function release(options: ReleaseOptions): Promise<void> {
  const { root, env, log } = options;
  const registry = options.check ? undefined : readRegistryConfig(env);
  const packages = await listPublishablePackages(root, env);
  assertAllInScope(packages);
  assertPublishConfig(packages, registry?.url);
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
    const releaseEnv = await createReleaseEnvironment(registry, env);
    try {
      await assertScopeRegistry(
        root,
        [root, ...packages.map((pkg) => pkg.dir)],
        releaseEnv.env,
        registry.url,
      );
      log(`release: ${packages.length} packages, registry ${registry.url}`);
      await buildPackages(root, packages, releaseEnv.env);
      await packUnpublished(root, releaseEnv.env, packDir);
      const tarballs = await plannedTarballs(packDir);
      if (tarballs.length === 0) {
        log("release: every package version is already in the registry; nothing to publish.");
        return;
      }
      await verifyAll(tarballs, env, log);
      if (options.tag) await setPlanDistTag(packDir, options.tag);
      await publishPacked(root, releaseEnv.env, packDir, options.gitTag);
    } finally {
      await releaseEnv.dispose();
    }
  } finally {
    await rm(packDir, { recursive: true, force: true });
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
