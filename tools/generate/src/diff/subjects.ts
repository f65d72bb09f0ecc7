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
  /** Qualified name as the dump writes the type, e.g. `ApiSdk.models.networkaccess.Connection`. */
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

/** Namespace functions named after a model (factory, (de)serializers) or the client (`Create<Client>`). */
const typeFunction =
  /^(?:create(\w+)FromDiscriminatorValue|deserializeInto(\w+)|serialize(\w+)|[Cc]reate(\w+))$/;
/** Constants named after a builder, the client or an enum. */
const typeConstant =
  /^(\w+?)(?:UriTemplate|NavigationMetadata|RequestsMetadata|(?:Get|Post|Put|Patch|Delete|Head|Options)QueryParametersMapper|Object)$/;
/** Query parameter types are named after their builder and operation. */
export const queryParametersType =
  /^(\w+RequestBuilder)(Get|Post|Put|Patch|Delete|Head|Options)QueryParameters$/;

/** Type owners by lower-cased qualified name: the dump is not consistent about the first letter. */
type TypeIndex = Map<string, string>;

/**
 * Groups dump lines by the public symbol they belong to, so a whole added or removed type reads as one
 * change: a model with its factory and (de)serializers, a request builder with its URI template,
 * metadata and query parameter types, an enum with its members and `…Object` constant.
 */
export function indexDump(text: string): IndexedDump {
  const parsed = parseDomExport(text);
  const types: TypeIndex = new Map(
    parsed
      .filter((e) => e.kind !== "function" && e.kind !== "constant")
      .map((e) => [e.owner.toLowerCase(), e.owner]),
  );
  const dump: IndexedDump = { entries: new Map(), subjects: new Map(), subjectOf: new Map() };
  for (const entry of parsed) {
    const key = entryKey(entry);
    const name = subjectName(entry, types);
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

const firstGroup = (match: RegExpExecArray | null): string | undefined =>
  match?.slice(1).find((group) => group !== undefined);

function subjectName(entry: DomEntry, types: TypeIndex): string {
  const lookup = (namespace: string, name: string | undefined) =>
    name === undefined ? undefined : types.get(`${namespace}.${name}`.toLowerCase());
  if (entry.kind === "function" || entry.kind === "constant") {
    const pattern = entry.kind === "function" ? typeFunction : typeConstant;
    return lookup(entry.owner, firstGroup(pattern.exec(entry.member))) ?? `${entry.owner}.${entry.member}`;
  }
  const query = queryParametersType.exec(shortName(entry.owner));
  return lookup(namespaceOf(entry.owner), query?.[1]) ?? entry.owner;
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
