import { readFile } from "node:fs/promises";
import { SpecError } from "./spec-error.ts";

export interface ValidatedSpec {
  text: string;
  warnings: string[];
}

/**
 * Reads and validates a spec before Kiota sees it, so a broken spec stops with the validator's
 * messages and the committed tree is never touched.
 */
export async function validateSpec(path: string): Promise<ValidatedSpec> {
  const text = await readFile(path, "utf8").catch(() => {
    throw new SpecError(path, "the spec named by the lock's descriptionLocation cannot be read");
  });
  // Loaded on use: they cost more to load than the rest of the tool, and a run Kiota skips needs neither.
  const [{ validate }, { parse: parseYaml }] = await Promise.all([
    import("@readme/openapi-parser"),
    import("yaml"),
  ]);
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new SpecError(path, `not YAML: ${(error as Error).message}`);
  }
  const result = await validate(document as never);
  if (!result.valid) {
    const detail = result.errors.map((e) => e.message).join("\n");
    throw new SpecError(path, `the spec does not validate:\n${detail}`);
  }
  return { text, warnings: result.warnings.map((w) => w.message) };
}
