import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { LOCK_FILE } from "../../src/generate.ts";
import { corpusRoot } from "./paths.ts";

export interface ScratchOut {
  /** The output folder, holding kiota-lock.json. */
  outDir: string;
  /** The spec the lock names, outside the output folder (generation owns everything inside). */
  specPath: string;
  remove(): Promise<void>;
}

/**
 * A throwaway spec and output folder in os.tmpdir(), with the corpus' lock settings;
 * `lockChanges` overrides lock fields.
 */
export async function scratchOut(
  spec: object | string,
  lockChanges: Record<string, unknown> = {},
): Promise<ScratchOut> {
  const root = await mkdtemp(join(tmpdir(), "codegen-scratch-"));
  const outDir = join(root, "out");
  const specPath = join(root, "spec.yaml");
  await mkdir(outDir);
  const lock = JSON.parse(await readFile(join(corpusRoot, "primitives", LOCK_FILE), "utf8")) as object;
  await writeFile(specPath, typeof spec === "string" ? spec : stringify(spec));
  const scratchLock = { ...lock, clientClassName: "ScratchClient", descriptionLocation: "../spec.yaml" };
  await writeFile(join(outDir, LOCK_FILE), JSON.stringify({ ...scratchLock, ...lockChanges }, null, 2));
  return { outDir, specPath, remove: () => rm(root, { recursive: true, force: true }) };
}
