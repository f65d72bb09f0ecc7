import type { CliIo } from "../context.js";
import { decodeCursor, encodeCursor, type ResumeCursor, type WindowRange } from "../cursor.js";
import { ExitCode, usageError, type ExitCodeValue } from "../exit-codes.js";
import { runExport } from "../export/run-export.js";
import type { SourceFactory } from "../export/page-stream.js";
import { noProgress, progressLine } from "../export/progress.js";
import { planSegments } from "../export/segments.js";
import type { Field } from "../fields.js";
import type { CommonFlags } from "../options.js";
import { createRecordWriter } from "../output/create-writer.js";
import { describeFailure } from "../report-error.js";
import { hasTokenFlag, resumeCommand } from "../shell-command.js";
import type { Target } from "../target.js";
import { resolveWindow, type WindowFlags } from "../when.js";
import type { WireEncoder } from "../wire-text.js";
import { validated, withSession } from "./session.js";

export interface ExportFlags extends CommonFlags, WindowFlags {
  max?: number;
  resume?: string;
  parallel?: number;
}

export interface ExportSpec<T> {
  fields: readonly Field[];
  tableColumns: readonly string[];
  /** The pager source for a window; `withTotal` asks for `@odata.count` (shown by the progress line). */
  source(target: Target, window: WindowRange, withTotal: boolean): ReturnType<SourceFactory<T>>;
  encoder(target: Target): WireEncoder<T>;
}

/**
 * The streaming export behind `connections list` and `destinations`: resolves the window (or the
 * cursor), fetches page by page (in `--parallel` sub-windows when asked), writes as it goes, and
 * on Ctrl-C or a failed request prints the command that finishes the job.
 */
export async function exportCommand<T>(
  io: CliIo,
  flags: ExportFlags,
  spec: ExportSpec<T>,
): Promise<ExitCodeValue> {
  const resume = flags.resume === undefined ? undefined : decodeCursor(flags.resume);
  if (resume !== undefined && resume.mockAnchor !== undefined && !flags.mock) {
    throw usageError("--resume: this cursor is from a --mock export; add --mock");
  }
  const parallel = flags.parallel ?? 1;
  const window = resolveWindow(flags, io.now);
  const range: WindowRange = [window.start.toISOString(), window.end.toISOString()];
  // Not when the records themselves go to the same terminal: the line would run through them.
  const showProgress = io.stderr.isTTY === true && (flags.out !== undefined || io.stdout.isTTY !== true);

  return withSession(
    io,
    flags,
    {
      concurrency: parallel,
      append: resume !== undefined,
      ...(resume?.mockAnchor === undefined ? {} : { mockAnchor: resume.mockAnchor }),
    },
    async ({ target, sink, format }) => {
      const segments = planSegments(range, parallel, resume, target.baseUrl);
      const sourceFor = (w: WindowRange) => spec.source(target, w, showProgress);
      validated(() => sourceFor(segments[0]?.window ?? range)); // bad options fail before any output
      const writer = createRecordWriter(sink, {
        format,
        fields: spec.fields,
        tableColumns: spec.tableColumns,
        from: { continuing: resume !== undefined, written: resume?.written ?? 0 },
      });
      const outcome = await runExport({
        segments,
        sourceFor,
        encode: spec.encoder(target),
        concurrent: parallel > 1 && segments.length > 1,
        writer,
        // A reader that went away (`| head`) stops the export like Ctrl-C, but quietly.
        interrupt: AbortSignal.any([io.interrupt, sink.readerGone]),
        ...(flags.max === undefined ? {} : { max: flags.max }),
        progress: showProgress ? progressLine(io.stderr as NodeJS.WriteStream) : noProgress,
        baseUrl: target.baseUrl,
      });
      if (outcome.status === "complete" || sink.readerGone.aborted) return ExitCode.ok;
      const next: ResumeCursor = {
        ...outcome.cursor,
        written: (resume?.written ?? 0) + outcome.written,
        ...(target.mockAnchor === undefined ? {} : { mockAnchor: target.mockAnchor }),
      };
      const failure = outcome.error === undefined ? undefined : describeFailure(outcome.error);
      const lines = [
        failure === undefined
          ? `netaccess: interrupted after ${outcome.written} records; nothing after them was written.`
          : `netaccess: ${failure.message}`,
      ];
      // After a failure with nothing saved, running the same command again is the simpler advice.
      if (failure === undefined || outcome.written > 0) {
        lines.push(`netaccess: resume with: ${resumeCommand(io.argv, encodeCursor(next))}`);
        if (hasTokenFlag(io.argv))
          lines.push("netaccess: (the token is not repeated: set NETACCESS_TOKEN or add --token)");
      }
      io.stderr.write(`${lines.join("\n")}\n`);
      return failure?.exitCode ?? ExitCode.interrupted;
    },
  );
}
