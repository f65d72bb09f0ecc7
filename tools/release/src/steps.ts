import { join } from "node:path";
import type { RegistryConfig } from "./registry-config.ts";
import { explainRegistryFailure } from "./registry-failure.ts";
import { run, runOrThrow } from "./run.ts";
import type { PackedTarball } from "./verify-tarball.ts";
import type { WorkspacePackage } from "./workspace.ts";

/** Builds the packages and whatever they depend on through turbo, so cached builds are reused. */
export async function buildPackages(
  root: string,
  packages: readonly WorkspacePackage[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const filters = packages.map((pkg) => `--filter=${pkg.name}`);
  await runOrThrow("pnpm", ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"], {
    cwd: root,
    env,
    echo: true,
  });
}

/**
 * `changeset pack`: tarballs for the packages whose version the registry does not have yet, plus the
 * publish plan. It asks the registry which versions exist, so a failure there is explained as such.
 */
export async function packUnpublished(
  root: string,
  env: NodeJS.ProcessEnv,
  packDir: string,
  registry: RegistryConfig,
): Promise<void> {
  const result = await run("pnpm", ["exec", "changeset", "pack", "--out-dir", packDir], {
    cwd: root,
    env,
    echo: true,
  });
  if (result.code !== 0) {
    throw new Error(
      `\`changeset pack\` (which asks the registry for published versions, then packs the rest) failed; nothing was published: ${explainRegistryFailure(result, registry.url, registry.tokenVar)}`,
    );
  }
}

/** Packs every package the way changesets does (`pnpm pack`), without asking any registry. */
export async function packAll(
  packages: readonly WorkspacePackage[],
  env: NodeJS.ProcessEnv,
  packDir: string,
): Promise<PackedTarball[]> {
  const tarballs: PackedTarball[] = [];
  for (const pkg of packages) {
    const file = join(packDir, `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`);
    await runOrThrow("pnpm", ["pack", "--out", file], { cwd: pkg.dir, env });
    tarballs.push({ name: pkg.name, version: pkg.version, file });
  }
  return tarballs;
}
