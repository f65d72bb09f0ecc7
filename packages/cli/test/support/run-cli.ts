import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built executable: tests run what users run. `pnpm test` builds first. */
export const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
if (!existsSync(BIN))
  throw new Error(`${BIN} is missing: build @netaccess/cli first (pnpm --filter @netaccess/cli build)`);

/** A fixed clock, so relative windows and the embedded mock's data are the same in every run. */
export const NOW = "2025-06-01T12:30:00.000Z";
/** The mock's anchor for NOW (next whole hour) and the span of its data (8 days before it). */
export const MOCK_END = "2025-06-01T13:00:00.000Z";
export const MOCK_START = "2025-05-24T13:00:00.000Z";

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  /** Called once the child runs, e.g. to send it SIGINT. */
  onSpawn?: (child: ChildProcess) => void;
  /** Called with each stdout chunk as it arrives. */
  onStdout?: (chunk: string, child: ChildProcess) => void;
}

const BASE_ENV = { PATH: process.env.PATH, HOME: process.env.HOME, NETACCESS_NOW: NOW };

/** Spawns `node dist/bin.js …args` (no shell, no TTY) and collects its output. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...BASE_ENV, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(chunk, child);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    options.onSpawn?.(child);
  });
}

/** Runs a printed `netaccess …` command line through sh, with the built executable for `netaccess`. */
export function runPrintedCommand(commandLine: string, options: CliOptions = {}): Promise<CliResult> {
  if (!commandLine.startsWith("netaccess ")) throw new Error(`not a netaccess command: ${commandLine}`);
  const script = `exec "${process.execPath}" "${BIN}" ${commandLine.slice("netaccess ".length)}`;
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", script], {
      env: { ...BASE_ENV, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The `netaccess …` command from a "resume with:" line on stderr. */
export function resumeLine(stderr: string): string {
  const match = /resume with: (netaccess .*)$/m.exec(stderr);
  if (!match?.[1]) throw new Error(`no resume command in:\n${stderr}`);
  return match[1];
}

/** `connections list` over the whole data window of a mock Graph started in the test process. */
export const listAgainst = (
  server: { url: string; dataset: { window: { start: string; end: string } } },
  ...more: string[]
) => [
  "connections",
  "list",
  "--base-url",
  server.url,
  "--start",
  server.dataset.window.start,
  "--end",
  server.dataset.window.end,
  ...more,
];

export const ndjsonRecords = (text: string): Array<Record<string, unknown>> =>
  text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
