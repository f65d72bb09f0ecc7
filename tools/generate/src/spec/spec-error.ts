/** A construct the generator cannot turn into correct code; names where it sits in the spec. */
export class SpecError extends Error {
  override name = "SpecError";
  readonly location: string;
  constructor(location: string, detail: string) {
    super(`${location}: ${detail}`);
    this.location = location;
  }
}

/** JSON-pointer style location for error messages, e.g. `#/paths/~1networkAccess/get`. */
export function pointer(...parts: Array<string | number>): string {
  return "#/" + parts.map((p) => String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
}
