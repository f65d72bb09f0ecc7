import { DOM_EXPORT_FILE } from "../lock.ts";
import type { ApiChange } from "./api-change.ts";
import { diffDomExports } from "./api-changes.ts";
import type { BaseTree } from "./base-tree.ts";
import { type CodeChange, classifyFileChanges } from "./code-changes.ts";
import { type PackageRelease, planReleases } from "./releases.ts";
import { requiredChanges } from "./required-changes.ts";
import { indexDump } from "./subjects.ts";
import { isInside, packageSource, workspacePackages } from "./workspace.ts";

export interface SpecDiffInput {
  base: BaseTree;
  /** The generated tree as Kiota wrote it: relative path → content. */
  files: Map<string, string>;
  /** The spec `files` were generated from; undefined when it cannot be read. */
  specText: string | undefined;
  outDir: string;
  workspaceRoot: string;
}

export interface SpecDiff {
  changes: ApiChange[];
  codeChange: CodeChange;
  /** One entry per package to release; empty when nothing a user can see changed. */
  releases: PackageRelease[];
  /** What could not be compared, for the printed summary. */
  notes: string[];
}

/** Compares a regenerated client with its base and decides which packages get which bump. */
export async function diffRegeneration(input: SpecDiffInput): Promise<SpecDiff> {
  const { base, files, specText, outDir, workspaceRoot } = input;
  const dump = files.get(DOM_EXPORT_FILE);
  if (dump === undefined) throw new Error(`${outDir} has no ${DOM_EXPORT_FILE}; run \`pnpm generate\``);
  const pairs = await base.changedFiles(files);
  // The lock records the spec's hash, so an edited spec always changes at least the lock.
  if (pairs.length === 0) return { changes: [], codeChange: "none", releases: [], notes: [] };
  const notes: string[] = [];
  const [baseDump, baseSpec] = await Promise.all([base.domExport(), base.specText()]);
  if (baseDump === undefined)
    notes.push(`${base.label} has no ${DOM_EXPORT_FILE}: every symbol counts as added`);
  const changes = diffDomExports(baseDump ?? "", dump);
  if (baseSpec === undefined || specText === undefined) {
    notes.push(`required properties were not compared: the spec at ${base.label} or on disk is unknown`);
  } else {
    changes.push(...(await requiredChanges(baseSpec, specText, indexDump(dump))));
  }
  const codeChange = classifyFileChanges(pairs);
  const packages = await workspacePackages(workspaceRoot);
  const owner = packages
    .filter((p) => isInside(p.dir, outDir))
    .toSorted((a, b) => b.dir.length - a.dir.length)[0];
  if (!owner) throw new Error(`no package under ${workspaceRoot}/packages contains ${outDir}`);
  const others = changes.some((c) => c.changesValueSet)
    ? await Promise.all(
        packages
          .filter((p) => p !== owner)
          .map(async (pkg) => ({ pkg, source: await packageSource(pkg, outDir) })),
      )
    : [];
  return { changes, codeChange, releases: planReleases({ owner, others, changes, codeChange }), notes };
}
