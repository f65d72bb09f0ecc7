import { execFile } from "node:child_process";
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
 * Builds, then type-checks, every publishable package (`packages/*`) through turbo, as `pnpm build` and
 * `pnpm typecheck` do. In that order: some packages' tests import the package's own built output.
 */
export async function buildAndTypecheck(cwd: string): Promise<void> {
  await turbo(cwd, "build");
  await turbo(cwd, "typecheck");
}
