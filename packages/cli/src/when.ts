import { usageError } from "./exit-codes.js";

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const DURATION = /^(\d+)([smhdw])$/;
// A date, or a date-time with Z or an offset: a bare local time would depend on the machine.
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/i;

/** Parses a duration such as `90s`, `15m`, `24h`, `7d`, `2w` into milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw usageError(`${flag}: '${text}' is not a duration such as 30m, 24h or 7d`);
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  if (ms <= 0) throw usageError(`${flag}: the duration must be longer than zero`);
  return ms;
}

/**
 * Parses `<when>`: `now`, a duration ago (`24h`, `7d`) or ISO 8601 (`2024-05-01`,
 * `2024-05-01T08:00:00Z`, `…+02:00`). Calendar-impossible dates are refused.
 */
export function parseWhen(text: string, flag: string, now: Date): Date {
  const value = text.trim();
  if (value.toLowerCase() === "now") return new Date(now.getTime());
  if (DURATION.test(value)) return new Date(now.getTime() - parseDuration(value, flag));
  const date = ISO.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : undefined;
  if (date === undefined || Number.isNaN(date.getTime()) || !sameCalendarDay(value, date)) {
    throw usageError(`${flag}: '${text}' is not a date; use ISO 8601 (2024-05-01T08:00:00Z), 24h, 7d or now`);
  }
  return date;
}

/** JavaScript rolls 2024-02-30 over to March; compare the written day with the parsed one. */
function sameCalendarDay(text: string, date: Date): boolean {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(text);
  const shiftMs = offset
    ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000
    : 0;
  return new Date(date.getTime() + shiftMs).toISOString().slice(0, 10) === text.slice(0, 10);
}

export interface TimeWindow {
  start: Date;
  end: Date;
}

export interface WindowFlags {
  start?: string;
  end?: string;
  since?: string;
}

export const DEFAULT_WINDOW_MS = 24 * 3_600_000;

/** Resolves `--since` or `--start/--end` (default: the last 24 hours) and checks the order. */
export function resolveWindow(flags: WindowFlags, now: Date): TimeWindow {
  if (flags.since !== undefined && (flags.start !== undefined || flags.end !== undefined)) {
    throw usageError("--since cannot be combined with --start/--end");
  }
  if (flags.since !== undefined) {
    return { start: new Date(now.getTime() - parseDuration(flags.since, "--since")), end: now };
  }
  const end = flags.end === undefined ? now : parseWhen(flags.end, "--end", now);
  const start =
    flags.start === undefined
      ? new Date(end.getTime() - DEFAULT_WINDOW_MS)
      : parseWhen(flags.start, "--start", now);
  if (end.getTime() < start.getTime()) {
    throw usageError(`--end (${end.toISOString()}) is before --start (${start.toISOString()})`);
  }
  return { start, end };
}
