import type { Continuation, RecordWriter } from "./record-writer.js";
import type { Sink } from "./sink.js";

/**
 * A JSON array, one record per line. An interrupted run leaves the array open; the resumed run
 * continues it (a comma, the rest, the closing bracket), so the joined output is one valid array.
 */
export function jsonWriter(sink: Sink, from: Continuation): RecordWriter {
  let written = from.written;
  return {
    begin: () => (from.continuing ? Promise.resolve() : sink.write("[\n")),
    async page(records) {
      if (records.length === 0) return;
      await sink.write(`${written > 0 ? ",\n" : ""}${records.join(",\n")}`);
      written += records.length;
    },
    end: (complete) => (complete ? sink.write(written > 0 ? "\n]\n" : "]\n") : Promise.resolve()),
  };
}
