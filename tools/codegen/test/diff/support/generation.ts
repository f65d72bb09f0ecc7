import { readFile } from "node:fs/promises";
import { type GeneratedTree, generate, readLock } from "../../../src/generate.ts";
import { committedOut } from "./paths.ts";

export interface Generation {
  tree: GeneratedTree;
  specText: string;
}

/** Generates in memory from `specPath` with the committed client's lock settings. */
export async function generateFrom(specPath: string): Promise<Generation> {
  const lock = await readLock(committedOut);
  const tree = await generate(committedOut, { ...lock, descriptionLocation: specPath });
  return { tree, specText: await readFile(specPath, "utf8") };
}
