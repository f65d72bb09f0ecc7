import { ReleaseRefusal } from "./release-refusal.ts";
import type { WorkspacePackage } from "./workspace.ts";

/**
 * Scripts npm and pnpm run by themselves while packing, publishing or installing a package. One of them
 * can rewrite `.npmrc` or the tarball after every check has passed, so publishable packages have none:
 * their build is the `build` script, which the release runs through turbo before packing.
 */
export const lifecycleScripts = [
  "prepare",
  "prepack",
  "postpack",
  "prepublish",
  "prepublishOnly",
  "publish",
  "postpublish",
  "preinstall",
  "install",
  "postinstall",
  "preversion",
  "version",
  "postversion",
  "dependencies",
] as const;

/** Refuses when any publishable package declares a lifecycle script, naming each package and script. */
export function assertNoLifecycleScripts(packages: readonly WorkspacePackage[]): void {
  const found = packages.flatMap((pkg) => {
    const names = lifecycleScripts.filter((name) => typeof pkg.manifest.scripts?.[name] === "string");
    return names.length > 0 ? [`${pkg.name} (${names.join(", ")})`] : [];
  });
  if (found.length > 0) {
    throw new ReleaseRefusal(
      `publishable packages declare lifecycle scripts, which pnpm would run while packing or publishing, after the registry and tarball checks: ${found.join("; ")}.`,
      `Remove them from package.json "scripts"; do the work in the "build" script, which the release runs before packing.`,
    );
  }
}
