import { existsSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { runOrThrow } from "../../src/run.ts";

/**
 * Copies the working tree (tracked files plus new, non-ignored ones, so work in progress is included)
 * to `dest` and installs it there from the local store. The copy has its own node_modules, so nothing
 * run in it can write into the repository.
 */
export async function copyWorkspace(repoRoot: string, dest: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { stdout } = await runOrThrow(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: repoRoot, env },
  );
  const files = stdout.split("\0").filter((file) => file && existsSync(join(repoRoot, file)));
  for (const file of files) {
    await mkdir(dirname(join(dest, file)), { recursive: true });
    await copyFile(join(repoRoot, file), join(dest, file));
  }
  await runOrThrow("pnpm", ["install", "--frozen-lockfile", "--offline", "--reporter=silent"], {
    cwd: dest,
    env,
  });
}
