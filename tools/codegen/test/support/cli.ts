import { execFile } from "node:child_process";
import { cliPath } from "./paths.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the generator's CLI in a fresh `node`, the way the package scripts run it. */
export function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", cliPath, ...args],
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
