import type { deserializeIntoConnection } from "@netaccess/client";

/** The deserializer map Kiota generates for a model: wire property name → reader. */
type Deserializers = ReturnType<typeof deserializeIntoConnection>;
type ParseNode = Parameters<Deserializers[string]>[0];
/** What Kiota's `create…FromDiscriminatorValue` factories return. */
type DeserializerFactory = (node: ParseNode | undefined) => (instance?: object) => Deserializers;

/** A wire property of a model; `children` when it holds a nested object. */
export interface Field {
  readonly name: string;
  readonly children?: readonly Field[];
}

/**
 * Reads a model's wire properties, in the generated order, from Kiota's own deserializers: each
 * reader is run against a probe that records whether it asks for a nested object. So the columns
 * follow the spec through every regeneration, with no list kept by hand.
 */
export function modelFields(deserializeInto: (instance?: object) => Deserializers, depth = 0): Field[] {
  if (depth > 8) return [];
  return Object.entries(deserializeInto({})).map(([name, read]) => {
    let nested: DeserializerFactory | undefined;
    const probe = new Proxy(
      {},
      {
        get: (_target, method) => (factory?: DeserializerFactory) => {
          if (method === "getObjectValue") nested = factory;
          return undefined;
        },
      },
    ) as ParseNode;
    read(probe);
    return nested === undefined ? { name } : { name, children: modelFields(nested(undefined), depth + 1) };
  });
}

/** The OData type annotation: the same on every row, so it gets no column. */
const ODATA_TYPE = "@odata.type";

/** Dotted column names of the leaves (`privateAccessDetails.accessType`), `@odata.type` left out. */
export function columnNames(fields: readonly Field[], prefix = ""): string[] {
  return fields.flatMap((field) => {
    if (field.name === ODATA_TYPE) return [];
    return field.children
      ? columnNames(field.children, `${prefix}${field.name}.`)
      : [`${prefix}${field.name}`];
  });
}

/** Keeps the top-level fields named in `$select` (all of them without one), in model order. */
export function selectFields(fields: readonly Field[], select: readonly string[] | undefined): Field[] {
  if (select === undefined || select.length === 0) return [...fields];
  const wanted = new Set(select);
  return fields.filter((field) => wanted.has(field.name));
}

type Wire = Record<string, unknown>;

/**
 * Flattens a wire record along `fields`: nested objects become dotted columns, collections and
 * objects without a schema stay as values. A missing or null object leaves its columns null.
 */
export function flattenRecord(
  record: Wire | null | undefined,
  fields: readonly Field[],
  out: Wire = {},
  prefix = "",
): Wire {
  for (const field of fields) {
    const value = record?.[field.name];
    if (field.children) {
      const nested =
        typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Wire) : null;
      flattenRecord(nested, field.children, out, `${prefix}${field.name}.`);
    } else {
      out[`${prefix}${field.name}`] = value ?? null;
    }
  }
  return out;
}
