import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { nerfDart } from "../../src/registry-url.ts";
import { run, runOrThrow, type RunResult } from "../../src/run.ts";
import { internalScope, scopeRegistryKey, tokenEnvVar } from "../../src/scope.ts";

export type PackageManager = "npm" | "pnpm";

/** How a consumer machine is set up, as tools/release/README.md tells teams to do it. */
export interface ConsumerSetup {
  registryUrl: string;
  token: string;
  /** Per-run npm cache and pnpm store, so nothing leaks into the machine's. */
  cacheDir: string;
  /** Where `@types/node` can be found for type-checking. */
  typeRoots: string;
  tsc: string;
  baseEnv: NodeJS.ProcessEnv;
}

/**
 * A fresh project outside the workspace. Project .npmrc: the scope (and, for this test, every other
 * package through the registry's proxy) goes to the internal registry, written literally. User-level
 * npmrc: the token, referenced by variable name.
 */
export async function createConsumer(
  dir: string,
  manager: PackageManager,
  setup: ConsumerSetup,
): Promise<NodeJS.ProcessEnv> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }, undefined, 2),
  );
  await writeFile(
    join(dir, ".npmrc"),
    `${scopeRegistryKey}=${setup.registryUrl}\nregistry=${setup.registryUrl}\n`,
  );
  if (manager === "pnpm") {
    const settings = [
      `minimumReleaseAgeExclude:\n  - "${internalScope}/*"`,
      `storeDir: ${JSON.stringify(join(setup.cacheDir, "pnpm-store"))}`,
      `cacheDir: ${JSON.stringify(join(setup.cacheDir, "pnpm-cache"))}`,
    ];
    await writeFile(join(dir, "pnpm-workspace.yaml"), `${settings.join("\n")}\n`);
  }
  // One user config per project, next to it: projects are set up in parallel.
  const userconfig = `${dir}.user.npmrc`;
  await writeFile(userconfig, `${nerfDart(setup.registryUrl)}:_authToken=\${${tokenEnvVar}}\n`, {
    mode: 0o600,
  });
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        // A Node project's libraries (as @tsconfig/node22 has them), without the DOM: @types/node declares
        // what Node has, and leaving out lib.dom's 40,000 lines halves every type-check.
        lib: ["es2022"],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        allowImportingTsExtensions: true,
        typeRoots: [setup.typeRoots],
        types: ["node"],
      },
      include: ["*.ts", "*.mts"],
    }),
  );
  return {
    ...setup.baseEnv,
    NPM_CONFIG_USERCONFIG: userconfig,
    [tokenEnvVar]: setup.token,
    npm_config_cache: join(setup.cacheDir, "npm-cache"),
    npm_config_update_notifier: "false",
  };
}

/** Installs the given `name@version` specs with the package manager. */
export function install(
  dir: string,
  manager: PackageManager,
  specs: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  // Consumers share one cache: metadata already fetched by an earlier consumer is reused, not revalidated.
  const args =
    manager === "npm"
      ? ["install", "--no-audit", "--no-fund", "--prefer-offline", ...specs]
      : ["add", "--prefer-offline", ...specs];
  return runOrThrow(manager, args, { cwd: dir, env });
}

/**
 * Fetches `specs` through the registry into the package manager's shared cache (npm) or store (pnpm),
 * from a project set up like every consumer, without installing them anywhere.
 */
export function warmCache(
  dir: string,
  manager: PackageManager,
  specs: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  const args = manager === "npm" ? ["cache", "add", ...specs] : ["store", "add", ...specs];
  return runOrThrow(manager, args, { cwd: dir, env });
}

/** Type-checks every .ts/.mts file in the consumer with tsc, declaration files of dependencies included. */
export function typeCheck(dir: string, setup: ConsumerSetup): Promise<RunResult> {
  return run(setup.tsc, ["-p", "tsconfig.json"], { cwd: dir, env: setup.baseEnv });
}
