import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { commitScratchRepository } from "./scratch-repo.ts";

const run = promisify(execFile);

/** Folders whose `node_modules` pnpm fills: the root's is linked, the others' (symlink trees) copied. */
const workspaceGlobs = ["packages", "tools"];

/** Files git would commit: tracked and untracked ones, minus ignored and deleted ones. */
async function workingFiles(root: string): Promise<string[]> {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const paths = stdout.split("\0").filter(Boolean);
  const present = await Promise.all(
    paths.map((p) =>
      stat(join(root, p)).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return paths.filter((_, i) => present[i]);
}

async function packageFolders(root: string): Promise<string[]> {
  const folders = ["specs"];
  for (const parent of workspaceGlobs) {
    for (const entry of await readdir(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) folders.push(join(parent, entry.name));
    }
  }
  return folders;
}

/**
 * A throwaway copy of the workspace as it is on disk (uncommitted work included), committed as the
 * first revision of its own git repository. `node_modules` is not copied: the root's is a symlink to
 * the real one and each package's, a tree of relative symlinks, is copied as links, so it resolves
 * workspace packages inside the copy and everything else in the real store.
 */
export async function createScratchWorkspace(root: string, prefix = "netaccess-scratch-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    for (const path of await workingFiles(root)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await cp(join(root, path), join(dir, path));
    }
    await symlink(join(root, "node_modules"), join(dir, "node_modules"));
    for (const folder of await packageFolders(root)) {
      const modules = join(root, folder, "node_modules");
      if (!(await stat(modules).catch(() => undefined))) continue;
      await mkdir(join(dir, folder), { recursive: true });
      await cp(modules, join(dir, folder, "node_modules"), { recursive: true, verbatimSymlinks: true });
    }
    await commitScratchRepository(dir);
    return dir;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
