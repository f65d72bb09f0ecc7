import { existsSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { PackageManifest } from "../../src/manifest.ts";
import { internalScope } from "../../src/scope.ts";

/** A third-party package as installed in the workspace: its manifest and the folder holding it. */
export interface InstalledPackage {
  name: string;
  version: string;
  dir: string;
  manifest: PackageManifest & { peerDependenciesMeta?: Record<string, { optional?: boolean }> };
}

/** Names a consumer installs with a package: dependencies, optional ones and required peers. */
function installedWith(manifest: InstalledPackage["manifest"]): string[] {
  const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
    (name) => manifest.peerDependenciesMeta?.[name]?.optional !== true,
  );
  return [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...peers,
  ].filter((name) => !name.startsWith(`${internalScope}/`));
}

/** The node_modules folder a pnpm-installed package sits in; its dependencies are its siblings there. */
function nodeModulesOf(dir: string, name: string): string {
  return name.split("/").reduce((folder) => dirname(folder), dir);
}

/**
 * Every third-party package (name and version) a consumer of `packageDirs` installs, found in the
 * workspace's pnpm layout: what the local store already holds, so no upstream registry is needed.
 */
export async function installedClosure(packageDirs: readonly string[]): Promise<InstalledPackage[]> {
  const found = new Map<string, InstalledPackage>();
  const queue: string[] = [];
  const enqueue = (nodeModules: string, names: readonly string[]) => {
    for (const name of names) {
      const link = join(nodeModules, name);
      if (existsSync(link)) queue.push(realpathSync(link));
    }
  };
  for (const dir of packageDirs) {
    const manifest = JSON.parse(
      await readFile(join(dir, "package.json"), "utf8"),
    ) as InstalledPackage["manifest"];
    enqueue(join(dir, "node_modules"), installedWith(manifest));
  }
  for (let dir = queue.pop(); dir !== undefined; dir = queue.pop()) {
    if (found.has(dir)) continue;
    const manifest = JSON.parse(
      await readFile(join(dir, "package.json"), "utf8"),
    ) as InstalledPackage["manifest"];
    const name = manifest.name ?? "";
    found.set(dir, { name, version: manifest.version ?? "", dir, manifest });
    enqueue(nodeModulesOf(dir, name), installedWith(manifest));
  }
  return [...found.values()].sort((a, b) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`));
}
