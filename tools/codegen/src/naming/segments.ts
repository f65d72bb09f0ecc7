import { camelName, lowerFirst, pascalName, upperFirst } from "./symbols.ts";

/** `name={param}` pairs inside an OData function segment; each becomes `With<Param>`. */
const functionParameter = /(?:\w+)?=?'?\{(\w+)\}'?,?/g;

/** Name of a path segment in Kiota's style, before casing (function parameters folded in). */
function segmentSymbol(segment: string): string {
  return segment.replace(functionParameter, (_m, param: string) => `With${upperFirst(param)}`);
}

export const isIndexerSegment = (segment: string): boolean => /^\{[^}]+\}$/.test(segment);
export const isFunctionSegment = (segment: string): boolean => segment.includes("(") && segment.endsWith(")");

/** Folder, property and method name for a path segment (`$count` → `count`). */
export function segmentMemberName(segment: string): string {
  return camelName(segmentSymbol(segment));
}

/** PascalCase stem of request-builder type names for a segment. */
export function segmentTypeStem(segment: string): string {
  return pascalName(segmentSymbol(segment));
}

/**
 * Stem of the inline response types of an OData function: the namespace qualifier is dropped
 * (`microsoft.graph.networkaccess.destinationReport(...)` → `DestinationReportWith…`).
 */
export function functionResponseStem(segment: string): string {
  const open = segment.indexOf("(");
  const qualified = segment.slice(0, open);
  const bare = qualified.slice(qualified.lastIndexOf(".") + 1);
  return pascalName(segmentSymbol(bare + segment.slice(open)));
}

/** `{connection-id}` → `connection-id`. */
export const indexerParameter = (segment: string): string => segment.slice(1, -1);

/** Builder type stem for an indexer item: `connection-id` → `ConnectionItem`. */
export function indexerItemStem(parameter: string): string {
  const base = parameter.replace(/[-_.]?id$/i, "");
  return `${pascalName(base)}Item`;
}

/** Indexer method name: `connection-id` → `byConnectionId`. */
export const indexerMethodName = (parameter: string): string => `by${upperFirst(camelName(parameter))}`;

export { lowerFirst };
