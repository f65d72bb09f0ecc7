import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cliPath } from "./paths.ts";

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `spec-diff-cli.ts` with Node in `cwd`, the way the root scripts do. */
export async function runCli(cwd: string, args: string[]): Promise<CliResult> {
  const argv = ["--disable-warning=ExperimentalWarning", cliPath, ...args];
  try {
    const { stdout, stderr } = await run(process.execPath, argv, { cwd, encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
