// Programmatic entry points of the `netaccess` command line, for embedding and tests.
export { run, createProgram } from "./program.js";
export type { CliIo } from "./context.js";
export { ExitCode, CliError, type ExitCodeValue } from "./exit-codes.js";
export { parseWhen, parseDuration, resolveWindow, type TimeWindow } from "./when.js";
export { encodeCursor, decodeCursor, type ResumeCursor, type WindowRange } from "./cursor.js";
export { splitWindow } from "./export/segments.js";
export { modelFields, columnNames, flattenRecord, type Field } from "./fields.js";
export { SharedThrottle, retryAfterMs } from "./throttle.js";
export { CONNECTION_FIELDS, windowFilter } from "./commands/connections-actions.js";
export { WINDOW_ORDER } from "./commands/connections-command.js";
export { DESTINATION_FIELDS } from "./commands/destinations-actions.js";
