import { execFile } from "node:child_process";
import { access, constants, readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { KiotaError } from "./kiota-error.ts";

const run = promisify(execFile);

/** The .NET local-tool manifest that pins Kiota, relative to the workspace root. */
export const TOOL_MANIFEST = ".config/dotnet-tools.json";
const KIOTA_PACKAGE = "microsoft.openapi.kiota";

/** How to start Kiota: `file` with `args` before Kiota's own arguments, in `cwd`. */
export interface KiotaCommand {
  file: string;
  args: string[];
  cwd: string;
  /** For messages: `KIOTA_BIN=/opt/kiota` or `dotnet kiota 1.38.0`. */
  label: string;
}

interface ToolManifest {
  tools?: Record<string, { version?: string }>;
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function onPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    if (await isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The Kiota version the manifest pins. */
export async function pinnedKiotaVersion(root: string): Promise<string> {
  const path = join(root, TOOL_MANIFEST);
  const manifest = JSON.parse(await readFile(path, "utf8")) as ToolManifest;
  const version = manifest.tools?.[KIOTA_PACKAGE]?.version;
  if (!version) throw new KiotaError(`${path} does not pin ${KIOTA_PACKAGE}`);
  return version;
}

/** `dotnet tool restore` leaves the pinned package in the NuGet cache; restoring again costs a process. */
async function isRestored(version: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const cache = env.NUGET_PACKAGES ?? join(env.HOME ?? homedir(), ".nuget", "packages");
  return access(join(cache, KIOTA_PACKAGE, version)).then(
    () => true,
    () => false,
  );
}

const installHint = (version: string) =>
  `Kiota is needed to regenerate the client. Install the .NET SDK 8 or later (https://dotnet.microsoft.com/download), ` +
  `which lets \`dotnet tool restore\` fetch Kiota ${version} as pinned in ${TOOL_MANIFEST}, ` +
  `or set KIOTA_BIN to a Kiota ${version} executable. Nothing else in this repository needs .NET: ` +
  `the generated code is committed.`;

/**
 * Finds Kiota: `KIOTA_BIN` when set, otherwise the pinned local .NET tool (restored first when the
 * NuGet cache lacks it). Throws a `KiotaError` that says what to install when neither is there.
 */
export async function locateKiota(root: string, env: NodeJS.ProcessEnv = process.env): Promise<KiotaCommand> {
  const version = await pinnedKiotaVersion(root);
  const bin = env.KIOTA_BIN?.trim();
  if (bin) {
    if (!(await isExecutable(bin))) throw new KiotaError(`KIOTA_BIN=${bin} is not an executable file`);
    return { file: bin, args: [], cwd: root, label: `KIOTA_BIN=${bin}` };
  }
  const dotnet = await onPath("dotnet", env);
  if (!dotnet) throw new KiotaError(installHint(version));
  if (!(await isRestored(version, env))) {
    console.log(`restoring Kiota ${version} (dotnet tool restore)`);
    await run(dotnet, ["tool", "restore"], { cwd: root, env }).catch((error: { stderr?: string }) => {
      throw new KiotaError(
        `dotnet tool restore failed:\n${error.stderr?.trim() ?? String(error)}\n${installHint(version)}`,
      );
    });
  }
  return { file: dotnet, args: ["kiota"], cwd: root, label: `dotnet kiota ${version}` };
}
