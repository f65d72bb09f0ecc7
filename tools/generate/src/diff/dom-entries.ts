/** What one line of Kiota's `kiota-dom-export.txt` declares. */
export type DomEntryKind = "inheritance" | "property" | "method" | "enumMember" | "function" | "constant";

export interface DomEntry {
  kind: DomEntryKind;
  /** Qualified owner: a type (`ApiSdk.models.networkaccess.Connection`), or a namespace for functions and constants. */
  owner: string;
  /** Member name; `~~>` on an inheritance line. */
  member: string;
  /**
   * Property type, parameters and return type, or base types. Empty for enum members (their position
   * is not API) and for constants (Kiota lists only their names).
   */
  signature: string;
}

export const INHERITANCE = "~~>";
/** `|public|` on members; Kiota writes the type access modifier between bars. */
const accessModifier = /^\|\w+\|/;
const enumMember = /^\d{4}-(.+)$/;
/** A bare qualified name: an enum's `…Object`, a URI template, a query mapper, navigation or requests metadata. */
const qualifiedName = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

const unrecognised = (line: string) => new Error(`unrecognised kiota-dom-export line: ${line}`);

/** Parses a whole dump; blank lines are skipped, an unrecognised line throws with the line in the message. */
export function parseDomExport(text: string): DomEntry[] {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "")
    .map(parseDomLine);
}

/**
 * The line shapes Kiota 1.38 writes:
 * - `Owner::|public|name:Type` (property) and `Owner::|public|name(a:A; b?:B):R` (method);
 * - `Owner::0003-member` (enum member, numbered in spec order);
 * - `Namespace::name(a:A):R` (a namespace function: model factories and (de)serializers, the client factory);
 * - `Owner~~>Base; Interface` (base types);
 * - `Namespace.name` (a constant: `…Object`, `…UriTemplate`, `…QueryParametersMapper`, `…Metadata`).
 */
export function parseDomLine(line: string): DomEntry {
  const scope = line.indexOf("::");
  if (scope > 0) {
    const owner = line.slice(0, scope);
    const rest = line.slice(scope + 2);
    const member = enumMember.exec(rest);
    if (member) return { kind: "enumMember", owner, member: member[1]!, signature: "" };
    const modifier = accessModifier.exec(rest);
    if (modifier) return { owner, ...splitMember(rest.slice(modifier[0].length), line) };
    const fn = splitMember(rest, line);
    if (fn.kind !== "method") throw unrecognised(line);
    return { owner, ...fn, kind: "function" };
  }
  const arrow = line.indexOf(INHERITANCE);
  if (arrow > 0) {
    return {
      kind: "inheritance",
      owner: line.slice(0, arrow),
      member: INHERITANCE,
      signature: line.slice(arrow + INHERITANCE.length),
    };
  }
  if (!qualifiedName.test(line)) throw unrecognised(line);
  return { kind: "constant", owner: namespaceOf(line), member: shortName(line), signature: "" };
}

/** `name(params):return` is callable, `name:type` is a value; whichever of `(` and `:` comes first decides. */
function splitMember(body: string, line: string): Pick<DomEntry, "kind" | "member" | "signature"> {
  const paren = body.indexOf("(");
  const colon = body.indexOf(":");
  if (paren > 0 && (colon < 0 || paren < colon)) {
    return { kind: "method", member: body.slice(0, paren), signature: body.slice(paren) };
  }
  if (colon <= 0) throw unrecognised(line);
  return { kind: "property", member: body.slice(0, colon), signature: body.slice(colon + 1) };
}

/** Identity of an entry across two dumps: same owner, same member name. */
export const entryKey = (entry: DomEntry): string => `${entry.owner}::${entry.member}`;

/** Last dotted segment: `ApiSdk.models.Entity` → `Entity`. */
export const shortName = (qualified: string): string => qualified.slice(qualified.lastIndexOf(".") + 1);

/** Everything before the last dotted segment. */
export const namespaceOf = (qualified: string): string =>
  qualified.slice(0, Math.max(qualified.lastIndexOf("."), 0));

/**
 * The TypeScript name of a dumped type or constant. Kiota's dump lower-cases the first letter of some
 * (`accessType`, `connectionsRequestBuilder`, `accessTypeObject`) that the code exports capitalised.
 */
export const typeScriptName = (qualified: string): string => {
  const name = shortName(qualified);
  return name.charAt(0).toUpperCase() + name.slice(1);
};
