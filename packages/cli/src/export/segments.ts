import type { ResumeCursor, WindowRange } from "../cursor.js";
import { absoluteLink } from "../cursor.js";

/** A part of an export: a time window, entered at its start or at a saved next link. */
export interface Segment {
  readonly window: WindowRange;
  /** Absolute next link to continue from; absent: the window's first page. */
  readonly resumeFrom?: string;
}

/** Splits [start, end) into `parts` contiguous windows of equal length, in time order. */
export function splitWindow([start, end]: WindowRange, parts: number): WindowRange[] {
  const startMs = Date.parse(start);
  const span = Date.parse(end) - startMs;
  const edges = Array.from({ length: parts + 1 }, (_, i) =>
    i === parts ? end : new Date(startMs + Math.floor((span * i) / parts)).toISOString(),
  );
  edges[0] = start;
  return edges.slice(0, -1).map((edge, i) => [edge, edges[i + 1]!] as const);
}

/** The segments of a fresh export (one, or `parallel` sub-windows) or of a resumed one. */
export function planSegments(
  window: WindowRange,
  parallel: number,
  resume: ResumeCursor | undefined,
  baseUrl: string,
): Segment[] {
  if (resume === undefined) return splitWindow(window, parallel).map((w) => ({ window: w }));
  return resume.windows.map((w, i) =>
    i === 0 && resume.link !== undefined
      ? { window: w, resumeFrom: absoluteLink(resume.link, baseUrl) }
      : { window: w },
  );
}
