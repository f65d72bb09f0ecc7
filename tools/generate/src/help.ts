/** Prints `usage` when `--help` is on the command line; the caller then exits 0 without parsing. */
export function helpAsked(usage: string, argv: string[] = process.argv.slice(2)): boolean {
  if (!argv.includes("--help")) return false;
  console.log(usage);
  return true;
}
