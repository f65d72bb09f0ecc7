import { closestName } from "./closest-name.js";
import { checkList } from "./query-options.js";

/** The properties of a generated model that `$select` and `$orderby` take (Kiota's bookkeeping fields left out). */
export type PropertyName<T> = Exclude<keyof T & string, "additionalData" | "backingStore" | "odataType">;

/** One `$orderby` term: a property (ascending), or a property with `asc` or `desc`. */
export type OrderBy<P extends string> = P | `${P} asc` | `${P} desc`;

/** A model's selectable property names, read once from its generated `deserializeInto…` table. */
export interface ModelProperties {
  /** The model's name in messages, e.g. "connection". */
  readonly model: string;
  names(): readonly string[];
}

/**
 * Property names straight from the generated deserializer (its keys are the JSON names Kiota
 * reads), so they follow every regeneration. OData annotations (`@odata.type`) are left out.
 */
export function modelProperties(
  model: string,
  deserializers: (target: Record<string, never>) => Record<string, unknown>,
): ModelProperties {
  let names: readonly string[] | undefined;
  return {
    model,
    names: () => (names ??= Object.keys(deserializers({})).filter((name) => !name.startsWith("@"))),
  };
}

const ORDER_TERM = /^([^\s]+)(?: (asc|desc))?$/;

/** Checks `$select`: property names of the model. */
export function checkSelect(properties: ModelProperties, value: unknown): string[] | undefined {
  const list = checkTerms("select", value);
  list?.forEach((name) => checkProperty(properties, "select", name));
  return list;
}

/** Checks `$orderby`: terms of a property name (or a path into one) and an optional ` asc` or ` desc`. */
export function checkOrderBy(properties: ModelProperties, value: unknown): string[] | undefined {
  const list = checkTerms("orderby", value);
  list?.forEach((term) => {
    const match = ORDER_TERM.exec(term);
    if (!match?.[1]) {
      throw new TypeError(
        `orderby term ${JSON.stringify(term)} must be a property name, optionally followed by " asc" or " desc".`,
      );
    }
    // A path (`applicationSnapshot/appId`) sorts by a property of a complex property.
    checkProperty(properties, "orderby", match[1].split("/")[0] ?? "");
  });
  return list;
}

// The list is sent comma-separated, so a comma-separated string (`"id,status"`) is read as its
// entries, each checked on its own.
function checkTerms(option: string, value: unknown): string[] | undefined {
  return checkList(option, value)?.flatMap((entry) => entry.split(",").map((term) => term.trim()));
}

function checkProperty(properties: ModelProperties, option: string, name: string): void {
  const known = properties.names();
  if (known.includes(name)) return;
  const closest = closestName(name, known);
  throw new TypeError(
    `${option} names ${JSON.stringify(name)}, which is not a property of ${properties.model}` +
      (closest === undefined
        ? `; its properties are: ${known.join(", ")}.`
        : ` (did you mean "${closest}"?).`),
  );
}
