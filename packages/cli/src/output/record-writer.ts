/** Writes one output format, page by page. Records arrive as Graph wire JSON text. */
export interface RecordWriter {
  /** Called once before the first page. */
  begin(): Promise<void>;
  page(records: readonly string[]): Promise<void>;
  /** `complete` false: the export stopped early and a resumed run will continue this output. */
  end(complete: boolean): Promise<void>;
}

export type OutputFormat = "table" | "json" | "ndjson" | "csv";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["table", "json", "ndjson", "csv"];

/** Where a run starts: fresh, or continuing output a previous run left open. */
export interface Continuation {
  continuing: boolean;
  /** Records the previous runs wrote. */
  written: number;
}
