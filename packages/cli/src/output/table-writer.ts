import { columnNames, flattenRecord, type Field } from "../fields.js";
import type { RecordWriter } from "./record-writer.js";
import type { Sink } from "./sink.js";

const MAX_CELL = 48;

/** Cuts text to `width` characters, marking the cut with "…". */
const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, Math.max(width - 1, 0))}…` : text;

const BYTE_UNITS = ["B", "kB", "MB", "GB", "TB", "PB"];

/** A byte count as people read it (SI units, as network tools show traffic): 134079162 → "134.1 MB". */
export function bytesText(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

// Byte counters (sentBytes, totalBytesReceived, …) are shown with units; CSV and JSON keep the raw number.
const isByteColumn = (column: string) => /Bytes/.test(column);

function cell(value: unknown, column: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && isByteColumn(column)) return bytesText(value);
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return fit(text, MAX_CELL);
}

/**
 * A fixed-width table for people at a terminal. It streams: column widths come from the first page
 * (longer cells are cut with "…"), numbers are right-aligned. Use csv/json for complete values.
 */
export function tableWriter(sink: Sink, fields: readonly Field[], columns: readonly string[]): RecordWriter {
  const known = new Set(columnNames(fields));
  const shown = columns.filter((column) => known.has(column));
  let widths: number[] | undefined;
  let numeric: boolean[] = [];
  let rows = 0;
  const line = (cells: string[], widthsNow: number[]) =>
    cells
      .map((text, i) => (numeric[i] ? text.padStart(widthsNow[i]!) : text.padEnd(widthsNow[i]!)))
      .join("  ")
      .trimEnd();
  return {
    begin: async () => {},
    async page(records) {
      if (records.length === 0) return;
      const values = records.map((text) => {
        const flat = flattenRecord(JSON.parse(text) as Record<string, unknown>, fields);
        return shown.map((column) => flat[column]);
      });
      const cells = values.map((row) => row.map((value, i) => cell(value, shown[i]!)));
      let out = "";
      if (widths === undefined) {
        numeric = shown.map((_, i) => values.every((row) => row[i] === null || typeof row[i] === "number"));
        widths = shown.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i]!.length)));
        out += `${line([...shown], widths)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n`;
      }
      const fixed = widths;
      out += cells
        .map(
          (row) =>
            `${line(
              row.map((text, i) => fit(text, fixed[i]!)),
              fixed,
            )}\n`,
        )
        .join("");
      rows += records.length;
      await sink.write(out);
    },
    end: (complete) => sink.write(complete ? `(${rows} ${rows === 1 ? "row" : "rows"})\n` : ""),
  };
}
