import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { once } from "node:events";
import { usageError } from "../exit-codes.js";

/** Where formatted text goes: stdout or `--out FILE`, with backpressure. */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  /** Fires once the reader went away (e.g. `| head`); writes are dropped from then on. */
  readonly readerGone: AbortSignal;
}

/** Waits until the stream takes more (or is gone); leaves no listener behind. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}

function streamSink(stream: Writable, ownsStream: boolean): Sink {
  const gone = new AbortController();
  let failure: Error | undefined;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") gone.abort();
    else failure = error;
  });
  return {
    readerGone: gone.signal,
    async write(text) {
      if (failure) throw failure;
      if (gone.signal.aborted || text.length === 0) return;
      if (!stream.write(text)) await drained(stream);
      if (failure) throw failure;
    },
    async close() {
      if (!ownsStream) return;
      stream.end();
      await once(stream, "close");
      if (failure) throw failure;
    },
  };
}

export const stdoutSink = (stdout: Writable): Sink => streamSink(stdout, false);

/** Opens `--out FILE`: truncated, or appended to when a resumed run continues it. */
export async function fileSink(path: string, append: boolean): Promise<Sink> {
  const stream = createWriteStream(path, { flags: append ? "a" : "w" });
  try {
    await once(stream, "open");
  } catch (error) {
    throw usageError(`--out: cannot write ${path}: ${(error as Error).message}`);
  }
  return streamSink(stream, true);
}
