import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { KiotaError } from "./kiota-error.ts";
import type { KiotaCommand } from "./locate-kiota.ts";

const run = promisify(execFile);

/** Public-API export on (`kiota-dom-export.txt`), no network, no telemetry. */
export const kiotaEnvironment = {
  KIOTA_Generation__ExportPublicApi: "true",
  KIOTA_OFFLINE_ENABLED: "true",
  KIOTA_CLI_TELEMETRY_OPTOUT: "1",
  DOTNET_CLI_TELEMETRY_OPTOUT: "1",
  DOTNET_NOLOGO: "1",
} as const;

/**
 * `kiota update --clean-output -o <dir>`: regenerates the client described by `<dir>/kiota-lock.json`
 * into `<dir>`, from scratch. Kiota's output is returned; a failure throws it. Kiota keeps backups of
 * the output under the system temporary folder; each run gets its own, removed afterwards, so runs
 * never share or leave that state.
 */
export async function kiotaUpdateOnce(kiota: KiotaCommand, dir: string): Promise<string> {
  const args = [...kiota.args, "update", "--clean-output", "--output", dir];
  const temporary = await mkdtemp(join(tmpdir(), "kiota-run-"));
  try {
    const { stdout } = await run(kiota.file, args, {
      cwd: kiota.cwd,
      env: { ...process.env, ...kiotaEnvironment, TMPDIR: temporary },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    const output = [failed.stdout, failed.stderr].filter(Boolean).join("\n").trim() || failed.message;
    throw new KiotaError(`${kiota.label} update failed:\n${output}`);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/**
 * Kiota 1.38 now and then fails with a NullReferenceException ("Object reference not set to an instance
 * of an object") on a busy machine, and the same run then succeeds. Only that failure is retried, once.
 */
const internalCrash = /Object reference not set to an instance of an object|NullReferenceException/;

/** `kiotaUpdateOnce`, repeated once after Kiota's intermittent internal crash, into a cleaned `dir`. */
export async function kiotaUpdate(
  kiota: KiotaCommand,
  dir: string,
  reset: () => Promise<void>,
): Promise<string> {
  try {
    return await kiotaUpdateOnce(kiota, dir);
  } catch (error) {
    if (!(error instanceof KiotaError) || !internalCrash.test(error.message)) throw error;
    console.warn(`warning: Kiota crashed internally; running it once more:\n${error.message}`);
    await reset();
    return kiotaUpdateOnce(kiota, dir);
  }
}
