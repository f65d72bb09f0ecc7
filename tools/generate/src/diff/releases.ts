import type { ApiChange } from "./api-change.ts";
import { type Bump, maxBump } from "./bump.ts";
import type { CodeChange } from "./code-changes.ts";
import { dependentSummary, ownerSummary } from "./summary.ts";
import type { WorkspacePackage } from "./workspace.ts";
import { usesAny } from "./workspace.ts";

/** One package's changeset entry. */
export interface PackageRelease {
  name: string;
  bump: Bump;
  summary: string;
}

export interface ReleaseInput {
  /** The package holding the generated client. */
  owner: WorkspacePackage;
  /** Every other workspace package with its comment-free sources. */
  others: Array<{ pkg: WorkspacePackage; source: string }>;
  changes: ApiChange[];
  codeChange: CodeChange;
}

/**
 * The client's package takes the largest bump of all changes (patch when only generated code or docs
 * changed). Another package is released only when its own public types change: when an enum its sources
 * use gains or loses a member (its helpers and wire types are derived from the enum's values). Using a
 * changed model or builder does not change a package's API, so it gets no changeset. Private packages
 * are never released.
 */
export function planReleases({ owner, others, changes, codeChange }: ReleaseInput): PackageRelease[] {
  const ownerBump = maxBump([
    ...changes.map((c) => c.bump),
    ...(codeChange === "none" ? [] : (["patch"] as const)),
  ]);
  if (!ownerBump) return [];
  const releases: Array<PackageRelease & { isPrivate: boolean }> = [
    {
      name: owner.name,
      bump: ownerBump,
      summary: ownerSummary(changes, codeChange),
      isPrivate: owner.isPrivate,
    },
  ];
  for (const { pkg, source } of others) {
    const used = changes.filter((c) => c.changesValueSet && usesAny(source, c.identifiers));
    const bump = maxBump(used.map((c) => c.bump));
    if (bump)
      releases.push({
        name: pkg.name,
        bump,
        summary: dependentSummary(owner.name, used),
        isPrivate: pkg.isPrivate,
      });
  }
  return releases.filter((r) => !r.isPrivate).map(({ name, bump, summary }) => ({ name, bump, summary }));
}
