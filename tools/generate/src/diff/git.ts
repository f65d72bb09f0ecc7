import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs a read-only git command in `cwd` and returns its standard output. */
export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error);
    throw new Error(`git ${args.join(" ")} failed: ${detail}`, { cause: error });
  }
}

export interface TreeEntry {
  /** Object id of the blob. */
  id: string;
  /** Path relative to the repository root. */
  path: string;
}

/** Every file under `dir` (repository-relative) at `rev`. */
export async function listTree(root: string, rev: string, dir: string): Promise<TreeEntry[]> {
  const out = await git(root, ["ls-tree", "-r", "-z", "--full-tree", rev, "--", dir]);
  return out
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      return { id: line.slice(0, tab).split(" ")[2]!, path: line.slice(tab + 1) };
    });
}

/** Git's object id for `content`, so unchanged files are recognised without reading them from git. */
export function blobId(content: string, format: string): string {
  const bytes = Buffer.from(content, "utf8");
  return createHash(format === "sha256" ? "sha256" : "sha1")
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest("hex");
}

export const readBlob = (root: string, id: string): Promise<string> => git(root, ["cat-file", "blob", id]);
