import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The installed `@microsoft/msgraph-beta-sdk`: Kiota's output for Graph beta, with a backing store. */
const packageRoot = dirname(
  createRequire(import.meta.url).resolve("@microsoft/msgraph-beta-sdk/package.json"),
);

export type ModuleExports = Record<string, unknown>;

/**
 * A models module of the Graph SDK, by its folder (`models/networkaccess`). The specifier is built
 * at run time so the type checker does not load the SDK's 12 MB of declarations.
 */
export async function graphModule(folder: string): Promise<ModuleExports> {
  const specifier = `@microsoft/msgraph-beta-sdk/${folder}/index.js`;
  return (await import(specifier)) as ModuleExports;
}

/** The declaration file of a models module, as text. */
export function graphDeclarations(folder: string): Promise<string> {
  return readFile(join(packageRoot, folder, "index.d.ts"), "utf8");
}

/** The SDK's version, for failure messages. */
export async function graphSdkVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageRoot, "package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}
