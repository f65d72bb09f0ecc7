import { type ApiChange, type ChangeKind, subjectIdentifiers } from "./api-change.ts";
import type { Bump } from "./bump.ts";
import { changedMemberText, isOperation, memberText, subjectText } from "./describe.ts";
import { type DomEntry, INHERITANCE, shortName, typeScriptName } from "./dom-entries.ts";
import { type IndexedDump, type Subject, indexDump } from "./subjects.ts";

interface MemberChange {
  kind: ChangeKind;
  entry: DomEntry;
  previous?: DomEntry;
  subject: Subject;
}

/**
 * Removing or changing anything breaks a caller; adding does not, except an enum member: a consumer's
 * exhaustive `switch` or handler map over the enum stops compiling, so a new member is major.
 */
function bumpOf(kind: ChangeKind, entry?: DomEntry): Bump {
  if (kind !== "added") return "major";
  return entry?.kind === "enumMember" ? "major" : "minor";
}
const order: Record<ChangeKind, number> = { added: 0, removed: 1, changed: 2 };

/**
 * Compares two public-API dumps. A symbol missing on one side is one change for the whole symbol; for
 * symbols on both sides every added, removed or retyped member is a change. A rename therefore reads as a
 * removal plus an addition, and is major.
 */
export function diffDomExports(before: string, after: string): ApiChange[] {
  const old = indexDump(before);
  const now = indexDump(after);
  const changes: ApiChange[] = [
    ...wholeSubjects(now, old, "added"),
    ...wholeSubjects(old, now, "removed"),
    ...withoutCompanions(memberChanges(old, now)).map(toApiChange),
  ];
  return changes.toSorted((a, b) => order[a.kind] - order[b.kind]);
}

function wholeSubjects(from: IndexedDump, other: IndexedDump, kind: ChangeKind): ApiChange[] {
  return [...from.subjects.values()]
    .filter((subject) => !other.subjects.has(subject.name))
    .map((subject) => ({
      kind,
      text: subjectText(subject),
      bump: bumpOf(kind),
      identifiers: subjectIdentifiers(subject.kind, typeScriptName(subject.name)),
      changesValueSet: false,
    }));
}

function memberChanges(old: IndexedDump, now: IndexedDump): MemberChange[] {
  const changes: MemberChange[] = [];
  for (const [key, entry] of now.entries) {
    const subject = now.subjects.get(now.subjectOf.get(key)!)!;
    if (!old.subjects.has(subject.name)) continue;
    const previous = old.entries.get(key);
    if (!previous) changes.push({ kind: "added", entry, subject });
    else if (previous.signature !== entry.signature)
      changes.push({ kind: "changed", entry, previous, subject });
  }
  for (const [key, entry] of old.entries) {
    const subject = old.subjects.get(old.subjectOf.get(key)!)!;
    if (!now.subjects.has(subject.name) || now.entries.has(key)) continue;
    const inherited = inheritedEntry(now, entry.owner, entry.member);
    if (inherited?.signature === entry.signature) continue;
    changes.push({ kind: "removed", entry, subject });
  }
  return changes;
}

/**
 * The same member on one of the type's ancestors: Kiota declares a property once, on the base that
 * has it, so a member that moved to a base is still there for callers and is not a removal.
 */
function inheritedEntry(
  dump: IndexedDump,
  owner: string,
  member: string,
  seen = new Set<string>(),
): DomEntry | undefined {
  const bases =
    dump.entries
      .get(`${owner}::${INHERITANCE}`)
      ?.signature.split(";")
      .map((b) => b.trim().toLowerCase()) ?? [];
  for (const base of bases) {
    const qualified = [...dump.subjects.keys()].find((name) => shortName(name).toLowerCase() === base);
    if (!qualified || seen.has(qualified)) continue;
    seen.add(qualified);
    const found =
      dump.entries.get(`${qualified}::${member}`) ?? inheritedEntry(dump, qualified, member, seen);
    if (found) return found;
  }
  return undefined;
}

const requestInformation = /^to(\w+)RequestInformation$/;

/** `toGetRequestInformation` changes with `get`; listing both would say the same thing twice. */
function withoutCompanions(changes: MemberChange[]): MemberChange[] {
  const listed = new Set(changes.map((c) => `${c.kind}|${c.entry.owner}|${c.entry.member}`));
  return changes.filter((c) => {
    const match = requestInformation.exec(c.entry.member);
    return !match || !listed.has(`${c.kind}|${c.entry.owner}|${match[1]!.toLowerCase()}`);
  });
}

function toApiChange(change: MemberChange): ApiChange {
  const { entry, subject } = change;
  const identifiers = subjectIdentifiers(subject.kind, typeScriptName(subject.name));
  if (entry.owner !== subject.name) identifiers.push(typeScriptName(entry.owner));
  if (entry.kind === "method" && !isOperation(entry)) identifiers.push(entry.member);
  const text = change.previous
    ? changedMemberText(change.previous, entry, subject)
    : memberText(entry, subject);
  return {
    kind: change.kind,
    text,
    bump: bumpOf(change.kind, entry),
    identifiers,
    changesValueSet: entry.kind === "enumMember",
  };
}
