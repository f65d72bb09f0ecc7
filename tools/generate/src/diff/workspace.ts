import { access, readFile, readdir } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { stripComments } from "./strip-comments.ts";

export interface WorkspacePackage {
  name: string;
  dir: string;
  isPrivate: boolean;
}

/** The nearest folder at or above `from` holding `pnpm-workspace.yaml`. */
export async function findWorkspaceRoot(from: string): Promise<string> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (
      await access(join(dir, "pnpm-workspace.yaml")).then(
        () => true,
        () => false,
      )
    )
      return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml at or above ${from}`);
  }
}

/** The publishable-package folders, `packages/*`, that have a package.json. */
export async function workspacePackages(root: string): Promise<WorkspacePackage[]> {
  const folders = await readdir(join(root, "packages"), { withFileTypes: true }).catch(() => []);
  const packages: WorkspacePackage[] = [];
  for (const folder of folders
    .filter((f) => f.isDirectory())
    .toSorted((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(root, "packages", folder.name);
    const manifest = await readFile(join(dir, "package.json"), "utf8").catch(() => undefined);
    if (!manifest) continue;
    const { name, private: isPrivate } = JSON.parse(manifest) as { name?: string; private?: boolean };
    if (name) packages.push({ name, dir, isPrivate: isPrivate === true });
  }
  return packages;
}

/** Whether `path` is `dir` or lies below it. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The package's `src/**\/*.ts` without comments, skipping `exclude` (the generated client). */
export async function packageSource(pkg: WorkspacePackage, exclude: string): Promise<string> {
  const src = join(pkg.dir, "src");
  const entries = await readdir(src, { withFileTypes: true, recursive: true }).catch(() => []);
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !isInside(exclude, path));
  const texts = await Promise.all(files.map(async (path) => stripComments(await readFile(path, "utf8"))));
  return texts.join("\n");
}

/** Whether `source` mentions any of `identifiers` as a whole identifier. */
export function usesAny(source: string, identifiers: string[]): boolean {
  if (identifiers.length === 0) return false;
  const names = identifiers.map((id) => id.replaceAll("$", "\\$")).join("|");
  return new RegExp(`(?<![\\w$])(?:${names})(?![\\w$])`).test(source);
}
