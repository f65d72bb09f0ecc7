import { columnNames, flattenRecord, type Field } from "../fields.js";
import { csvWriter } from "./csv-writer.js";
import type { OutputFormat } from "./record-writer.js";
import type { Sink } from "./sink.js";

const cellText = (value: unknown) =>
  value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);

/**
 * Writes one record (`connections get`) or value (`connections count`): JSON pretty-printed, NDJSON
 * one line, CSV a header and a row, a table as field/value lines (a lone count as just the number).
 */
export async function writeSingle(
  sink: Sink,
  format: OutputFormat,
  wireText: string,
  fields: readonly Field[],
): Promise<void> {
  const record = JSON.parse(wireText) as Record<string, unknown>;
  switch (format) {
    case "json":
      return sink.write(`${JSON.stringify(record, null, 2)}\n`);
    case "ndjson":
      return sink.write(`${wireText}\n`);
    case "csv": {
      const writer = csvWriter(sink, fields, { continuing: false, written: 0 });
      await writer.begin();
      return writer.page([wireText]);
    }
    case "table": {
      const flat = flattenRecord(record, fields);
      const names = columnNames(fields);
      if (names.length === 1) return sink.write(`${String(flat[names[0]!] ?? "")}\n`);
      const width = Math.max(...names.map((name) => name.length));
      return sink.write(
        names.map((name) => `${name.padEnd(width)}  ${cellText(flat[name])}`.trimEnd()).join("\n") + "\n",
      );
    }
  }
}
