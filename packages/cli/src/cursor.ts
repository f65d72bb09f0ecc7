import { usageError } from "./exit-codes.js";

/** A time range as two ISO instants, half-open: start <= createdDateTime < end. */
export type WindowRange = readonly [start: string, end: string];

/**
 * Where an interrupted export continues. Printed as `--resume <cursor>`: base64url JSON, so it
 * needs no shell quoting.
 */
export interface ResumeCursor {
  /** The next page of the segment that was being written: a link relative to the base URL, or absolute. */
  link?: string;
  /** Segments not started yet, in output order. */
  windows: WindowRange[];
  /** Records already written, so JSON output can continue the open array. */
  written: number;
  /** With `--mock`: the data set's anchor, so a resumed run serves the same records. */
  mockAnchor?: string;
}

const VERSION = 1;

export function encodeCursor(cursor: ResumeCursor): string {
  return Buffer.from(JSON.stringify({ v: VERSION, ...cursor }), "utf8").toString("base64url");
}

const isIso = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value));

/** Decodes `--resume`; anything that is not a cursor this version wrote is a usage error. */
export function decodeCursor(text: string): ResumeCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const value = parsed as Partial<ResumeCursor> & { v?: unknown };
  const valid =
    typeof parsed === "object" &&
    parsed !== null &&
    value.v === VERSION &&
    (value.link === undefined || (typeof value.link === "string" && value.link.length > 0)) &&
    Array.isArray(value.windows) &&
    value.windows.every((w) => Array.isArray(w) && w.length === 2 && isIso(w[0]) && isIso(w[1])) &&
    Number.isSafeInteger(value.written) &&
    (value.written ?? -1) >= 0 &&
    (value.mockAnchor === undefined || isIso(value.mockAnchor));
  if (!valid) throw usageError("--resume: not a cursor printed by this version of netaccess");
  return {
    ...(value.link === undefined ? {} : { link: value.link }),
    windows: value.windows as WindowRange[],
    written: value.written as number,
    ...(value.mockAnchor === undefined ? {} : { mockAnchor: value.mockAnchor }),
  };
}

/** Makes a next link relative to the base URL, so a resumed `--mock` run (new port) can follow it. */
export function relativeLink(link: string, baseUrl: string): string {
  const base = `${baseUrl.replace(/\/+$/, "")}/`;
  return link.startsWith(base) ? link.slice(base.length) : link;
}

/**
 * The cursor's link as a URL under the base URL. A link elsewhere (another host, an edited cursor) is
 * refused here, before any request, so a cursor can never send the token to another place.
 */
export function absoluteLink(link: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  if (!/^[a-z][a-z0-9+.-]*:/i.test(link)) return `${base}/${link}`;
  if (link.startsWith(`${base}/`)) return link;
  throw usageError(`--resume: the cursor points outside ${base}; resume against the endpoint that wrote it`);
}
