import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { readManifest, type PackageManifest } from "./manifest.ts";
import { runOrThrow } from "./run.ts";

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  manifest: PackageManifest;
}

/** The nearest directory at or above `start` that holds pnpm-workspace.yaml. */
export function findWorkspaceRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml at or above ${start}`);
  }
}

/** Every non-private workspace package, as pnpm lists them. */
export async function listPublishablePackages(
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<WorkspacePackage[]> {
  const { stdout } = await runOrThrow("pnpm", ["ls", "-r", "--depth", "-1", "--json"], { cwd: root, env });
  const projects = JSON.parse(stdout) as Array<{ path: string }>;
  const packages: WorkspacePackage[] = [];
  for (const project of projects) {
    const manifest = await readManifest(project.path);
    if (manifest.private === true || !manifest.name) continue;
    packages.push({ name: manifest.name, version: manifest.version ?? "", dir: project.path, manifest });
  }
  return packages.sort((a, b) => a.name.localeCompare(b.name));
}
