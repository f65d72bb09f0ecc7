import type { Bump } from "./bump.ts";

export type ChangeKind = "added" | "removed" | "changed";

/** One change to the generated client's public API, described for a changelog. */
export interface ApiChange {
  kind: ChangeKind;
  /** Plain words, e.g. "property `Connection.agentVersion` (string)". */
  text: string;
  bump: Bump;
  /** Identifiers a workspace source would use if it depends on what changed. */
  identifiers: string[];
  /**
   * An enum's set of values changed. Packages that use the enum derive their own public types from
   * that set (exhaustive handler maps, wire-value unions), so the change is theirs too.
   */
  changesValueSet: boolean;
}

/** What a public symbol of the dump is. */
export type SubjectKind = "model" | "enum" | "request builder" | "function" | "constant" | "type";

/** Names a source uses to reach a symbol: enums also have `XObject`; models their factory and (de)serializers. */
export function subjectIdentifiers(kind: SubjectKind, name: string): string[] {
  if (kind === "enum") return [name, `${name}Object`];
  if (kind === "model")
    return [name, `create${name}FromDiscriminatorValue`, `deserializeInto${name}`, `serialize${name}`];
  return [name];
}
