import type { CliIo } from "../context.js";
import { usageError, type ExitCodeValue } from "../exit-codes.js";
import { chooseFormat, type CommonFlags } from "../options.js";
import type { OutputFormat } from "../output/record-writer.js";
import { fileSink, stdoutSink, type Sink } from "../output/sink.js";
import { openTarget, type Target } from "../target.js";

/** A command's open resources: the client (and embedded mock) and the output. */
export interface Session {
  target: Target;
  sink: Sink;
  format: OutputFormat;
}

/**
 * Opens the target and the output, runs `body`, and closes both whatever happens. Argument
 * errors the facade raises synchronously (bad filter text, page size) become usage errors.
 */
export async function withSession(
  io: CliIo,
  flags: CommonFlags,
  options: { concurrency?: number; mockAnchor?: string; append?: boolean },
  body: (session: Session) => Promise<ExitCodeValue>,
): Promise<ExitCodeValue> {
  const target = await openTarget(flags, {
    env: io.env,
    now: io.now,
    prompt: (message) => io.stderr.write(`${message}\n`),
    concurrency: options.concurrency ?? 1,
    ...(options.mockAnchor === undefined ? {} : { mockAnchor: options.mockAnchor }),
  });
  try {
    const sink =
      flags.out === undefined ? stdoutSink(io.stdout) : await fileSink(flags.out, options.append === true);
    try {
      return await body({ target, sink, format: chooseFormat(flags, io.stdout.isTTY === true) });
    } finally {
      await sink.close();
    }
  } finally {
    await target.close();
  }
}

/** Runs a synchronous facade call that validates its options; its TypeError/RangeError is bad input. */
export function validated<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) throw usageError(error.message);
    throw error;
  }
}
