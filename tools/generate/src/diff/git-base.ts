import { realpath } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import type { KiotaLock } from "../config/lock.ts";
import { DOM_EXPORT_FILE, LOCK_FILE } from "../generate.ts";
import type { BaseTree } from "./base-tree.ts";
import type { FilePair } from "./code-changes.ts";
import { blobId, git, listTree, readBlob } from "./git.ts";

const toPosix = (path: string): string => path.split(sep).join("/");

/**
 * The generated tree committed at `rev`. Files are compared by git object id, so only files that differ
 * are read from git. `cwd` is any folder inside the repository (the output folder may not exist yet).
 */
export async function gitBase(rev: string, outDir: string, cwd: string): Promise<BaseTree> {
  const root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  await git(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).catch(() => {
    throw new Error(`--base ${rev}: not a commit in ${root}`);
  });
  const format = (await git(root, ["rev-parse", "--show-object-format"])).trim();
  const outPath = toPosix(relative(root, join(await realpath(cwd), relative(cwd, outDir))));
  const ids = new Map(
    (await listTree(root, rev, outPath)).map((e) => [posix.relative(outPath, e.path), e.id]),
  );
  const read = async (path: string) => {
    const id = ids.get(path);
    return id ? readBlob(root, id) : undefined;
  };
  return {
    label: rev,
    domExport: await read(DOM_EXPORT_FILE),
    specText: await specAt(root, rev, outPath, await read(LOCK_FILE)),
    async changedFiles(after) {
      const pairs: FilePair[] = [];
      for (const [path, content] of after) {
        const id = ids.get(path);
        if (!id) pairs.push({ path, after: content });
        else if (id !== blobId(content, format))
          pairs.push({ path, before: await readBlob(root, id), after: content });
      }
      for (const [path, id] of ids)
        if (!after.has(path)) pairs.push({ path, before: await readBlob(root, id) });
      return pairs;
    },
  };
}

/** The spec named by the lock committed at `rev`, read from the same revision. */
async function specAt(root: string, rev: string, outPath: string, lockText: string | undefined) {
  if (lockText === undefined) return undefined;
  const location = (JSON.parse(lockText) as KiotaLock).descriptionLocation;
  const path = posix.normalize(posix.join(outPath, toPosix(location)));
  if (path.startsWith("../")) return undefined;
  return git(root, ["show", `${rev}:${path}`]).catch(() => undefined);
}
