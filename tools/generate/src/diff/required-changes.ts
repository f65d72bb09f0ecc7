import { type ApiChange, subjectIdentifiers } from "./api-change.ts";
import { typeScriptName } from "./dom-entries.ts";
import type { IndexedDump, Subject } from "./subjects.ts";

/** The part of a raw (unresolved) schema that says which properties are required. */
interface RawSchema {
  $ref?: string;
  required?: string[];
  allOf?: RawSchema[];
}

interface RawSpec {
  components?: { schemas?: Record<string, RawSchema> };
}

/** Component schema name → wire names of its required properties (own ones and inline `allOf` parts). */
async function requiredBySchema(specText: string): Promise<Map<string, Set<string>>> {
  // Loaded here: a regeneration that changed nothing never needs a YAML parser.
  const { parse } = await import("yaml");
  const spec = (parse(specText) ?? {}) as RawSpec;
  const result = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const parts = [schema, ...(schema.allOf ?? []).filter((part) => !part.$ref)];
    result.set(name, new Set(parts.flatMap((part) => part.required ?? [])));
  }
  return result;
}

/** Letters and digits only, lower-cased: how Kiota's names and the spec's names line up. */
const fold = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * The model Kiota generated for a schema: Kiota drops the namespace prefix all schemas share, so the
 * longest dotted suffix of the schema name that ends exactly one model's qualified name wins.
 */
function modelFor(schemaName: string, models: Subject[]): Subject | undefined {
  const segments = schemaName.split(".");
  for (let start = 0; start < segments.length; start++) {
    const suffix = `.${segments.slice(start).map(fold).join(".")}`;
    const found = models.filter((m) => m.name.split(".").map(fold).join(".").endsWith(suffix));
    if (found.length === 1) return found[0];
  }
  return undefined;
}

/**
 * Properties made required between two spec versions. The dump has no required flag (every generated
 * property is optional), so the spec texts are compared directly: a property listed in a schema's
 * `required` that was not listed before is a major change. Only schemas the client generates count.
 */
export async function requiredChanges(
  beforeSpec: string,
  afterSpec: string,
  dump: IndexedDump,
): Promise<ApiChange[]> {
  const before = await requiredBySchema(beforeSpec);
  const models = [...dump.subjects.values()].filter((s) => s.kind === "model");
  const changes: ApiChange[] = [];
  for (const [schemaName, required] of await requiredBySchema(afterSpec)) {
    const previously = before.get(schemaName);
    const model = modelFor(schemaName, models);
    if (!previously || !model) continue;
    const modelName = typeScriptName(model.name);
    for (const wireName of required) {
      if (previously.has(wireName)) continue;
      const property = model.entries.find((e) => e.kind === "property" && fold(e.member) === fold(wireName));
      changes.push({
        kind: "changed",
        text: `property \`${modelName}.${property?.member ?? wireName}\` is now required`,
        bump: "major",
        identifiers: subjectIdentifiers("model", modelName),
        changesValueSet: false,
      });
    }
  }
  return changes;
}
