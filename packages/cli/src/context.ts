import type { Writable } from "node:stream";

/** What a command may touch: injected, so tests and embedding programs can run it in-process. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** The arguments as given (after the program name), for the resume hint. */
  argv: readonly string[];
  /** Fires on Ctrl-C. */
  interrupt: AbortSignal;
  /** The clock; `NETACCESS_NOW` (ISO 8601) fixes it for reproducible runs. */
  now: Date;
}
