import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseChangesetFile } from "@changesets/parse";
import { readTree } from "../../src/tree/read-tree.ts";

/** The publishable packages, by folder under `packages/`. */
export const PACKAGES = ["cli", "client", "enums", "fixtures", "pagination"];

/** Each package's built declarations (`dist/**\/*.d.ts`, maps left out): its public types as tsc sees them. */
export async function declarations(workspace: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const folder of PACKAGES) {
    const tree = await readTree(join(workspace, "packages", folder, "dist"));
    const dts = [...tree].filter(([path]) => path.endsWith(".d.ts")).toSorted(([a], [b]) => (a < b ? -1 : 1));
    const manifest = JSON.parse(
      await readFile(join(workspace, "packages", folder, "package.json"), "utf8"),
    ) as { name: string };
    result.set(manifest.name, JSON.stringify(dts));
  }
  return result;
}

/** Package → bump of every changeset in `.changeset/` that is not in `known`. */
export async function newChangesets(workspace: string, known: Set<string>): Promise<Record<string, string>> {
  const dir = join(workspace, ".changeset");
  const bumps: Record<string, string> = {};
  for (const name of (await readdir(dir)).filter(
    (n) => n.endsWith(".md") && n !== "README.md" && !known.has(n),
  )) {
    for (const release of parseChangesetFile(await readFile(join(dir, name), "utf8")).releases) {
      bumps[release.name] = release.type;
    }
  }
  return bumps;
}

export const changesetNames = async (workspace: string): Promise<Set<string>> =>
  new Set(await readdir(join(workspace, ".changeset")));
