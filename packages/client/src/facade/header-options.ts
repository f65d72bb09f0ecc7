import { describeValue } from "./describe-value.js";

/** Extra request headers of a call: a name and one value or several. */
export type HeaderValues = Record<string, string | string[]>;

// RFC 9110 token characters.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Fetch refuses NUL, CR and LF in a value, and characters beyond Latin-1 (a header is a byte string).
const FORBIDDEN_VALUE_CHARACTER = /[\0\r\n]|[^\0-\xFF]/;

/**
 * Checks the `headers` option so a bad name or value is a TypeError before anything is sent,
 * instead of a failure inside fetch that would read like an unreachable host.
 */
export function checkHeaders(value: unknown): HeaderValues | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`headers must be an object of header names to values, got ${describeValue(value)}.`);
  }
  for (const [name, values] of Object.entries(value)) {
    const list: unknown[] = Array.isArray(values) ? values : [values];
    for (const item of list) {
      const problem = headerProblem(name, item);
      if (problem !== undefined) throw new TypeError(`headers: ${problem}`);
    }
  }
  return value as HeaderValues;
}

/** What is wrong with one header, naming it but never quoting its value (it may hold a secret). */
export function headerProblem(name: string, value: unknown): string | undefined {
  if (!HEADER_NAME.test(name)) {
    return `${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only).`;
  }
  if (typeof value !== "string") {
    return `${JSON.stringify(name)} must have a string value or an array of strings, got ${describeValue(value)}.`;
  }
  const bad = FORBIDDEN_VALUE_CHARACTER.exec(value);
  if (!bad) return undefined;
  const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `the value of ${JSON.stringify(name)} holds U+${code} at index ${bad.index}; header values cannot contain line breaks, NUL or characters beyond U+00FF.`;
}
