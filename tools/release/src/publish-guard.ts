import { relative } from "node:path";
import { ReleaseRefusal } from "./release-refusal.ts";
import { normalizeRegistryUrl, registryAsWritten } from "./registry-url.ts";
import { runOrThrow } from "./run.ts";
import { internalScope, registryEnvVar, scopeRegistryKey } from "./scope.ts";
import type { WorkspacePackage } from "./workspace.ts";

/**
 * Only scoped names follow the scope's registry mapping; an unscoped or foreign-scoped package would
 * go to the default registry, which is the public one.
 */
export function assertAllInScope(packages: readonly WorkspacePackage[]): void {
  const outside = packages.filter((pkg) => !pkg.name.startsWith(`${internalScope}/`));
  if (outside.length > 0) {
    throw new ReleaseRefusal(
      `${outside.map((pkg) => pkg.name).join(", ")} ${outside.length === 1 ? "is" : "are"} not in the ${internalScope} scope, so the internal registry mapping would not apply.`,
      `Rename to ${internalScope}/<name>, or mark the package "private": true.`,
    );
  }
}

/** Each package must be restricted and may only name the configured registry in its publishConfig. */
export function assertPublishConfig(
  packages: readonly WorkspacePackage[],
  registryUrl: string | undefined,
): void {
  for (const pkg of packages) {
    const config = pkg.manifest.publishConfig ?? {};
    if (config["access"] !== "restricted") {
      throw new ReleaseRefusal(
        `${pkg.name} does not set publishConfig.access to "restricted".`,
        `Add "publishConfig": { "access": "restricted" } to ${pkg.name}'s package.json.`,
      );
    }
    if (!registryUrl) continue;
    for (const key of ["registry", scopeRegistryKey]) {
      const value = config[key];
      if (typeof value === "string" && registryAsWritten(value) !== registryUrl) {
        throw new ReleaseRefusal(
          `${pkg.name} sets publishConfig["${key}"] to ${value}, not ${registryUrl}.`,
          `Remove publishConfig["${key}"] from its package.json; the registry comes from ${registryEnvVar}.`,
        );
      }
    }
  }
}

/**
 * Asks pnpm (the tool that packs and publishes) which registry the scope resolves to in each
 * directory, so a project .npmrc that overrides the release configuration is caught before publishing.
 */
export async function assertScopeRegistry(
  root: string,
  dirs: readonly string[],
  env: NodeJS.ProcessEnv,
  registryUrl: string,
): Promise<void> {
  for (const dir of dirs) {
    const { stdout } = await runOrThrow("pnpm", ["config", "get", scopeRegistryKey], { cwd: dir, env });
    const value = stdout.trim();
    const effective = value && value !== "undefined" ? registryAsWritten(value) : undefined;
    if (effective === registryUrl) continue;
    const where = relative(root, dir) || "the workspace root";
    // The same address spelt differently still fails: pnpm publishes to the URL as written.
    const respelt =
      effective !== undefined && safeNormalize(effective) === registryUrl
        ? " (the same address spelt differently: pnpm uses it as written, and refuses to publish when the scheme is not a lower-case http:// or https://)"
        : "";
    throw new ReleaseRefusal(
      `In ${where}, ${internalScope} resolves to ${effective ?? "(unset: the public default registry)"} instead of ${registryUrl}${respelt}.`,
      `Remove the "${scopeRegistryKey}" line from the .npmrc that sets it (project .npmrc files win over the release configuration), or make it match ${registryEnvVar} exactly.`,
    );
  }
}

function safeNormalize(value: string): string {
  try {
    return normalizeRegistryUrl(value);
  } catch {
    return value;
  }
}
