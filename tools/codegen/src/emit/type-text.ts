import type { EnumDecl, ModelDecl, PrimitiveName, TypeRef } from "../model/ir.ts";
import type { TsFile } from "./ts-file.ts";

export const ABSTRACTIONS = "@microsoft/kiota-abstractions";

/** Folder of the file that declares a model or enum. */
export function homeFolder(decl: ModelDecl | EnumDecl): string {
  if (decl.kind === "enum") return decl.namespace.folder;
  return "namespace" in decl.home ? decl.home.namespace.folder : decl.home.builder.folder;
}

const abstractionTypes = new Set(["DateOnly", "TimeOnly", "Duration", "Guid"]);

/** The TypeScript text of a type, importing what it names into `file`. */
export function typeText(file: TsFile, type: TypeRef): string {
  const base = baseTypeText(file, type);
  return type.collection ? `${base}[]` : base;
}

function baseTypeText(file: TsFile, type: TypeRef): string {
  switch (type.kind) {
    case "primitive":
      if (abstractionTypes.has(type.name)) file.importType(ABSTRACTIONS, type.name);
      return type.name;
    case "model":
      importDecl(file, type.model, type.model.name, true);
      return type.model.name;
    case "enum":
      importDecl(file, type.enumDecl, type.enumDecl.name, true);
      return type.enumDecl.name;
  }
}

/** Imports a symbol declared next to `decl` (its type, factory, serializer or enum object). */
export function importDecl(file: TsFile, decl: ModelDecl | EnumDecl, symbol: string, isType: boolean): void {
  const module = file.moduleOf(homeFolder(decl));
  if (!module) return;
  if (isType) file.importType(module, symbol);
  else file.importValue(module, symbol);
}

export const factoryName = (m: ModelDecl): string => `create${m.name}FromDiscriminatorValue`;
export const deserializerName = (m: ModelDecl): string => `deserializeInto${m.name}`;
export const serializerName = (m: ModelDecl): string => `serialize${m.name}`;
export const enumObjectName = (e: EnumDecl): string => `${e.name}Object`;

const readers: Record<string, string> = {
  string: "getStringValue",
  number: "getNumberValue",
  boolean: "getBooleanValue",
  Date: "getDateValue",
  DateOnly: "getDateOnlyValue",
  TimeOnly: "getTimeOnlyValue",
  Duration: "getDurationValue",
  Guid: "getGuidValue",
  ArrayBuffer: "getByteArrayValue",
};

const writers: Record<string, string> = {
  string: "writeStringValue",
  number: "writeNumberValue",
  boolean: "writeBooleanValue",
  Date: "writeDateValue",
  DateOnly: "writeDateOnlyValue",
  TimeOnly: "writeTimeOnlyValue",
  Duration: "writeDurationValue",
  Guid: "writeGuidValue",
  ArrayBuffer: "writeByteArrayValue",
};

/** The runtime name the parse node converts each item of a primitive collection by (a Guid is a string). */
const collectionItemKind = (name: PrimitiveName): string => (name === "Guid" ? "string" : name);

/** The parse-node call that reads a value of `type`. */
export function readCall(file: TsFile, type: TypeRef): string {
  switch (type.kind) {
    case "primitive":
      return type.collection
        ? `getCollectionOfPrimitiveValues<${type.name}>("${collectionItemKind(type.name)}")`
        : `${readers[type.name]}()`;
    case "enum": {
      const obj = enumObjectName(type.enumDecl);
      importDecl(file, type.enumDecl, obj, false);
      importDecl(file, type.enumDecl, type.enumDecl.name, true);
      const method = type.collection ? "getCollectionOfEnumValues" : "getEnumValue";
      return `${method}<${type.enumDecl.name}>(${obj})`;
    }
    case "model": {
      importDecl(file, type.model, factoryName(type.model), false);
      importDecl(file, type.model, type.model.name, true);
      const method = type.collection ? "getCollectionOfObjectValues" : "getObjectValue";
      return `${method}<${type.model.name}>(${factoryName(type.model)})`;
    }
  }
}

/** The serialization-writer statement lines that write `value` under `key`. */
export function writeCall(file: TsFile, type: TypeRef, key: string, value: string): string[] {
  switch (type.kind) {
    case "primitive":
      return type.collection
        ? [`writer.writeCollectionOfPrimitiveValues<${type.name}>("${key}", ${value});`]
        : [`writer.${writers[type.name]}("${key}", ${value});`];
    case "enum": {
      importDecl(file, type.enumDecl, type.enumDecl.name, true);
      if (!type.collection) return [`writer.writeEnumValue<${type.enumDecl.name}>("${key}", ${value});`];
      // The enum-collection writer takes no null, so Kiota guards the call.
      return [
        `if(${value})`,
        `writer.writeCollectionOfEnumValues<${type.enumDecl.name}>("${key}", ${value});`,
      ];
    }
    case "model": {
      importDecl(file, type.model, serializerName(type.model), false);
      importDecl(file, type.model, type.model.name, true);
      const method = type.collection ? "writeCollectionOfObjectValues" : "writeObjectValue";
      return [`writer.${method}<${type.model.name}>("${key}", ${value}, ${serializerName(type.model)});`];
    }
  }
}
