import { parse } from "yaml";
import type { ClientDecl, ModelDecl } from "../model/ir.ts";
import { type ApiChange, subjectIdentifiers } from "./api-change.ts";

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
function requiredBySchema(specText: string): Map<string, Set<string>> {
  const spec = (parse(specText) ?? {}) as RawSpec;
  const result = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const parts = [schema, ...(schema.allOf ?? []).filter((part) => !part.$ref)];
    result.set(name, new Set(parts.flatMap((part) => part.required ?? [])));
  }
  return result;
}

function modelsBySchema(client: ClientDecl): Map<string, ModelDecl> {
  const prefix = "#/components/schemas/";
  const models = client.namespaces.flatMap((ns) => ns.models).filter((m) => m.location.startsWith(prefix));
  return new Map(models.map((m) => [m.location.slice(prefix.length), m]));
}

/**
 * Properties made required between two spec versions. The dump has no required flag (every generated
 * property is optional), so the spec texts are compared directly: a property listed in a schema's
 * `required` that was not listed before is a major change. Only schemas the client generates count.
 */
export function requiredChanges(beforeSpec: string, afterSpec: string, client: ClientDecl): ApiChange[] {
  const before = requiredBySchema(beforeSpec);
  const models = modelsBySchema(client);
  const changes: ApiChange[] = [];
  for (const [schemaName, required] of requiredBySchema(afterSpec)) {
    const previously = before.get(schemaName);
    const model = models.get(schemaName);
    if (!previously || !model) continue;
    for (const wireName of required) {
      if (previously.has(wireName)) continue;
      const name = model.properties.find((p) => p.serializedName === wireName)?.name ?? wireName;
      changes.push({
        kind: "changed",
        text: `property \`${model.name}.${name}\` is now required`,
        bump: "major",
        identifiers: subjectIdentifiers("model", model.name),
      });
    }
  }
  return changes;
}
