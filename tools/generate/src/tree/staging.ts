import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { LOCK_FILE } from "../lock.ts";

/**
 * A fresh folder next to `outDir` holding only its lock. Kiota writes `descriptionLocation` relative
 * to the output folder, so a sibling gives the same lock as `outDir` would, and the final rename stays
 * on one file system.
 */
export async function createStaging(outDir: string, purpose: string): Promise<string> {
  const staging = join(dirname(outDir), `.${basename(outDir)}.${purpose}-${process.pid}`);
  await resetStaging(staging, outDir);
  return staging;
}

/** Empties `staging` down to `outDir`'s lock again. */
export async function resetStaging(staging: string, outDir: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await copyFile(join(outDir, LOCK_FILE), join(staging, LOCK_FILE));
}

/** Replaces `outDir` with `staging` by two renames, so readers never see a half-written tree. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`);
  await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    await rename(previous, outDir);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

export const removeStaging = (staging: string): Promise<void> =>
  rm(staging, { recursive: true, force: true });
