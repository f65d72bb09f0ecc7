/** The documented exit codes of `netaccess`. */
export const ExitCode = {
  ok: 0,
  /** Usage or bad input: unknown flag, bad date, end before start, … */
  usage: 1,
  /** No credentials, or Graph/Azure refused them. */
  auth: 2,
  /** Graph answered with an error, or could not be reached. */
  graph: 3,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM. */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the CLI reports as one line on stderr, exiting with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(exitCode: ExitCodeValue, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string) => new CliError(ExitCode.usage, message);
export const authError = (message: string, cause?: unknown) =>
  new CliError(ExitCode.auth, message, { cause });
