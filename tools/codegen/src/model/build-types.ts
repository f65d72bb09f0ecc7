import { camelName, escapeReserved, pascalName } from "../naming/symbols.ts";
import type { SchemaObject } from "../spec/openapi-types.ts";
import { SpecError } from "../spec/spec-error.ts";
import type { EnumDecl, ModelDecl, Namespace, PrimitiveName, PropertyDecl, TypeRef } from "./ir.ts";
import { NamespaceRegistry, commonNamespacePrefix } from "./namespaces.ts";

const formats: Record<string, PrimitiveName> = {
  "date-time": "Date",
  date: "DateOnly",
  time: "TimeOnly",
  duration: "Duration",
  uuid: "Guid",
  binary: "ArrayBuffer",
  base64url: "ArrayBuffer",
};

const numberFormats = new Set(["int8", "int16", "int32", "int64", "float", "double", "decimal", undefined]);

/** Turns component schemas into models and enums, and schemas at any use site into type references. */
export class TypeBuilder {
  readonly namespaces: NamespaceRegistry;
  private readonly models = new Map<SchemaObject, ModelDecl>();
  private readonly enums = new Map<SchemaObject, EnumDecl>();
  /** Every model declared, component or inline, in declaration order. */
  private readonly declared: ModelDecl[] = [];

  private readonly schemaNames: Map<SchemaObject, string>;
  private readonly schemasByName = new Map<string, SchemaObject>();

  constructor(schemaNames: Map<SchemaObject, string>) {
    this.schemaNames = schemaNames;
    for (const [schema, name] of schemaNames) this.schemasByName.set(name, schema);
    this.namespaces = new NamespaceRegistry(commonNamespacePrefix([...schemaNames.values()]));
  }

  /** Type of a schema used somewhere (property, parameter, response, body). */
  typeOf(schema: SchemaObject, location: string): TypeRef {
    const concrete = this.withoutNullWrapper(schema, location);
    if (concrete.type === "array") {
      if (!concrete.items) throw new SpecError(location, "array without items");
      const item = this.typeOf(concrete.items, `${location}/items`);
      if (item.collection) throw new SpecError(location, "arrays of arrays are not supported");
      if (item.kind === "primitive" && item.name === "ArrayBuffer")
        throw new SpecError(location, "arrays of binary values are not supported");
      return { ...item, collection: true };
    }
    const name = this.schemaNames.get(concrete);
    if (name && concrete.enum)
      return { kind: "enum", enumDecl: this.enumFor(concrete, name), collection: false };
    if (name && this.isObject(concrete))
      return { kind: "model", model: this.modelFor(concrete, location), collection: false };
    if (concrete.enum && !name)
      throw new SpecError(location, "inline enums are not supported; move the enum to components/schemas");
    if (this.isObject(concrete)) {
      throw new SpecError(
        location,
        "inline object schemas are not supported here; move the schema to components/schemas",
      );
    }
    return { kind: "primitive", name: this.primitiveOf(concrete, location), collection: false };
  }

  /** The model for a named component schema (created once, with its parent and derived types). */
  modelFor(schema: SchemaObject, location: string): ModelDecl {
    const existing = this.models.get(schema);
    if (existing) return existing;
    const schemaName = this.schemaNames.get(schema);
    if (!schemaName) throw new SpecError(location, "only component schemas can be models");
    const namespace = this.namespaces.forSchema(schemaName);
    const model = this.declareModel(
      pascalName(schemaName.split(".").at(-1)!),
      { namespace },
      schema,
      `#/components/schemas/${schemaName}`,
    );
    namespace.models.push(model);
    this.models.set(schema, model);
    this.fillModel(model, schema);
    return model;
  }

  /** A model declared inline (an operation's response), living in a request builder's file. */
  inlineModel(name: string, home: ModelDecl["home"], schema: SchemaObject, location: string): ModelDecl {
    const model = this.declareModel(name, home, schema, location);
    this.fillModel(model, schema);
    return model;
  }

  isNamed(schema: SchemaObject): boolean {
    return this.schemaNames.has(schema);
  }

  markErrorType(model: ModelDecl): void {
    model.isErrorType = true;
  }

  /**
   * Kiota declares a property once, on the ancestor that first has it: Graph repeats `@odata.type`
   * on every derived entity, and writing it again would put the key twice in the JSON. Runs once
   * every model exists, because a base type can still be half-built while its derived types fill.
   */
  dropInheritedProperties(): void {
    for (const model of this.declared) {
      const inherited = new Set<string>();
      for (let base = model.parent; base; base = base.parent)
        for (const property of base.properties) inherited.add(property.name);
      model.properties = model.properties.filter((property) => !inherited.has(property.name));
    }
  }

  private declareModel(
    name: string,
    home: ModelDecl["home"],
    schema: SchemaObject,
    location: string,
  ): ModelDecl {
    const description =
      schema.description ?? schema.allOf?.find((s) => !this.schemaNames.has(s))?.description;
    const model: ModelDecl = {
      kind: "model",
      name,
      home,
      description,
      properties: [],
      derived: [],
      isErrorType: false,
      location,
    };
    this.declared.push(model);
    return model;
  }

  private fillModel(model: ModelDecl, schema: SchemaObject): void {
    const parents = (schema.allOf ?? []).filter((s) => this.schemaNames.has(s));
    if (parents.length > 1)
      throw new SpecError(model.location, "allOf with more than one referenced parent is not supported");
    if (parents[0]) model.parent = this.modelFor(parents[0], `${model.location}/allOf`);
    const ownParts = [schema, ...(schema.allOf ?? []).filter((s) => !this.schemaNames.has(s))];
    for (const part of ownParts) {
      if (part.oneOf || (part.anyOf && part !== schema))
        throw new SpecError(model.location, "oneOf/anyOf models are not supported");
      for (const [wireName, propSchema] of Object.entries(part.properties ?? {})) {
        model.properties.push(
          this.property(wireName, propSchema, `${model.location}/properties/${wireName}`),
        );
      }
    }
    this.fillDiscriminator(model, ownParts);
  }

  private property(wireName: string, schema: SchemaObject, location: string): PropertyDecl {
    const description = schema.description ?? schema.anyOf?.find((s) => s.description)?.description;
    return {
      name: escapeReserved(camelName(wireName)),
      serializedName: wireName,
      type: this.typeOf(schema, location),
      description,
      primaryErrorMessage: schema["x-ms-primary-error-message"] === true,
    };
  }

  /**
   * The discriminator sits on the schema itself or, in Graph's descriptions of derived types that
   * are bases again (entity → directoryObject → user), on the inline part of its allOf.
   */
  private fillDiscriminator(model: ModelDecl, ownParts: SchemaObject[]): void {
    const discriminators = ownParts.flatMap((part) => (part.discriminator ? [part.discriminator] : []));
    if (!discriminators[0]) return;
    model.discriminatorProperty = discriminators[0].propertyName;
    const mappings = discriminators.flatMap((d) => Object.entries(d.mapping ?? {}));
    for (const [value, ref] of mappings) {
      const target = this.schemasByName.get(ref.replace("#/components/schemas/", ""));
      if (!target)
        throw new SpecError(`${model.location}/discriminator/mapping`, `unknown mapping target ${ref}`);
      model.derived.push({
        value,
        model: this.modelFor(target, `${model.location}/discriminator/mapping/${value}`),
      });
    }
  }

  private enumFor(schema: SchemaObject, schemaName: string): EnumDecl {
    const existing = this.enums.get(schema);
    if (existing) return existing;
    const location = `#/components/schemas/${schemaName}`;
    const values = (schema.enum ?? []).filter((v) => v !== null);
    if (values.some((v) => typeof v !== "string"))
      throw new SpecError(location, "only string enums are supported");
    const namespace: Namespace = this.namespaces.forSchema(schemaName);
    const enumDecl: EnumDecl = {
      kind: "enum",
      name: pascalName(schemaName.split(".").at(-1)!),
      namespace,
      description: schema.description,
      members: (values as string[]).map((value) => ({ name: escapeReserved(pascalName(value)), value })),
    };
    namespace.enums.push(enumDecl);
    this.enums.set(schema, enumDecl);
    return enumDecl;
  }

  private withoutNullWrapper(schema: SchemaObject, location: string): SchemaObject {
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants) {
      const nonNull = variants.filter((s) => !this.isNullMarker(s));
      if (nonNull.length !== 1) throw new SpecError(location, "unions of several types are not supported");
      return nonNull[0]!;
    }
    if (schema.allOf?.length === 1 && !schema.properties) return schema.allOf[0]!;
    return schema;
  }

  /** `{ type: object, nullable: true }`: how OpenAPI 3.0 makes a `$ref` nullable. */
  private isNullMarker(s: SchemaObject): boolean {
    const bare = !s.properties && !s.enum && !s.items && !s.allOf && !this.schemaNames.has(s);
    return s.nullable === true && bare && (s.type === undefined || s.type === "object");
  }

  private isObject(schema: SchemaObject): boolean {
    return schema.type === "object" || !!schema.properties || !!schema.allOf;
  }

  private primitiveOf(schema: SchemaObject, location: string): PrimitiveName {
    switch (schema.type) {
      case "string":
        return (schema.format && formats[schema.format]) || "string";
      case "integer":
      case "number":
        if (!numberFormats.has(schema.format))
          throw new SpecError(location, `unsupported number format ${schema.format}`);
        return "number";
      case "boolean":
        return "boolean";
      default:
        throw new SpecError(location, `unsupported schema type ${String(schema.type)}`);
    }
  }
}
