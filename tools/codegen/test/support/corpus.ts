import { copyFile, mkdir, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { LOCK_FILE, generate, readLock } from "../../src/generate.ts";
import { applyTree, diffTree } from "../../src/write-tree.ts";
import { corpusRoot, generatedRoot } from "./paths.ts";
import { type TypeCheckResult, typeCheck } from "./type-check.ts";

export interface GeneratedConstruct {
  outDir: string;
  /** Every generated file, relative to `outDir`, sorted. */
  files: string[];
  /** Imports a generated module (vitest transpiles the TypeScript). */
  load<T>(file: string): Promise<T>;
  typeCheck(): Promise<TypeCheckResult>;
}

/**
 * Generates test/corpus/<name> into test/__generated__/<name>: the corpus lock is written there
 * first (its descriptionLocation is relative to that folder, as in a Kiota lock), then the
 * generator runs exactly as the CLI does.
 */
export async function generateConstruct(name: string): Promise<GeneratedConstruct> {
  const outDir = join(generatedRoot, name);
  await mkdir(outDir, { recursive: true });
  await copyFile(join(corpusRoot, name, LOCK_FILE), join(outDir, LOCK_FILE));
  const tree = await generate(outDir, await readLock(outDir));
  await applyTree(outDir, tree.files, await diffTree(outDir, tree.files));
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
  return {
    outDir,
    files,
    load: async <T>(file: string) => (await import(join(outDir, file))) as T,
    typeCheck: () => typeCheck(generatedRoot, name, [`${name}/**/*.ts`]),
  };
}
