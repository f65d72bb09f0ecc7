import { describeValue } from "./describe-value.js";
import { checkWellFormed } from "./well-formed.js";

/** Checks `$top`/`$skip`: a non-negative integer. */
export function checkCount(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    const ErrorType = typeof value === "number" ? RangeError : TypeError;
    throw new ErrorType(`${name} must be a non-negative integer, got ${describeValue(value)}.`);
  }
  return value;
}

/** Checks a free-text option such as `$filter` or `$search`. */
export function checkText(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${name} must be a non-empty string, got ${describeValue(value)}.`);
  }
  return checkWellFormed(name, value);
}

/** Checks a boolean option such as `$count`. */
export function checkFlag(name: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean")
    throw new TypeError(`${name} must be true or false, got ${describeValue(value)}.`);
  return value;
}

/** Reads `$select`/`$orderby`: one string or a non-empty list of them; sent comma-separated. */
export function checkList(name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list: unknown[] = typeof value === "string" ? [value] : Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((item) => typeof item !== "string" || item.trim() === "")) {
    throw new TypeError(
      `${name} must be a non-empty string or a non-empty array of non-empty strings, got ${describeValue(value)}.`,
    );
  }
  return list.map((item, index) => checkWellFormed(`${name}[${index}]`, item as string));
}
