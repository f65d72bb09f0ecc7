import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { connectionsCommand } from "./commands/connections-command.js";
import { destinationsCommand } from "./commands/destinations-command.js";
import type { CliIo } from "./context.js";
import { CliError, ExitCode, usageError, type ExitCodeValue } from "./exit-codes.js";

const VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

type Task = (io: CliIo) => Promise<ExitCodeValue>;

/** Builds the command tree. `runTask` receives the chosen command's task. */
export function createProgram(runTask: (task: Task) => Promise<void>): Command {
  const program = new Command("netaccess")
    .description(
      "Microsoft Graph networkAccess (Global Secure Access) at a prompt: the destination report and the connection logs, as a table, JSON, NDJSON or CSV.",
    )
    .version(VERSION)
    .addCommand(destinationsCommand(runTask))
    .addCommand(connectionsCommand(runTask))
    .addHelpText(
      "after",
      `
Examples:
  $ netaccess connections list --mock --max 20          no tenant needed: the embedded mock Graph
  $ NETACCESS_TOKEN=… netaccess destinations --start 7d --out destinations.csv
  $ netaccess connections list --auth device-code --since 24h --format ndjson > connections.ndjson
  $ netaccess connections count --auth azure-cli --filter "status eq 'active'"

Exit codes: 0 ok, 1 usage or bad input, 2 authentication, 3 Graph error, 130 interrupted.`,
    );
  // Every command: unknown flags and extra arguments are errors (exit 1), help on errors points to --help.
  const strict = (command: Command) => {
    command.exitOverride().allowExcessArguments(false).showSuggestionAfterError(true);
    command.commands.forEach(strict);
  };
  strict(program);
  return program;
}

/** Parses `io.argv`, runs the command, and returns the exit code. Never calls process.exit. */
export async function run(io: CliIo): Promise<ExitCodeValue> {
  let exitCode: ExitCodeValue = ExitCode.ok;
  const program = createProgram(async (task) => {
    exitCode = await task(io);
  });
  const configure = (command: Command) => {
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text) => io.stderr.write(`netaccess: ${text.replace(/^error: /, "")}`),
    });
    command.commands.forEach(configure);
  };
  configure(program);
  try {
    if (io.argv.length === 0) throw usageError("no command given; try netaccess --help");
    await program.parseAsync([...io.argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; commander has already printed its one-line reason otherwise
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    const failure =
      error instanceof CliError ? error : (await import("./report-error.js")).describeFailure(error);
    io.stderr.write(`netaccess: ${failure.message}\n`);
    return failure.exitCode;
  }
}
