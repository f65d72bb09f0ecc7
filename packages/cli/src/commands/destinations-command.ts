import { Command, Option } from "commander";
import type { CliIo } from "../context.js";
import type { ExitCodeValue } from "../exit-codes.js";
import { addCommonOptions, positiveInt } from "../options.js";
import type { DestinationFlags } from "./destinations-actions.js";

export function destinationsCommand(
  run: (task: (io: CliIo) => Promise<ExitCodeValue>) => Promise<void>,
): Command {
  return addCommonOptions(
    new Command("destinations")
      .description(
        "the destination report: every destination seen in a time window (default: the last 24 hours)",
      )
      .option("--start <when>", "window start: ISO 8601, or relative (24h, 7d = that long ago), or now")
      .option("--end <when>", "window end, same forms (default: now)")
      .option("--filter <odata>", "OData $filter, e.g. \"trafficType eq 'internet'\"")
      .addOption(new Option("--top <n>", "page size").argParser(positiveInt(1000)))
      .addOption(new Option("--max <n>", "stop after this many destinations").argParser(positiveInt()))
      .option("--resume <cursor>", "continue an interrupted report (printed on Ctrl-C)"),
  )
    .addHelpText(
      "after",
      `
Examples:
  $ netaccess destinations --mock
  $ netaccess destinations --start 7d --filter "trafficType eq 'private'" --out private.csv
  $ netaccess destinations --start 2024-05-01T00:00:00Z --end 2024-05-02T00:00:00Z --format json`,
    )
    .action((flags: DestinationFlags) =>
      run(async (io) => (await import("./destinations-actions.js")).destinations(io, flags)),
    );
}
