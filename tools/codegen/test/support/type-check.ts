import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./paths.ts";

const run = promisify(execFile);

export interface TypeCheckResult {
  ok: boolean;
  /** tsc's diagnostics, one per line; empty when the files compile. */
  output: string;
}

/**
 * `tsc --noEmit` from node_modules/.bin over `include` (relative to `dir`), with the workspace's
 * strict base settings. The tsconfig is written next to, not inside, a generated tree, because
 * generation owns every file under its folder.
 */
export async function typeCheck(dir: string, name: string, include: string[]): Promise<TypeCheckResult> {
  const tsconfig = join(dir, `${name}.tsconfig.json`);
  const config = {
    extends: join(repoRoot, "tsconfig.base.json"),
    compilerOptions: { noEmit: true, types: [] },
    include,
  };
  await writeFile(tsconfig, `${JSON.stringify(config, null, 2)}\n`);
  const tsc = join(repoRoot, "node_modules/.bin/tsc");
  return run(tsc, ["-p", tsconfig, "--pretty", "false"], { cwd: dir }).then(
    ({ stdout }) => ({ ok: true, output: stdout.trim() }),
    (error: { stdout?: string; message: string }) => ({
      ok: false,
      output: error.stdout?.trim() || error.message,
    }),
  );
}
