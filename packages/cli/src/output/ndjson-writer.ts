import type { RecordWriter } from "./record-writer.js";
import type { Sink } from "./sink.js";

/** One wire record per line; the output is valid after every page, so resuming just appends. */
export function ndjsonWriter(sink: Sink): RecordWriter {
  return {
    begin: async () => {},
    page: (records) => (records.length === 0 ? Promise.resolve() : sink.write(`${records.join("\n")}\n`)),
    end: async () => {},
  };
}
