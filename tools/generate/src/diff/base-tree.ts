import { DOM_EXPORT_FILE } from "../generate.ts";
import type { FilePair } from "./code-changes.ts";

/** The generated client a regeneration is compared with: a git revision, the files on disk, or memory. */
export interface BaseTree {
  /** Where the base comes from, for messages: `HEAD`, `files on disk`. */
  label: string;
  /** The base's `kiota-dom-export.txt`; undefined when the base has none (first generation). */
  domExport: string | undefined;
  /** The spec the base was generated from, for the required-property check; undefined when unknown. */
  specText: string | undefined;
  /** Generated files that differ between the base and `after`, with both versions. */
  changedFiles(after: Map<string, string>): Promise<FilePair[]>;
}

/** Files that differ between two in-memory trees. */
export function pairsBetween(before: Map<string, string>, after: Map<string, string>): FilePair[] {
  const pairs: FilePair[] = [];
  for (const [path, content] of after)
    if (before.get(path) !== content) pairs.push({ path, before: before.get(path), after: content });
  for (const [path, content] of before) if (!after.has(path)) pairs.push({ path, before: content });
  return pairs;
}

/** A base held in memory, e.g. the generation of an earlier spec version. */
export function memoryBase(
  label: string,
  files: Map<string, string>,
  specText: string | undefined,
): BaseTree {
  return {
    label,
    domExport: files.get(DOM_EXPORT_FILE),
    specText,
    changedFiles: async (after) => pairsBetween(files, after),
  };
}
