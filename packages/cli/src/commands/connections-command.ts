import { Command, Option } from "commander";
import type { CliIo } from "../context.js";
import type { ExitCodeValue } from "../exit-codes.js";
import { addCommonOptions, commaList, positiveInt, type CommonFlags } from "../options.js";
import type { ListFlags, Select } from "./connections-actions.js";

/** The order a window export needs, so sub-windows joined in time order equal one sequential pull. */
export const WINDOW_ORDER = "createdDateTime asc";

// The actions load the client only when a command runs, so --help and usage errors answer at once.
const actions = () => import("./connections-actions.js");

export function connectionsCommand(
  run: (task: (io: CliIo) => Promise<ExitCodeValue>) => Promise<void>,
): Command {
  const command = new Command("connections")
    .description("connection logs: list (export), get one, count")
    .addHelpText(
      "after",
      `\nExamples:\n  $ netaccess connections list --mock --max 20\n  $ netaccess connections count --mock\n  $ netaccess connections list --help`,
    );

  addCommonOptions(
    command
      .command("list")
      .description("stream connection records of a time window (default: the last 24 hours)")
      .option("--since <duration>", "the window is the last <duration>: 30m, 24h, 7d")
      .option("--start <when>", "window start: ISO 8601, or relative (24h, 7d = that long ago), or now")
      .option("--end <when>", "window end (exclusive), same forms (default: now)")
      .option("--filter <odata>", "OData $filter, e.g. \"trafficType eq 'internet'\"")
      .option("--orderby <odata>", `OData $orderby (default ${WINDOW_ORDER})`)
      .option("--select <props>", "comma-separated properties to return", commaList)
      .addOption(
        new Option("--top <n>", "page size (1-1000; the service default otherwise)").argParser(
          positiveInt(1000),
        ),
      )
      .addOption(new Option("--max <n>", "stop after this many records").argParser(positiveInt()))
      .addOption(
        new Option("--parallel <n>", "split the window into n sub-windows fetched at once (1-16)").argParser(
          positiveInt(16),
        ),
      )
      .option("--resume <cursor>", "continue an interrupted export (printed on Ctrl-C)"),
  )
    .addHelpText(
      "after",
      `
Examples:
  $ netaccess connections list --mock --max 20
  $ netaccess connections list --since 7d --filter "status eq 'closed'" --out closed.csv
  $ netaccess connections list --start 2024-05-01 --end 2024-05-02 --parallel 4 --format ndjson > day.ndjson
  $ netaccess connections list --select id,createdDateTime,userPrincipalName,privateAccessDetails --format csv

Records are written page by page in createdDateTime order; Ctrl-C stops after the current page and prints the
netaccess command (with --resume <cursor>) that writes the rest, nothing missing or repeated.`,
    )
    .action((flags: ListFlags) => run(async (io) => (await actions()).list(io, flags)));

  addCommonOptions(
    command
      .command("get")
      .description("one connection record by id")
      .argument("<id>", "the connection id")
      .option("--select <props>", "comma-separated properties to return", commaList),
  )
    .addHelpText(
      "after",
      `\nExamples:\n  $ netaccess connections get 0a1b2c3d-… --format json\n  $ netaccess connections get <id> --select id,status,destinationFqdn`,
    )
    .action((id: string, flags: CommonFlags & Select) =>
      run(async (io) => (await actions()).get(io, id, flags)),
    );

  addCommonOptions(
    command
      .command("count")
      .description("the number of connection records (matching --filter)")
      .option("--filter <odata>", "OData $filter, e.g. \"status eq 'active'\""),
  )
    .addHelpText(
      "after",
      `\nExamples:\n  $ netaccess connections count --mock\n  $ netaccess connections count --filter "trafficType eq 'private'" --format json`,
    )
    .action((flags: CommonFlags & { filter?: string }) =>
      run(async (io) => (await actions()).count(io, flags)),
    );

  return command;
}
