import { DOM_EXPORT_FILE, type GeneratedTree } from "../generate.ts";
import type { ApiChange } from "./api-change.ts";
import { diffDomExports } from "./api-changes.ts";
import type { BaseTree } from "./base-tree.ts";
import { type CodeChange, classifyFileChanges } from "./code-changes.ts";
import { type PackageRelease, planReleases } from "./releases.ts";
import { requiredChanges } from "./required-changes.ts";
import { isInside, packageSource, workspacePackages } from "./workspace.ts";

export interface SpecDiffInput {
  base: BaseTree;
  /** The regenerated client, in memory. */
  generated: GeneratedTree;
  /** The spec `generated` came from. */
  specText: string;
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
  const { base, generated, specText, outDir, workspaceRoot } = input;
  const notes: string[] = [];
  if (base.domExport === undefined)
    notes.push(`${base.label} has no ${DOM_EXPORT_FILE}: every symbol counts as added`);
  const changes = diffDomExports(base.domExport ?? "", generated.files.get(DOM_EXPORT_FILE) ?? "");
  if (base.specText === undefined) {
    notes.push(`required properties were not compared: the spec ${base.label} was generated from is unknown`);
  } else {
    changes.push(...requiredChanges(base.specText, specText, generated.client));
  }
  const codeChange = classifyFileChanges(await base.changedFiles(generated.files));
  const packages = await workspacePackages(workspaceRoot);
  const owner = packages
    .filter((p) => isInside(p.dir, outDir))
    .toSorted((a, b) => b.dir.length - a.dir.length)[0];
  if (!owner) throw new Error(`no package under ${workspaceRoot}/packages contains ${outDir}`);
  const others =
    changes.length === 0
      ? []
      : await Promise.all(
          packages
            .filter((p) => p !== owner)
            .map(async (pkg) => ({ pkg, source: await packageSource(pkg, outDir) })),
        );
  return { changes, codeChange, releases: planReleases({ owner, others, changes, codeChange }), notes };
}
