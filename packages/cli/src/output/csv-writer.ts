import { stringify } from "csv-stringify/sync";
import { columnNames, flattenRecord, type Field } from "../fields.js";
import type { Continuation, RecordWriter } from "./record-writer.js";
import type { Sink } from "./sink.js";

const CSV_OPTIONS = {
  record_delimiter: "\r\n", // RFC 4180
  cast: {
    boolean: (value: boolean) => String(value),
    object: (value: object) => JSON.stringify(value), // collections: the wire JSON in one cell
  },
} as const;

/**
 * RFC 4180 CSV: a header row of dotted column names, then one row per record; null and absent
 * values are empty cells, enums are their wire value. A resumed run writes no second header.
 */
export function csvWriter(sink: Sink, fields: readonly Field[], from: Continuation): RecordWriter {
  const columns = columnNames(fields);
  return {
    begin: () => (from.continuing ? Promise.resolve() : sink.write(stringify([columns], CSV_OPTIONS))),
    async page(records) {
      if (records.length === 0) return;
      const rows = records.map((text) => {
        const flat = flattenRecord(JSON.parse(text) as Record<string, unknown>, fields);
        return columns.map((column) => flat[column]);
      });
      await sink.write(stringify(rows, CSV_OPTIONS));
    },
    end: async () => {},
  };
}
