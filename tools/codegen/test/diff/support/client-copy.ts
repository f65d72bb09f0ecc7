import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./paths.ts";
import { writeFiles } from "./workspace.ts";

const run = promisify(execFile);
export const clientDir = join(repoRoot, "packages/client");

/** The client's public type tests: the facade's API contract. */
export async function typeTestFiles(): Promise<string[]> {
  const names = await readdir(join(clientDir, "test")).catch(() => []);
  return names.filter((n) => n.endsWith(".test-d.ts")).toSorted();
}

/**
 * Links every dependency the client and its type tests resolve (the root's and the client's
 * node_modules) into `target`, so a copy outside the repository compiles the same way.
 */
async function linkModules(target: string): Promise<void> {
  for (const source of [join(repoRoot, "node_modules"), join(clientDir, "node_modules")]) {
    for (const entry of await readdir(source, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const from = join(source, entry.name);
      if (!entry.name.startsWith("@")) {
        await symlink(from, join(target, entry.name)).catch(() => undefined);
        continue;
      }
      await mkdir(join(target, entry.name), { recursive: true });
      for (const scoped of await readdir(from)) {
        await symlink(join(from, scoped), join(target, entry.name, scoped)).catch(() => undefined);
      }
    }
  }
}

/**
 * A temporary copy of packages/client (sources and tests) whose `src/generated` is `generated`, set up
 * to emit declarations for `src` and type-check `test/*.test-d.ts`.
 */
export async function copyClient(generated: Map<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "client-copy-"));
  const generatedDir = join(clientDir, "src/generated");
  await cp(join(clientDir, "src"), join(dir, "src"), {
    recursive: true,
    filter: (path) => !path.startsWith(generatedDir),
  });
  await cp(join(clientDir, "test"), join(dir, "test"), { recursive: true });
  await writeFiles(join(dir, "src/generated"), Object.fromEntries(generated));
  const tsconfig = {
    extends: join(clientDir, "tsconfig.json"),
    compilerOptions: {
      noEmit: false,
      declaration: true,
      declarationMap: false,
      emitDeclarationOnly: true,
      outDir: "declarations",
      rootDir: ".",
    },
    include: ["src", "test/**/*.test-d.ts"],
  };
  const manifest = {
    name: "@netaccess/client",
    type: "module",
    exports: { ".": { types: "./src/index.ts", default: "./src/index.ts" } },
  };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  await mkdir(join(dir, "node_modules"));
  await linkModules(join(dir, "node_modules"));
  return dir;
}

export interface TscResult {
  /** File of each reported error, relative to the copy. */
  errorFiles: string[];
  output: string;
}

/** Runs the workspace's `tsc` on a copy made by `copyClient`. */
export async function compile(dir: string): Promise<TscResult> {
  const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
  const output = await run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"], {
    cwd: dir,
  }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  const errorFiles = [...output.matchAll(/^(.+?)\(\d+,\d+\): error /gm)].map((m) => m[1]!);
  return { errorFiles, output };
}

/** The emitted `.d.ts` text of every file under `src/` except the generated client, by path. */
export async function facadeDeclarations(dir: string): Promise<Map<string, string>> {
  const root = join(dir, "declarations/src");
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .filter((path) => !path.startsWith("generated/"))
    .toSorted();
  return new Map(
    await Promise.all(files.map(async (path) => [path, await readFile(join(root, path), "utf8")] as const)),
  );
}
