import { fileURLToPath } from "node:url";
import { dereference } from "@readme/openapi-parser";

export const specPath = fileURLToPath(new URL("../networkaccess.yaml", import.meta.url));

export interface SchemaObject {
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: string[];
  title?: string;
  properties?: Record<string, SchemaObject>;
  allOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  items?: SchemaObject;
}

export interface Spec {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, SchemaObject> };
}

/** The spec with every `$ref` resolved by the OpenAPI library. */
export async function loadResolvedSpec(): Promise<Spec> {
  return (await dereference(specPath)) as unknown as Spec;
}

/** Properties of a schema including those it inherits through `allOf`. */
export function allProperties(schema: SchemaObject): Record<string, SchemaObject> {
  const inherited = (schema.allOf ?? []).map(allProperties);
  return Object.assign({}, ...inherited, schema.properties ?? {});
}

/** The concrete schema behind a nullable `anyOf: [$ref, {nullable}]` wrapper. */
export function unwrapNullable(schema: SchemaObject): SchemaObject {
  const concrete = schema.anyOf?.find((s) => !(s.type === "object" && s.nullable && !s.properties));
  return concrete ?? schema;
}
