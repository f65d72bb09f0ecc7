// Graph writes every date-time as `YYYY-MM-DDTHH:MM:SS[.fff]Z`. Reading that form by hand is
// several times faster than `new Date(string)`; anything else (offsets, more fraction digits,
// out-of-range fields, early years) falls back to `new Date`, so the result is always the same.

const ZERO = 48;
const LENGTH_WITHOUT_FRACTION = 20; // 2024-01-05T15:19:59Z

/** `new Date(text)` for `text` in Graph's UTC form, or undefined for any other text. */
export function parseUtcDateTime(text: string): Date | undefined {
  const length = text.length;
  if (length < LENGTH_WITHOUT_FRACTION || length > LENGTH_WITHOUT_FRACTION + 4) return undefined;
  if (text.charCodeAt(length - 1) !== 90 /* Z */) return undefined;
  if (!hasSeparators(text)) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const millisecond = fraction(text, length);
  // -1 means "not digits"; early years and hour 24 follow rules best left to `new Date`.
  const inRange =
    year >= 1000 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    millisecond >= 0;
  // A day past the month's end is left to `new Date` too.
  if (!inRange || day > daysInMonth(year, month)) return undefined;
  const seconds = ((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60 + second;
  return new Date(seconds * 1000 + millisecond);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (the civil-from-days inverse of H. Hinnant). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function hasSeparators(text: string): boolean {
  return (
    text.charCodeAt(4) === 45 /* - */ &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(13) === 58 /* : */ &&
    text.charCodeAt(16) === 58
  );
}

/** The decimal number in `text[start, start + count)`, or -1 when a character is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Milliseconds of an optional `.f`, `.ff` or `.fff` before the `Z`; -1 when malformed. */
function fraction(text: string, length: number): number {
  if (length === LENGTH_WITHOUT_FRACTION) return 0;
  const count = length - LENGTH_WITHOUT_FRACTION - 1;
  if (count < 1 || text.charCodeAt(19) !== 46 /* . */) return -1;
  const value = digits(text, 20, count);
  return value < 0 ? -1 : value * 10 ** (3 - count);
}
