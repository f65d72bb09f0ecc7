import { fileURLToPath } from "node:url";
import { run, type RunResult } from "../../src/run.ts";
import { cleanEnv } from "./clean-env.ts";

const entry = fileURLToPath(new URL("../../src/release.ts", import.meta.url));

/** Runs the release entry file the way `pnpm release` does, in `cwd`, with only `env` configured. */
export function runRelease(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return run(
    process.execPath,
    ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", entry, ...args],
    { cwd, env: cleanEnv(env) },
  );
}
