import { DOM_EXPORT_FILE, LOCK_FILE } from "../lock.ts";
import { codeOnly } from "./strip-comments.ts";

/** One generated file at the base and after regeneration; a missing side means added or removed. */
export interface FilePair {
  path: string;
  before?: string;
  after?: string;
}

/**
 * What changed in the generated files besides the public API: `docs` when only comments differ,
 * `code` when code differs too (URI templates, serialization names, error mappings), `none` otherwise.
 * The lock file (its hash changes with any spec edit) and the dump itself are not shipped code.
 */
export type CodeChange = "none" | "docs" | "code";

const notShipped = new Set([LOCK_FILE, DOM_EXPORT_FILE]);

export function classifyFileChanges(pairs: FilePair[]): CodeChange {
  let docs = false;
  for (const { path, before, after } of pairs) {
    if (notShipped.has(path) || before === after) continue;
    if (before === undefined || after === undefined || codeOnly(before) !== codeOnly(after)) return "code";
    docs = true;
  }
  return docs ? "docs" : "none";
}
