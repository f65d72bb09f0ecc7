import type { SubjectKind } from "./api-change.ts";
import {
  type DomEntry,
  INHERITANCE,
  entryKey,
  namespaceOf,
  parseDomExport,
  shortName,
} from "./dom-entries.ts";

/** A public symbol of the dump with every line that belongs to it. */
export interface Subject {
  /** Qualified name, e.g. `ApiSdk.models.networkaccess.Connection`. */
  name: string;
  kind: SubjectKind;
  entries: DomEntry[];
}

export interface IndexedDump {
  entries: Map<string, DomEntry>;
  subjects: Map<string, Subject>;
  /** Entry key → qualified subject name. */
  subjectOf: Map<string, string>;
}

/** A model's factory and (de)serializers are namespace functions named after it. */
const modelCompanion = /^(?:create(\w+)FromDiscriminatorValue|deserializeInto(\w+)|serialize(\w+))$/;
const uriTemplate = /^(\w+)UriTemplate$/;
/** Query parameter types are named after their builder and operation. */
export const queryParametersType =
  /^(\w+RequestBuilder)(Get|Post|Put|Patch|Delete|Head|Options)QueryParameters$/;

/**
 * Groups dump lines by the public symbol they belong to, so a whole added or removed type reads as one
 * change: a model with its factory and (de)serializers, a request builder with its URI template and
 * query parameter types, an enum with its members.
 */
export function indexDump(text: string): IndexedDump {
  const parsed = parseDomExport(text);
  const typeOwners = new Set(
    parsed.filter((e) => e.kind !== "function" && e.kind !== "constant").map((e) => e.owner),
  );
  const dump: IndexedDump = { entries: new Map(), subjects: new Map(), subjectOf: new Map() };
  for (const entry of parsed) {
    const key = entryKey(entry);
    const name = subjectName(entry, typeOwners);
    dump.entries.set(key, entry);
    dump.subjectOf.set(key, name);
    let subject = dump.subjects.get(name);
    if (!subject) {
      subject = { name, kind: "type", entries: [] };
      dump.subjects.set(name, subject);
    }
    subject.entries.push(entry);
  }
  for (const subject of dump.subjects.values()) subject.kind = subjectKind(subject);
  return dump;
}

function subjectName(entry: DomEntry, typeOwners: Set<string>): string {
  if (entry.kind === "function" || entry.kind === "constant") {
    const match = (entry.kind === "function" ? modelCompanion : uriTemplate).exec(entry.member);
    const target = match && `${entry.owner}.${match[1] ?? match[2] ?? match[3]}`;
    return target && typeOwners.has(target) ? target : `${entry.owner}.${entry.member}`;
  }
  const match = queryParametersType.exec(shortName(entry.owner));
  const builder = match && `${namespaceOf(entry.owner)}.${match[1]}`;
  return builder && typeOwners.has(builder) ? builder : entry.owner;
}

function subjectKind(subject: Subject): SubjectKind {
  const own = subject.entries.filter((e) => e.owner === subject.name);
  if (own.some((e) => e.kind === "enumMember")) return "enum";
  const bases = own.find((e) => e.member === INHERITANCE)?.signature;
  if (bases?.startsWith("BaseRequestBuilder<")) return "request builder";
  if (bases) return "model";
  const only = subject.entries.length === 1 ? subject.entries[0] : undefined;
  if (only?.kind === "function" || only?.kind === "constant") return only.kind;
  return "type";
}
