import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SpecError } from "./spec/spec-error.ts";

export const LOCK_FILE = "kiota-lock.json";
export const DOM_EXPORT_FILE = "kiota-dom-export.txt";

/** The fields of Kiota's `kiota-lock.json` this tool reads; Kiota itself reads the rest. */
export interface KiotaLock {
  descriptionLocation: string;
  kiotaVersion: string;
  clientNamespaceName: string;
}

/** Reads `<outDir>/kiota-lock.json`, the only configuration of a generated client. */
export async function readLock(outDir: string): Promise<KiotaLock> {
  const path = resolve(outDir, LOCK_FILE);
  const text = await readFile(path, "utf8").catch(() => {
    throw new SpecError(path, "not found; the output folder must hold the kiota-lock.json Kiota wrote");
  });
  const lock = JSON.parse(text) as Partial<KiotaLock>;
  if (typeof lock.descriptionLocation !== "string")
    throw new SpecError(`${path}#/descriptionLocation`, "missing: it names the spec Kiota reads");
  return lock as KiotaLock;
}

/** The spec the lock names; `descriptionLocation` is relative to the output folder, as Kiota writes it. */
export const specLocation = (outDir: string, lock: KiotaLock): string =>
  resolve(outDir, lock.descriptionLocation);
