import { mkdtemp, open, rm, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EncodedPage } from "./page-stream.js";

interface SpooledPage {
  offset: number;
  length: number;
  cursor: string | undefined;
  total: number | undefined;
}

/**
 * Pages of one sub-window fetched ahead of the writer. Their records wait in a temporary file, not
 * in memory, so `--parallel` keeps every sub-window busy and memory stays flat however far
 * ahead the later windows get. Only a small index of the pages is kept.
 */
class SegmentSpool {
  private readonly pages: SpooledPage[] = [];
  private size = 0;
  private finished = false;
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly file: FileHandle) {}

  async fill(source: AsyncIterable<EncodedPage>): Promise<void> {
    try {
      for await (const page of source) {
        const bytes = Buffer.from(page.records.join("\n"), "utf8");
        await this.file.write(bytes, 0, bytes.length, this.size);
        this.pages.push({ offset: this.size, length: bytes.length, cursor: page.cursor, total: page.total });
        this.size += bytes.length;
        this.notify();
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.finished = true;
      this.notify();
    }
  }

  /** The pages in order, as they become available; a fetch error surfaces after the pages before it. */
  async *read(): AsyncGenerator<EncodedPage> {
    for (let next = 0; ; next++) {
      while (next >= this.pages.length && !this.finished)
        await new Promise<void>((resolve) => (this.wake = resolve));
      const page = this.pages[next];
      if (page === undefined) {
        if (this.failure) throw this.failure.error;
        return;
      }
      const bytes = Buffer.alloc(page.length);
      if (page.length > 0) await this.file.read(bytes, 0, page.length, page.offset);
      const text = bytes.toString("utf8");
      yield { records: text === "" ? [] : text.split("\n"), cursor: page.cursor, total: page.total };
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

/**
 * Runs every source at once and yields their pages in source order, each tagged with its source's
 * index. The caller's signal (or returning early) stops the fetches; the temporary files are removed.
 */
export async function* spooledInOrder(
  sources: ReadonlyArray<AsyncIterable<EncodedPage>>,
  stopFetching: () => void,
): AsyncGenerator<{ segment: number; page: EncodedPage }> {
  const dir = await mkdtemp(join(tmpdir(), "netaccess-"));
  const files: FileHandle[] = [];
  const fills: Promise<void>[] = [];
  try {
    const spools: SegmentSpool[] = [];
    for (const [index, source] of sources.entries()) {
      const file = await open(join(dir, `window-${index}.ndjson`), "w+");
      files.push(file);
      const spool = new SegmentSpool(file);
      spools.push(spool);
      fills.push(spool.fill(source));
    }
    for (const [segment, spool] of spools.entries()) {
      for await (const page of spool.read()) yield { segment, page };
    }
  } finally {
    stopFetching();
    await Promise.allSettled(fills);
    await Promise.allSettled(files.map((file) => file.close()));
    await rm(dir, { recursive: true, force: true });
  }
}
