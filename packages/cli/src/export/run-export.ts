import { relativeLink, type ResumeCursor } from "../cursor.js";
import type { RecordWriter } from "../output/record-writer.js";
import type { WireEncoder } from "../wire-text.js";
import { segmentPages, type EncodedPage, type SourceFactory } from "./page-stream.js";
import type { Progress } from "./progress.js";
import type { Segment } from "./segments.js";
import { spooledInOrder } from "./spool.js";

export interface ExportJob<T> {
  segments: readonly Segment[];
  sourceFor: SourceFactory<T>;
  encode: WireEncoder<T>;
  /** Fetch the segments at once (each ahead of the writer) instead of one after another. */
  concurrent: boolean;
  writer: RecordWriter;
  /** Fires on Ctrl-C: the page being written is finished, fetches stop, a cursor is returned. */
  interrupt: AbortSignal;
  /** Stop after this many records (this run). */
  max?: number;
  progress: Progress;
  baseUrl: string;
}

export type ExportOutcome =
  | { status: "complete"; written: number }
  | { status: "stopped"; written: number; cursor: ResumeCursor; error?: unknown };

type Tagged = { segment: number; page: EncodedPage };

async function* oneAfterAnother<T>(job: ExportJob<T>, signal: AbortSignal): AsyncGenerator<Tagged> {
  for (const [segment, part] of job.segments.entries()) {
    for await (const page of segmentPages(part, job.sourceFor, job.encode, signal)) yield { segment, page };
  }
}

/**
 * Writes an export page by page, in segment (time window) order. Memory holds a page or two;
 * with `concurrent`, later windows wait on disk. Whatever stops it early (Ctrl-C, a failed
 * request), the outcome carries the cursor of the last page written, so nothing is lost or repeated.
 */
export async function runExport<T>(job: ExportJob<T>): Promise<ExportOutcome> {
  const fetches = new AbortController();
  const stopFetches = () => fetches.abort(job.interrupt.reason);
  job.interrupt.addEventListener("abort", stopFetches, { once: true });
  const stream = job.concurrent
    ? spooledInOrder(
        job.segments.map((part) => segmentPages(part, job.sourceFor, job.encode, fetches.signal)),
        () => fetches.abort(),
      )
    : oneAfterAnother(job, fetches.signal);

  let current = 0;
  let resumePoint = job.segments[0]?.resumeFrom;
  let segmentDone = job.segments.length === 0;
  let written = 0;
  let pages = 0;
  let total: number | undefined;

  const cursor = (): ResumeCursor | undefined => {
    const rest = job.segments.slice(current + 1).map((part) => part.window);
    const here = job.segments[current];
    if (segmentDone || here === undefined) return rest.length === 0 ? undefined : { windows: rest, written };
    return resumePoint === undefined
      ? { windows: [here.window, ...rest], written }
      : { link: relativeLink(resumePoint, job.baseUrl), windows: [here.window, ...rest], written };
  };
  const stopped = (error?: unknown): ExportOutcome => {
    const at = cursor();
    if (at === undefined) return { status: "complete", written };
    return error === undefined
      ? { status: "stopped", written, cursor: at }
      : { status: "stopped", written, cursor: at, error };
  };

  await job.writer.begin();
  let outcome: ExportOutcome | undefined;
  try {
    for await (const { segment, page } of stream) {
      if (segment !== current) {
        current = segment;
        resumePoint = job.segments[segment]?.resumeFrom;
      }
      const room = job.max === undefined ? page.records.length : job.max - written;
      const records = room < page.records.length ? page.records.slice(0, room) : page.records;
      await job.writer.page(records);
      written += records.length;
      pages++;
      resumePoint = page.cursor;
      segmentDone = page.cursor === undefined;
      if (job.segments.length === 1 && page.total !== undefined) total ??= page.total;
      job.progress.update({ records: written, pages, total });
      if (job.max !== undefined && written >= job.max) {
        outcome = { status: "complete", written };
        break;
      }
      if (job.interrupt.aborted) {
        outcome = stopped();
        break;
      }
    }
    outcome ??= stopped();
  } catch (error) {
    outcome = stopped(job.interrupt.aborted ? undefined : error);
  } finally {
    job.interrupt.removeEventListener("abort", stopFetches);
    fetches.abort();
    job.progress.stop();
  }
  await job.writer.end(outcome.status === "complete");
  return outcome;
}
