import { lowerFirst } from "../naming/symbols.ts";
import type { EnumDecl, ModelDecl, Namespace, PropertyDecl } from "../model/ir.ts";
import { TsFile, byName, docComment } from "./ts-file.ts";
import {
  ABSTRACTIONS,
  deserializerName,
  enumObjectName,
  factoryName,
  importDecl,
  readCall,
  serializerName,
  typeText,
  writeCall,
} from "./type-text.ts";

const deserializerMap = "Record<string, (node: ParseNode) => void>";

/** One models namespace (`models/networkaccess/index.ts`). */
export function emitNamespace(ns: Namespace): TsFile {
  const file = new TsFile(ns.folder);
  for (const model of ns.models) emitModel(file, model);
  for (const e of [...ns.enums].sort((a, b) => byName(a.name, b.name))) emitEnum(file, e);
  return file;
}

/** Interface, factory, deserializer and serializer of one model, into the file that declares it. */
export function emitModel(file: TsFile, model: ModelDecl): void {
  file.importType(ABSTRACTIONS, "Parsable");
  file.importType(ABSTRACTIONS, "ParseNode");
  file.importType(ABSTRACTIONS, "SerializationWriter");
  file.declare(model.name, modelInterface(file, model));
  file.declare(factoryName(model), factoryFunction(file, model));
  file.declare(deserializerName(model), deserializerFunction(file, model));
  file.declare(serializerName(model), serializerFunction(file, model));
}

const paramName = (m: ModelDecl): string => lowerFirst(m.name);

function propertyDoc(p: PropertyDecl): string {
  return p.description ?? `Value of the \`${p.serializedName}\` JSON property.`;
}

function modelInterface(file: TsFile, model: ModelDecl): string[] {
  const bases: string[] = [];
  if (model.parent) {
    importDecl(file, model.parent, model.parent.name, true);
    bases.push(model.parent.name);
  } else {
    file.importType(ABSTRACTIONS, "AdditionalDataHolder");
    bases.push("AdditionalDataHolder");
  }
  if (model.isErrorType) {
    file.importType(ABSTRACTIONS, "ApiError");
    bases.push("ApiError");
  }
  bases.push("Parsable");
  const members: Array<[string, string[]]> = model.properties.map((p) => [
    p.name,
    [...docComment("    ", [propertyDoc(p)]), `    ${p.name}?: ${typeText(file, p.type)} | null;`],
  ]);
  members.sort((a, b) => byName(a[0], b[0]));
  return [
    ...docComment("", [model.description]),
    `export interface ${model.name} extends ${bases.join(", ")} {`,
    ...members.flatMap(([, lines]) => lines),
    "}",
  ];
}

function factoryFunction(file: TsFile, model: ModelDecl): string[] {
  const doc = docComment("", [
    `Picks the deserializer for ${model.name}${model.derived.length ? ", or for the derived type the payload's discriminator names" : ""}.`,
    "@param parseNode The node to read the discriminator value from.",
    `@returns {${model.name}}`,
  ]);
  const body: string[] = [];
  if (model.derived.length && model.discriminatorProperty) {
    body.push(
      '    if(!parseNode) throw new Error("parseNode cannot be undefined");',
      `    const mappingValueNode = parseNode?.getChildNode("${model.discriminatorProperty}");`,
      "    if (mappingValueNode) {",
      "        const mappingValue = mappingValueNode.getStringValue();",
      "        if (mappingValue) {",
      "            switch (mappingValue) {",
    );
    for (const { value, model: derived } of model.derived) {
      importDecl(file, derived, deserializerName(derived), false);
      body.push(
        `                case "${value}":`,
        `                    return ${deserializerName(derived)};`,
      );
    }
    body.push("            }", "        }", "    }");
  }
  body.push(`    return ${deserializerName(model)};`);
  return [
    ...doc,
    "// @ts-ignore",
    `export function ${factoryName(model)}(parseNode: ParseNode | undefined) : ((instance?: Parsable) => ${deserializerMap}) {`,
    ...body,
    "}",
  ];
}

function deserializerFunction(file: TsFile, model: ModelDecl): string[] {
  const v = paramName(model);
  const entries: string[] = [];
  if (model.parent) {
    importDecl(file, model.parent, deserializerName(model.parent), false);
    entries.push(`        ...${deserializerName(model.parent)}(${v}),`);
  }
  for (const p of [...model.properties].sort((a, b) => byName(a.name, b.name))) {
    const assign = `${v}.${p.name} = n.${readCall(file, p.type)};`;
    const primary = p.primaryErrorMessage ? "" : primaryMessageCopy(model, p, v);
    entries.push(`        "${p.serializedName}": n => { ${assign}${primary} },`);
  }
  return [
    ...docComment("", [
      `The property readers that fill a ${model.name} from a parse node.`,
      `@param ${v} The instance to fill.`,
      `@returns {${deserializerMap}}`,
    ]),
    "// @ts-ignore",
    `export function ${deserializerName(model)}(${v}: Partial<${model.name}> | undefined = {}) : ${deserializerMap} {`,
    "    return {",
    ...entries,
    "    }",
    "}",
  ];
}

/**
 * An error type's ApiError message comes from the nested property marked
 * `x-ms-primary-error-message` (ODataError.error.message).
 */
function primaryMessageCopy(model: ModelDecl, p: PropertyDecl, v: string): string {
  if (!model.isErrorType || p.type.kind !== "model" || p.type.collection) return "";
  const primary = p.type.model.properties.find((q) => q.primaryErrorMessage);
  return primary ? ` ${v}.message = ${v}.${p.name}?.${primary.name} ?? "";` : "";
}

function serializerFunction(file: TsFile, model: ModelDecl): string[] {
  const v = paramName(model);
  const body = [`    if (!${v} || isSerializingDerivedType) { return; }`];
  if (model.parent) {
    importDecl(file, model.parent, serializerName(model.parent), false);
    body.push(`    ${serializerName(model.parent)}(writer, ${v}, isSerializingDerivedType)`);
  }
  for (const p of [...model.properties].sort((a, b) => byName(a.name, b.name))) {
    body.push(...writeCall(file, p.type, p.serializedName, `${v}.${p.name}`).map((line) => `    ${line}`));
  }
  if (!model.parent) body.push(`    writer.writeAdditionalData(${v}.additionalData);`);
  const discriminator = model.discriminatorProperty
    ? inheritedProperty(model, model.discriminatorProperty)
    : undefined;
  if (model.derived.length && discriminator) {
    body.push(`    switch (${v}.${discriminator.name}) {`);
    for (const { value, model: derived } of model.derived) {
      importDecl(file, derived, serializerName(derived), false);
      body.push(
        `        case "${value}":`,
        `            ${serializerName(derived)}(writer, ${v}, true);`,
        "        break;",
      );
    }
    body.push("    }");
  }
  return [
    ...docComment("", [
      `Writes a ${model.name} with a serialization writer.`,
      "@param writer The writer to write to.",
      `@param ${v} The instance to write.`,
      "@param isSerializingDerivedType Whether a derived type's serializer is the caller.",
    ]),
    "// @ts-ignore",
    `export function ${serializerName(model)}(writer: SerializationWriter, ${v}: Partial<${model.name}> | undefined | null = {}, isSerializingDerivedType: boolean = false) : void {`,
    ...body,
    "}",
  ];
}

/** The property with this wire name on the model or the ancestor that declares it. */
function inheritedProperty(model: ModelDecl, serializedName: string): PropertyDecl | undefined {
  for (let m: ModelDecl | undefined = model; m; m = m.parent) {
    const found = m.properties.find((p) => p.serializedName === serializedName);
    if (found) return found;
  }
  return undefined;
}

function emitEnum(file: TsFile, e: EnumDecl): void {
  const obj = enumObjectName(e);
  file.declare(e.name, [
    ...docComment("", [e.description]),
    `export type ${e.name} = (typeof ${obj})[keyof typeof ${obj}];`,
  ]);
  file.constant([
    ...docComment("", [e.description ?? `Wire values of ${e.name}, in the order the spec lists them.`]),
    `export const ${obj} = {`,
    ...e.members.map((m) => `    ${m.name}: "${m.value}",`),
    "} as const;",
  ]);
}
