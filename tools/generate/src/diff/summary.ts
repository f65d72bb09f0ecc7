import type { ApiChange, ChangeKind } from "./api-change.ts";
import type { CodeChange } from "./code-changes.ts";

const headings: Array<[ChangeKind, string]> = [
  ["added", "Added"],
  ["removed", "Removed"],
  ["changed", "Changed"],
];

/** "Added: a; b." then "Removed: …" and "Changed: …", one paragraph each, only those that apply. */
export function changeParagraphs(changes: ApiChange[]): string[] {
  return headings
    .map(([kind, heading]) => [heading, changes.filter((c) => c.kind === kind).map((c) => c.text)] as const)
    .filter(([, texts]) => texts.length > 0)
    .map(([heading, texts]) => `${heading}: ${texts.join("; ")}.`);
}

const withoutApiChange: Record<Exclude<CodeChange, "none">, string> = {
  docs: "Regenerated from the spec: only descriptions changed; the public API is unchanged.",
  code: "Regenerated from the spec: generated code changed (URI templates, serialization or error mappings); the public API is unchanged.",
};

/** Why an added enum member is released as major, said once where it applies. */
function enumMemberNote(changes: ApiChange[]): string[] {
  return changes.some((c) => c.changesValueSet && c.kind === "added")
    ? [
        "A new enum member is a major change: code that handles every member (an exhaustive `switch`, a `match` handler map) must handle it too.",
      ]
    : [];
}

/** The changeset text for the package that holds the generated client. */
export function ownerSummary(changes: ApiChange[], codeChange: CodeChange): string {
  if (changes.length > 0)
    return ["Regenerated from the spec.", ...changeParagraphs(changes), ...enumMemberNote(changes)].join(
      "\n\n",
    );
  return codeChange === "none" ? "" : withoutApiChange[codeChange];
}

/** The changeset text for a package whose public types follow the values of enums that changed. */
export function dependentSummary(ownerName: string, used: ApiChange[]): string {
  return [
    `Follows \`${ownerName}\` regenerated from the spec: the enum values this package's helpers and types cover changed.`,
    ...changeParagraphs(used),
    ...enumMemberNote(used),
  ].join("\n\n");
}
