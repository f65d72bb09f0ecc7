import { InvalidArgumentError, Option, type Command } from "commander";
import { AUTH_METHODS } from "./auth.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./output/record-writer.js";

/** A positive integer argument, at most `max`. */
export const positiveInt =
  (max = Number.MAX_SAFE_INTEGER) =>
  (text: string) => {
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1 || value > max) {
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    }
    return value;
  };

/** `a,b , c` → ["a", "b", "c"]. */
export const commaList = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/** Flags every command takes: output, target and authentication. */
export interface CommonFlags {
  format?: OutputFormat;
  out?: string;
  mock?: boolean;
  mockLatency?: number;
  baseUrl?: string;
  token?: string;
  auth?: (typeof AUTH_METHODS)[number];
  tenantId?: string;
  clientId?: string;
}

export function addCommonOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--format <format>", "output format (default: table on a terminal, else ndjson)").choices(
        OUTPUT_FORMATS,
      ),
    )
    .option(
      "--out <file>",
      "write to this file instead of stdout (format from .csv/.json/.ndjson when not given)",
    )
    .option("--mock", "serve a seeded data set from the embedded mock Graph (no tenant needed)")
    .addOption(
      new Option("--mock-latency <ms>", "with --mock: answer each request after this many ms").argParser(
        positiveInt(60_000),
      ),
    )
    .option("--base-url <url>", "Graph endpoint with version (default https://graph.microsoft.com/beta)")
    .option("--token <token>", "bearer token (prefer the NETACCESS_TOKEN environment variable)")
    .addOption(new Option("--auth <method>", "sign in with Azure Identity").choices(AUTH_METHODS))
    .option("--tenant-id <id>", "tenant for --auth (default AZURE_TENANT_ID)")
    .option("--client-id <id>", "app (client) id for --auth (default AZURE_CLIENT_ID)");
}

/** `--out x.csv` means CSV unless `--format` says otherwise; stdout gets a table only on a terminal. */
export function chooseFormat(flags: CommonFlags, stdoutIsTty: boolean): OutputFormat {
  if (flags.format) return flags.format;
  if (flags.out !== undefined) {
    const extension = /\.([a-z]+)$/i.exec(flags.out)?.[1]?.toLowerCase();
    if (extension === "csv") return "csv";
    if (extension === "json") return "json";
    return "ndjson";
  }
  return stdoutIsTty ? "table" : "ndjson";
}
