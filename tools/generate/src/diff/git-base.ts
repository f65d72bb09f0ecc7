import { realpath } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { DOM_EXPORT_FILE, type KiotaLock, LOCK_FILE } from "../lock.ts";
import type { BaseTree } from "./base-tree.ts";
import type { FilePair } from "./code-changes.ts";
import { blobId, git, listTree, readBlob } from "./git.ts";

const toPosix = (path: string): string => path.split(sep).join("/");

/**
 * The generated tree committed at `rev`. Files are compared by git object id, so only files that differ
 * are read from git, and an unchanged tree costs two git calls. `cwd` is any folder inside the repository.
 */
export async function gitBase(rev: string, outDir: string, cwd: string): Promise<BaseTree> {
  const [root, format] = (await git(cwd, ["rev-parse", "--show-toplevel", "--show-object-format"]))
    .trim()
    .split("\n");
  const outPath = toPosix(relative(root!, join(await realpath(cwd), relative(cwd, outDir))));
  const entries = await listTree(root!, `${rev}^{commit}`, outPath).catch(() => {
    throw new Error(`--base ${rev}: not a commit in ${root}`);
  });
  const ids = new Map(entries.map((e) => [posix.relative(outPath, e.path), e.id]));
  const read = async (path: string) => {
    const id = ids.get(path);
    return id ? readBlob(root!, id) : undefined;
  };
  // Read once, on first use or by `prefetch`, while Kiota still runs.
  let domExport: Promise<string | undefined> | undefined;
  let specText: Promise<string | undefined> | undefined;
  return {
    label: rev,
    domExport: () => (domExport ??= read(DOM_EXPORT_FILE)),
    specText: () => (specText ??= read(LOCK_FILE).then((lock) => specAt(root!, rev, outPath, lock))),
    async changedFiles(after) {
      const pairs: FilePair[] = [];
      for (const [path, content] of after) {
        const id = ids.get(path);
        if (!id) pairs.push({ path, after: content });
        else if (id !== blobId(content, format!))
          pairs.push({ path, before: await readBlob(root!, id), after: content });
      }
      for (const [path, id] of ids)
        if (!after.has(path)) pairs.push({ path, before: await readBlob(root!, id) });
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
