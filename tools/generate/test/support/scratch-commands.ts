import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The environment for commands in a scratch workspace. Its root `node_modules` is the real one, so
 * pnpm must not verify (and reinstall) dependencies before running a script: that would write the
 * real store's state from the copy.
 */
export const scratchEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  pnpm_config_verify_deps_before_run: "false",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  FORCE_COLOR: "0",
});

/** Runs a command in `cwd`; a failure throws with the command's output, so the test shows why. */
export async function inScratch(cwd: string, file: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(file, args, {
      cwd,
      env: scratchEnv(),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${file} ${args.join(" ")} failed in ${cwd}:\n${failed.stdout ?? ""}${failed.stderr ?? failed.message}`,
      { cause: error },
    );
  }
}

/** `pnpm <args>` in the scratch workspace. */
export const pnpm = (cwd: string, ...args: string[]): Promise<string> => inScratch(cwd, "pnpm", args);

/** `turbo run <task>` over every publishable package (`packages/*`). */
export const turbo = (cwd: string, task: string): Promise<string> =>
  pnpm(
    cwd,
    "exec",
    "turbo",
    "run",
    task,
    "--filter=./packages/*",
    "--env-mode=loose",
    "--output-logs=errors-only",
  );

/**
 * `vitest run` of the named projects; nothing when there are none. One worker per core rather than
 * vitest's default of one fewer, since these tests mostly wait on local servers and child processes;
 * and a generous per-test timeout, since they share the cores with the type-check and with whatever
 * else the machine runs: here a test fails for what it asserts, not for being slow.
 */
export async function vitest(cwd: string, projects: readonly string[]): Promise<void> {
  if (projects.length === 0) return;
  const options = [`--maxWorkers=${availableParallelism()}`, "--testTimeout=60000"];
  await pnpm(cwd, "exec", "vitest", "run", ...options, ...projects.flatMap((p) => ["--project", p]));
}
