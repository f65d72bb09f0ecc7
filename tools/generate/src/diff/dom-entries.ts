/** What one line of `kiota-dom-export.txt` declares. */
export type DomEntryKind = "inheritance" | "property" | "method" | "enumMember" | "function" | "constant";

export interface DomEntry {
  kind: DomEntryKind;
  /** Qualified owner: a type (`ApiSdk.models.networkaccess.Connection`), or a namespace for functions and constants. */
  owner: string;
  /** Member name; `~~>` on an inheritance line. */
  member: string;
  /** Property type, parameters and return type, or base types. Empty for enum members: their position is not API. */
  signature: string;
}

export const INHERITANCE = "~~>";
const PUBLIC = "|public|";
const enumMember = /^\d{4}-(.+)$/;

/** Parses a whole dump; blank lines are skipped, an unrecognised line throws with the line in the message. */
export function parseDomExport(text: string): DomEntry[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map(parseDomLine);
}

export function parseDomLine(line: string): DomEntry {
  const scope = line.indexOf("::");
  if (scope > 0) {
    const owner = line.slice(0, scope);
    const rest = line.slice(scope + 2);
    const member = enumMember.exec(rest);
    if (member) return { kind: "enumMember", owner, member: member[1]!, signature: "" };
    if (rest.startsWith(PUBLIC))
      return { owner, ...splitMember(rest.slice(PUBLIC.length), "method", "property", line) };
    return { owner, ...splitMember(rest, "function", "constant", line) };
  }
  const arrow = line.indexOf(INHERITANCE);
  if (arrow > 0) {
    return {
      kind: "inheritance",
      owner: line.slice(0, arrow),
      member: INHERITANCE,
      signature: line.slice(arrow + 3),
    };
  }
  const colon = line.indexOf(":");
  const dot = line.lastIndexOf(".", colon);
  if (colon < 0 || dot < 0) throw new Error(`unrecognised kiota-dom-export line: ${line}`);
  return {
    kind: "constant",
    owner: line.slice(0, dot),
    member: line.slice(dot + 1, colon),
    signature: line.slice(colon + 1),
  };
}

/** `name(params):return` is callable, `name:type` is a value; whichever of `(` and `:` comes first decides. */
function splitMember(body: string, callable: DomEntryKind, value: DomEntryKind, line: string) {
  const paren = body.indexOf("(");
  const colon = body.indexOf(":");
  if (paren > 0 && (colon < 0 || paren < colon)) {
    return { kind: callable, member: body.slice(0, paren), signature: body.slice(paren) };
  }
  if (colon <= 0) throw new Error(`unrecognised kiota-dom-export line: ${line}`);
  return { kind: value, member: body.slice(0, colon), signature: body.slice(colon + 1) };
}

/** Identity of an entry across two dumps: same owner, same member name. */
export const entryKey = (entry: DomEntry): string => `${entry.owner}::${entry.member}`;

/** Last dotted segment: `ApiSdk.models.Entity` → `Entity`. */
export const shortName = (qualified: string): string => qualified.slice(qualified.lastIndexOf(".") + 1);

/** Everything before the last dotted segment. */
export const namespaceOf = (qualified: string): string =>
  qualified.slice(0, Math.max(qualified.lastIndexOf("."), 0));
