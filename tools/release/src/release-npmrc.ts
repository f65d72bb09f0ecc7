import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RegistryConfig } from "./registry-config.ts";
import { nerfDart } from "./registry-url.ts";
import { scopeRegistryKey } from "./scope.ts";

/**
 * The user-level npmrc a release runs with: the scope mapped to the internal registry and the token
 * referenced by variable name. npm and pnpm expand `${VAR}` in user-level files, so the token never
 * touches the disk.
 */
export function releaseNpmrc(config: RegistryConfig): string {
  return [
    "# Written by tools/release for one release run; deleted when it ends.",
    `${scopeRegistryKey}=${config.url}`,
    `${nerfDart(config.url)}:_authToken=\${${config.tokenVar}}`,
    "",
  ].join("\n");
}

/** Environment for child processes that use the release npmrc, plus a function that deletes it. */
export interface ReleaseEnvironment {
  env: NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

/** Writes the release npmrc to a private temporary file and points npm and pnpm at it. */
export async function createReleaseEnvironment(
  config: RegistryConfig,
  baseEnv: NodeJS.ProcessEnv,
): Promise<ReleaseEnvironment> {
  const dir = await mkdtemp(join(tmpdir(), "netaccess-release-"));
  const file = join(dir, "npmrc");
  await writeFile(file, releaseNpmrc(config), { mode: 0o600 });
  const env = Object.fromEntries(
    Object.entries(baseEnv).filter(([key]) => key.toLowerCase() !== "npm_config_userconfig"),
  );
  return {
    env: { ...env, NPM_CONFIG_USERCONFIG: file },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
