import { upperFirst } from "../naming/symbols.ts";
import type { ClientDecl, ModelDecl, RequestBuilderDecl, TypeRef } from "../model/ir.ts";
import { builderType } from "./builders.ts";
import { byName } from "./ts-file.ts";

/** A type as the dump writes it: its name, with `[]` for collections. */
function typeName(type: TypeRef): string {
  const base =
    type.kind === "primitive" ? type.name : type.kind === "model" ? type.model.name : type.enumDecl.name;
  return type.collection ? `${base}[]` : base;
}

/**
 * The public-API dump in Kiota's `kiota-dom-export.txt` line format: one line per public member,
 * `<namespace>.<Type>::|public|<member>:<type>`, `~~>` for inheritance, `::NNNN-value` for enum
 * members, and `<namespace>::` for functions and constants. Sorted so diffs stay stable.
 */
export function renderDomExport(client: ClientDecl, clientNamespace: string): string {
  const lines: string[] = [];
  const ns = (dotted: string) => (dotted ? `${clientNamespace}.${dotted}` : clientNamespace);
  const models = (where: string, model: ModelDecl) => {
    const qualified = `${where}.${model.name}`;
    lines.push(
      `${qualified}~~>${[model.parent?.name ?? "AdditionalDataHolder", ...(model.isErrorType ? ["ApiError"] : []), "Parsable"].join("; ")}`,
    );
    if (!model.parent) lines.push(`${qualified}::|public|additionalData:Record<string, unknown>`);
    for (const p of model.properties) lines.push(`${qualified}::|public|${p.name}:${typeName(p.type)}`);
    lines.push(`${where}::create${model.name}FromDiscriminatorValue(parseNode:ParseNode):${model.name}`);
    lines.push(
      `${where}::deserializeInto${model.name}(${model.name}:${model.name}={}):Record<string, (node: ParseNode) => void>`,
    );
    lines.push(
      `${where}::serialize${model.name}(writer:SerializationWriter; ${model.name}:${model.name}={}; isSerializingDerivedType:boolean=false):void`,
    );
  };
  for (const namespace of client.namespaces) {
    const where = ns(namespace.dotted);
    for (const model of namespace.models) models(where, model);
    for (const e of namespace.enums) {
      e.members.forEach((m, i) =>
        lines.push(`${where}.${e.name}::${String(i).padStart(4, "0")}-${upperFirst(m.name)}`),
      );
    }
  }
  const builder = (b: RequestBuilderDecl, where: string, type: string) => {
    const qualified = `${where}.${type}`;
    lines.push(`${qualified}~~>BaseRequestBuilder<${type}>`);
    for (const n of b.navigation) lines.push(`${qualified}::|public|${n.name}:${builderType(n.builder)}`);
    if (b.indexer) {
      lines.push(
        `${qualified}::|public|${b.indexer.methodName}(${b.indexer.parameter.name}:${typeName(b.indexer.parameter.type)}):${builderType(b.indexer.builder)}`,
      );
    }
    for (const f of b.functions) {
      const params = f.parameters.map((p) => `${p.name}:${typeName(p.type)}`).join("; ");
      lines.push(`${qualified}::|public|${f.methodName}(${params}):${builderType(f.builder)}`);
    }
    for (const op of b.operations) {
      const q = op.queryParameters.length ? `${type}${upperFirst(op.method)}QueryParameters` : "object";
      const body = op.requestBody ? `body:${typeName(op.requestBody.type)}; ` : "";
      const result = op.response.kind === "none" ? "void" : typeName(op.response.type);
      lines.push(
        `${qualified}::|public|${op.method}(${body}requestConfiguration?:RequestConfiguration<${q}>):${result}`,
      );
      lines.push(
        `${qualified}::|public|to${upperFirst(op.method)}RequestInformation(${body}requestConfiguration?:RequestConfiguration<${q}>):RequestInformation`,
      );
      for (const qp of op.queryParameters) {
        lines.push(
          `${qualified}${upperFirst(op.method)}QueryParameters::|public|${qp.name}:${typeName(qp.type)}`,
        );
      }
    }
    lines.push(`${where}.${type}UriTemplate:string`);
    for (const m of b.inlineModels) models(where, m);
  };
  builder(client.root, ns(""), client.className);
  for (const b of client.builders) builder(b, ns(b.dotted), builderType(b));
  lines.push(`${ns("")}::create${client.className}(requestAdapter:RequestAdapter):${client.className}`);
  return `${[...new Set(lines)].sort(byName).join("\n")}\n`;
}
