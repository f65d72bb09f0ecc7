import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ReleaseRefusal } from "./release-refusal.ts";
import { internalScope } from "./scope.ts";

/**
 * Names in the internal scope that pnpm-lock.yaml resolved from a registry rather than linking from
 * the workspace. Every registry-resolved package has a key in the top-level `packages:` section.
 */
export function registryResolvedInternalNames(lockfile: string): string[] {
  const names = new Set<string>();
  let inPackages = false;
  const key = new RegExp(`^ {2}'?(${internalScope}/[^@'\\s]+)@`);
  for (const line of lockfile.split("\n")) {
    if (/^\S/.test(line)) inPackages = line.startsWith("packages:");
    const match = inPackages ? key.exec(line) : null;
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}

/** Refuses when the workspace installs an internal name from a registry (a dependency-confusion foothold). */
export async function assertInternalNamesAreLinked(root: string): Promise<void> {
  const lockfile = join(root, "pnpm-lock.yaml");
  if (!existsSync(lockfile)) return;
  const names = registryResolvedInternalNames(await readFile(lockfile, "utf8"));
  if (names.length > 0) {
    throw new ReleaseRefusal(
      `pnpm-lock.yaml resolves ${names.join(", ")} from a registry instead of linking the workspace package; on a machine without the scope mapping that name would come from the public registry.`,
      `Depend on ${internalScope} packages with "workspace:^" ranges, or remove the dependency on a name that is not in this workspace.`,
    );
  }
}
