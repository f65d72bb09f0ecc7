import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DOM_EXPORT_FILE, LOCK_FILE, readLock, specLocation } from "./lock.ts";
import { KiotaError } from "./kiota/kiota-error.ts";
import { type KiotaCommand, TOOL_MANIFEST, locateKiota } from "./kiota/locate-kiota.ts";
import { kiotaUpdate } from "./kiota/run-kiota.ts";
import { validateSpec } from "./spec/validate-spec.ts";
import { type TreeDiff, diffTrees, isEmptyDiff, readTree } from "./tree/read-tree.ts";
import { createStaging, removeStaging, resetStaging, swapIn } from "./tree/staging.ts";
import { digest, readStamp, treeDigest, writeStamp } from "./tree/stamp.ts";

export interface Regeneration {
  /** How the committed tree differs from what Kiota writes now. */
  diff: TreeDiff;
  fileCount: number;
  warnings: string[];
  /** Kiota's own run time; undefined when the stamp showed nothing to do. */
  kiotaMs: number | undefined;
}

export interface RegenerateOptions {
  outDir: string;
  /** Workspace root: where the tool manifest is and Kiota runs. */
  root: string;
  /** Compare only; leave `outDir` as it is, and always run Kiota. */
  check: boolean;
}

const noChange: TreeDiff = { added: [], changed: [], removed: [] };

/** Everything Kiota's output depends on: the spec, the lock, the pinned version or KIOTA_BIN. */
async function inputsDigest(outDir: string, root: string, kiota: KiotaCommand): Promise<string> {
  const lock = await readFile(join(outDir, LOCK_FILE), "utf8");
  const spec = await readFile(specLocation(outDir, await readLock(outDir)), "utf8");
  const manifest = await readFile(join(root, TOOL_MANIFEST), "utf8");
  return digest([lock, spec, manifest, kiota.label]);
}

/**
 * Has Kiota regenerate the client into a staging folder next to `outDir` while the spec is validated,
 * and, unless checking, swaps it in when it differs. A failing spec or Kiota run leaves `outDir`
 * untouched. When the spec, lock, Kiota and tree are those of the last run, Kiota is not started.
 */
export async function regenerate({ outDir, root, check }: RegenerateOptions): Promise<Regeneration> {
  const lock = await readLock(outDir);
  const kiota = await locateKiota(root);
  const current = await readTree(outDir);
  const stamp = await readStamp(root, outDir);
  if (
    !check &&
    stamp?.tree === treeDigest(current) &&
    stamp.inputs === (await inputsDigest(outDir, root, kiota))
  ) {
    return { diff: noChange, fileCount: current.size, warnings: [], kiotaMs: undefined };
  }
  const staging = await createStaging(outDir, check ? "check" : "staging");
  try {
    const started = performance.now();
    const [validation, generation] = await Promise.allSettled([
      validateSpec(specLocation(outDir, lock)),
      kiotaUpdate(kiota, staging, () => resetStaging(staging, outDir)).then(
        () => performance.now() - started,
      ),
    ]);
    if (validation.status === "rejected") throw validation.reason;
    if (generation.status === "rejected") throw generation.reason;
    const after = await readTree(staging);
    for (const required of [LOCK_FILE, DOM_EXPORT_FILE]) {
      if (!after.has(required)) throw new KiotaError(`${kiota.label} wrote no ${required}`);
    }
    const diff = diffTrees(current, after);
    if (!check) {
      if (!isEmptyDiff(diff)) await swapIn(staging, outDir);
      await writeStamp(root, outDir, {
        inputs: await inputsDigest(outDir, root, kiota),
        tree: treeDigest(after),
      });
    }
    return { diff, fileCount: after.size, warnings: validation.value.warnings, kiotaMs: generation.value };
  } finally {
    await removeStaging(staging);
  }
}
