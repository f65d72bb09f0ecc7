import type { FilePair } from "./code-changes.ts";

/** The generated client a regeneration is compared with (a git revision); its parts are read on demand. */
export interface BaseTree {
  /** Where the base comes from, for messages: `HEAD`. */
  label: string;
  /** The base's `kiota-dom-export.txt`; undefined when the base has none (first generation). */
  domExport(): Promise<string | undefined>;
  /** The spec the base was generated from, for the required-property check; undefined when unknown. */
  specText(): Promise<string | undefined>;
  /** Generated files that differ between the base and `after`, with both versions. */
  changedFiles(after: Map<string, string>): Promise<FilePair[]>;
}
