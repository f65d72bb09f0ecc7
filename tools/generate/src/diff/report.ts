import type { SpecDiff } from "./spec-diff.ts";

/** The printed summary: the bump and changeset text per package, or that nothing changed. */
export function renderReport(diff: SpecDiff, baseLabel: string, elapsedMs: number): string {
  const lines = [`spec:diff: regenerated client compared with ${baseLabel} (${elapsedMs} ms)`];
  if (diff.releases.length === 0) {
    lines.push(`no changes: the public API and the generated code match ${baseLabel}; no changeset needed.`);
  }
  for (const release of diff.releases) {
    lines.push(
      `${release.name}: ${release.bump}`,
      ...release.summary.split("\n").map((l) => (l ? `  ${l}` : "")),
    );
  }
  return lines.join("\n");
}
