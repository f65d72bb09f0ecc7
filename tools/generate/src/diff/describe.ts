import { type DomEntry, typeScriptName } from "./dom-entries.ts";
import { parseCallable } from "./signature.ts";
import { type Subject, queryParametersType } from "./subjects.ts";

const httpMethods = new Set(["get", "post", "put", "patch", "delete", "head", "options"]);

export const isOperation = (entry: DomEntry): boolean =>
  entry.kind === "method" && httpMethods.has(entry.member);

/** A whole symbol: "model `Destination`", "enum `TrafficType` (Internet, All)". */
export function subjectText(subject: Subject): string {
  const name = `\`${typeScriptName(subject.name)}\``;
  if (subject.kind !== "enum") return `${subject.kind} ${name}`;
  const members = subject.entries.filter((e) => e.kind === "enumMember").map((e) => e.member);
  return `enum ${name} (${members.join(", ")})`;
}

/** A member that appeared or disappeared: "property `Connection.agentVersion` (string)". */
export function memberText(entry: DomEntry, subject: Subject): string {
  const label = memberLabel(entry, subject);
  if (entry.kind === "property" || entry.kind === "inheritance") return `${label} (${entry.signature})`;
  if (entry.kind !== "method") return label;
  const { parameters, returns } = parseCallable(entry.signature);
  if (isOperation(entry)) return returns === "void" ? label : `${label} returning \`${returns}\``;
  return `${label.slice(0, -1)}(${parameters.join(", ")})\``;
}

/** A member whose type or signature changed: "property `Connection.status`: `ConnectionStatus` → `string`". */
export function changedMemberText(before: DomEntry, after: DomEntry, subject: Subject): string {
  return `${memberLabel(after, subject)}: \`${before.signature}\` → \`${after.signature}\``;
}

function memberLabel(entry: DomEntry, subject: Subject): string {
  const owner = typeScriptName(entry.owner);
  switch (entry.kind) {
    case "enumMember":
      return `enum member \`${owner}.${entry.member}\``;
    case "inheritance":
      return `base types of \`${owner}\``;
    case "property": {
      const query = queryParametersType.exec(owner);
      if (query && subject.kind === "request builder") {
        return `query parameter \`${entry.member}\` of \`${query[1]}.${query[2]!.toLowerCase()}\``;
      }
      return `${subject.kind === "request builder" ? "navigation property" : "property"} \`${owner}.${entry.member}\``;
    }
    case "method":
      return `${isOperation(entry) ? "operation" : "method"} \`${owner}.${entry.member}\``;
    case "function":
    case "constant":
      return `${entry.kind} \`${entry.member}\``;
  }
}
