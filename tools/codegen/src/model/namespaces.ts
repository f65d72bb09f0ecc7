import { lowerFirst } from "../naming/symbols.ts";
import type { Namespace } from "./ir.ts";

/**
 * The namespace prefix every schema name shares (`microsoft.graph` for Graph), found the way
 * Kiota finds it: walk the deepest namespace while every namespace still starts with the candidate.
 */
export function commonNamespacePrefix(schemaNames: string[]): string {
  const namespaces = [
    ...new Set(schemaNames.map((n) => n.split(".").slice(0, -1).join(".")).filter(Boolean)),
  ];
  const deepest = [...namespaces].sort((a, b) => b.split(".").length - a.split(".").length)[0];
  if (!deepest) return "";
  let candidate = "";
  for (const segment of deepest.split(".")) {
    const next = candidate ? `${candidate}.${segment}` : segment;
    if (!namespaces.every((n) => n.toLowerCase().startsWith(next.toLowerCase()))) break;
    candidate = next;
  }
  return candidate;
}

/** Creates namespaces on first use so every model and enum of one spec namespace shares a file. */
export class NamespaceRegistry {
  private readonly byFolder = new Map<string, Namespace>();
  private readonly trimmedPrefix: string;
  constructor(trimmedPrefix: string) {
    this.trimmedPrefix = trimmedPrefix;
  }

  forSchema(schemaName: string): Namespace {
    const parts = schemaName.split(".").slice(0, -1);
    const prefixParts = this.trimmedPrefix ? this.trimmedPrefix.split(".") : [];
    const own = parts.slice(prefixParts.length).map(lowerFirst);
    const folder = ["models", ...own].join("/");
    let ns = this.byFolder.get(folder);
    if (!ns) {
      ns = { folder, dotted: folder.replaceAll("/", "."), models: [], enums: [] };
      this.byFolder.set(folder, ns);
    }
    return ns;
  }

  all(): Namespace[] {
    return [...this.byFolder.values()].sort((a, b) => a.folder.localeCompare(b.folder));
  }
}
