import { describeValue } from "./describe-value.js";

/** A point in time: a valid `Date`, or an ISO-8601 string with a `Z` or `±hh:mm` offset (or a bare `YYYY-MM-DD`, read as UTC midnight). */
export type DateInput = Date | string;

// Date-time with a required offset, or a bare date; the fraction may have up to 12 digits like Graph's.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,12})?)?(Z|[+-]\d{2}:\d{2}))?$/i;

/**
 * Reads a DateInput, rejecting anything that is not one exact instant. Strings without an offset
 * are refused because they would be read in the machine's local zone.
 */
export function parseDateInput(name: string, value: unknown): Date {
  if (value === undefined) {
    throw new TypeError(
      `${name} is missing: pass a Date or an ISO-8601 string such as "2024-05-01T00:00:00Z".`,
    );
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${name} is an invalid Date.`);
    return value;
  }
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a Date or an ISO-8601 string, got ${describeValue(value)}.`);
  }
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match || !fieldsInRange(match)) {
    throw new RangeError(
      `${name} ${JSON.stringify(value)} is not an ISO-8601 date-time with an offset, e.g. "2024-05-01T00:00:00Z".`,
    );
  }
  const hasTime = match[4] !== undefined;
  return new Date(Date.parse(hasTime ? value.trim() : `${value.trim()}T00:00:00Z`));
}

/** Reads a report window; `end` must not be earlier than `start`. */
export function parseWindow(start: unknown, end: unknown): { start: Date; end: Date } {
  const from = parseDateInput("start", start);
  const to = parseDateInput("end", end);
  if (to.getTime() < from.getTime()) {
    throw new RangeError(
      `end (${to.toISOString()}) is earlier than start (${from.toISOString()}); the report window must run forwards.`,
    );
  }
  return { start: from, end: to };
}

// Date.parse rolls 2024-02-30 over to March and accepts 24:00, so each field is checked first.
function fieldsInRange(match: RegExpExecArray): boolean {
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  if (year === undefined || month === undefined || day === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offset = match[7];
  const offsetOk =
    offset === undefined ||
    /^z$/i.test(offset) ||
    (Number(offset.slice(1, 3)) <= 23 && Number(offset.slice(4)) <= 59);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetOk
  );
}
