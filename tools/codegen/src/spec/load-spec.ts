import { readFile } from "node:fs/promises";
import { dereference, validate } from "@readme/openapi-parser";
import { parse as parseYaml } from "yaml";
import type { OpenApiDocument, SchemaObject } from "./openapi-types.ts";
import { SpecError } from "./spec-error.ts";

export interface LoadedSpec {
  /** The raw text, hashed into the lock file. */
  text: string;
  /** The document with every `$ref` resolved by the OpenAPI library (shared targets stay one object). */
  document: OpenApiDocument;
  /** Component schema name for each resolved schema object, so references keep their names. */
  schemaNames: Map<SchemaObject, string>;
  warnings: string[];
}

/**
 * Reads, validates and resolves a spec. Validation errors stop generation; warnings are
 * returned so the caller shows them rather than swallowing them.
 */
export async function loadSpec(path: string): Promise<LoadedSpec> {
  const text = await readFile(path, "utf8");
  const raw = parseYaml(text) as OpenApiDocument;
  const result = await validate(structuredClone(raw) as never);
  if (!result.valid) {
    const detail = result.errors.map((e) => `${e.message}`).join("\n");
    throw new SpecError(path, `the spec does not validate:\n${detail}`);
  }
  const warnings = result.warnings.map((w) => w.message);
  const document = (await dereference(structuredClone(raw) as never)) as unknown as OpenApiDocument;
  const schemaNames = new Map<SchemaObject, string>();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}))
    schemaNames.set(schema, name);
  return { text, document, schemaNames, warnings };
}
