/** Flags whose values the resume command leaves out: secrets, and windows the cursor carries. */
const DROPPED_WITH_VALUE = new Set(["--token", "--resume", "--since", "--start", "--end"]);

const SAFE = /^[\w@%+=:,./-]+$/;

/** Quotes one argument for a POSIX shell. */
export const shellQuote = (arg: string): string =>
  SAFE.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * The command that continues an export: the same arguments, without `--token` (never printed) and
 * without the window flags and any earlier `--resume`, plus `--resume <cursor>`.
 */
export function resumeCommand(argv: readonly string[], cursor: string): string {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      kept.push(...argv.slice(i));
      break;
    }
    const name = arg.split("=", 1)[0]!;
    if (DROPPED_WITH_VALUE.has(name)) {
      if (!arg.includes("=")) i++; // the value is the next argument
      continue;
    }
    kept.push(arg);
  }
  return ["netaccess", ...kept, "--resume", cursor].map(shellQuote).join(" ");
}

/** Whether the command line itself carried a token (so the resume hint can say where to put it). */
export const hasTokenFlag = (argv: readonly string[]): boolean =>
  argv.some((arg) => arg === "--token" || arg.startsWith("--token="));
