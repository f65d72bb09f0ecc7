import { allowList } from "../allow-list.js";

const pattern = (difference: string): RegExp =>
  new RegExp(
    `^${difference
      .split("*")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );

export interface Unexplained {
  /** Differences found that the allow-list does not list. */
  unexpected: string[];
  /** Allow-list entries of this kind that match no difference any more. */
  stale: string[];
}

/** Whether the allow-list lists this difference. */
export const isAllowed = (difference: string): boolean =>
  allowList.some((entry) => pattern(entry.difference).test(difference));

/**
 * Compares the differences of one kind (`export`, `property`, …) with the allow-list; a test expects
 * both lists empty, so a failure names every unexplained difference and every stale entry.
 */
export function unexplained(kind: string, differences: string[]): Unexplained {
  const entries = allowList.filter((entry) => entry.difference.startsWith(`${kind} `));
  return {
    unexpected: differences.filter((d) => !entries.some((entry) => pattern(entry.difference).test(d))).sort(),
    stale: entries
      .filter((entry) => !differences.some((d) => pattern(entry.difference).test(d)))
      .map((entry) => entry.difference),
  };
}

/** `<kind> <subject>: <name> only in ours|<theirs>` for every name in one set and not the other. */
export function setDifferences(
  kind: string,
  subject: string,
  ours: Iterable<string>,
  theirs: Iterable<string>,
  theirName = "Graph",
): string[] {
  const a = new Set(ours);
  const b = new Set(theirs);
  return [
    ...[...a].filter((name) => !b.has(name)).map((name) => `${kind} ${subject}${name} only in ours`),
    ...[...b].filter((name) => !a.has(name)).map((name) => `${kind} ${subject}${name} only in ${theirName}`),
  ];
}
