import type { Field } from "../fields.js";
import { csvWriter } from "./csv-writer.js";
import { jsonWriter } from "./json-writer.js";
import { ndjsonWriter } from "./ndjson-writer.js";
import type { Continuation, OutputFormat, RecordWriter } from "./record-writer.js";
import type { Sink } from "./sink.js";
import { tableWriter } from "./table-writer.js";

export interface WriterSpec {
  format: OutputFormat;
  /** The model's fields after `--select`: CSV columns and table cells follow them. */
  fields: readonly Field[];
  /** Columns a table shows (dotted names); ignored by the other formats. */
  tableColumns: readonly string[];
  from: Continuation;
}

export function createRecordWriter(sink: Sink, spec: WriterSpec): RecordWriter {
  switch (spec.format) {
    case "ndjson":
      return ndjsonWriter(sink);
    case "json":
      return jsonWriter(sink, spec.from);
    case "csv":
      return csvWriter(sink, spec.fields, spec.from);
    case "table":
      return tableWriter(sink, spec.fields, spec.tableColumns);
  }
}
