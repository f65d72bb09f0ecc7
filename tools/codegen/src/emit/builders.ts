import { upperFirst } from "../naming/symbols.ts";
import type { OperationDecl, RequestBuilderDecl } from "../model/ir.ts";
import { templateVariableName } from "../model/uri-template.ts";
import { emitModel } from "./models.ts";
import { TsFile, byName, docComment } from "./ts-file.ts";
import {
  ABSTRACTIONS,
  enumObjectName,
  factoryName,
  importDecl,
  serializerName,
  typeText,
} from "./type-text.ts";

export const builderType = (b: RequestBuilderDecl): string => `${b.stem}RequestBuilder`;
const uriTemplateName = (b: RequestBuilderDecl) => `${builderType(b)}UriTemplate`;
const requestsMetadataName = (b: RequestBuilderDecl) => `${builderType(b)}RequestsMetadata`;
export const navigationMetadataName = (b: RequestBuilderDecl) => `${builderType(b)}NavigationMetadata`;
const queryParametersName = (b: RequestBuilderDecl, op: OperationDecl) =>
  `${builderType(b)}${upperFirst(op.method)}QueryParameters`;
const queryMapperName = (b: RequestBuilderDecl, op: OperationDecl) => `${queryParametersName(b, op)}Mapper`;

export const hasNavigation = (b: RequestBuilderDecl): boolean =>
  b.navigation.length > 0 || !!b.indexer || b.functions.length > 0;

const configDoc =
  "@param requestConfiguration Headers, query parameters and middleware options for this request.";

/** A request builder's `index.ts`: its interface, query types, inline responses and metadata. */
export function emitBuilder(b: RequestBuilderDecl): TsFile {
  const file = new TsFile(b.folder);
  file.importType(ABSTRACTIONS, "BaseRequestBuilder");
  for (const model of b.inlineModels) emitModel(file, model);
  file.declare(builderType(b), builderInterface(file, b));
  for (const op of b.operations) {
    if (op.queryParameters.length)
      file.declare(queryParametersName(b, op), queryParametersInterface(file, b, op));
  }
  file.constant([
    ...docComment("", ["URI template the request builder expands into request URLs."]),
    `export const ${uriTemplateName(b)} = "${b.urlTemplate}";`,
  ]);
  for (const op of b.operations) {
    const mapped = op.queryParameters.filter((q) => q.name !== templateVariableName(q.serializedName));
    if (!mapped.length) continue;
    file.constant([
      ...docComment("", ["Query parameter names in code, mapped to their names in the URI template."]),
      `const ${queryMapperName(b, op)}: Record<string, string> = {`,
      ...mapped
        .map((q) => [q.name, templateVariableName(q.serializedName)] as const)
        .sort(([, x], [, y]) => byName(x, y))
        .map(([name, templateName]) => `    "${name}": "${templateName}",`),
      "};",
    ]);
  }
  if (hasNavigation(b)) file.constant(navigationMetadata(file, b));
  if (b.operations.length) file.constant(requestsMetadata(file, b));
  return file;
}

interface Member {
  name: string;
  isProperty: boolean;
  lines: string[];
}

function builderInterface(file: TsFile, b: RequestBuilderDecl): string[] {
  const members: Member[] = [];
  for (const nav of b.navigation) {
    importChild(file, nav.builder);
    members.push({
      name: nav.name,
      isProperty: true,
      lines: [
        ...docComment("    ", [
          nav.description ?? `Navigates to \`${nav.builder.urlTemplate.replace(/\{\?.*\}$/, "")}\`.`,
        ]),
        `    get ${nav.name}(): ${builderType(nav.builder)};`,
      ],
    });
  }
  if (b.indexer) {
    const { methodName, parameter, builder } = b.indexer;
    importChild(file, builder);
    members.push({
      name: methodName,
      isProperty: false,
      lines: [
        ...docComment("    ", [
          `Addresses one item of the collection by its ${parameter.serializedName}.`,
          `@param ${parameter.name} ${parameter.description ?? `The ${parameter.serializedName} of the item.`}`,
          `@returns {${builderType(builder)}}`,
        ]),
        `     ${methodName}(${parameter.name}: ${typeText(file, parameter.type)}) : ${builderType(builder)};`,
      ],
    });
  }
  for (const fn of b.functions) {
    importChild(file, fn.builder);
    const params = fn.parameters.map((p) => `${p.name}: ${typeText(file, p.type)} | undefined`).join(", ");
    members.push({
      name: fn.methodName,
      isProperty: false,
      lines: [
        ...docComment("    ", [
          fn.description ?? "Calls the function with the given parameters.",
          ...fn.parameters.map((p) => `@param ${p.name} ${p.description ?? `Value of ${p.serializedName}.`}`),
          `@returns {${builderType(fn.builder)}}`,
        ]),
        `     ${fn.methodName}(${params}) : ${builderType(fn.builder)};`,
      ],
    });
  }
  for (const op of b.operations) members.push(...operationMembers(file, b, op));
  const sorted = [
    ...members.filter((m) => m.isProperty).sort((x, y) => byName(x.name, y.name)),
    ...members.filter((m) => !m.isProperty).sort((x, y) => byName(x.name, y.name)),
  ];
  return [
    ...docComment("", [b.description]),
    `export interface ${builderType(b)} extends BaseRequestBuilder<${builderType(b)}> {`,
    ...sorted.flatMap((m) => m.lines),
    "}",
  ];
}

function importChild(file: TsFile, child: RequestBuilderDecl): void {
  const module = file.moduleOf(child.folder)!;
  file.importType(module, builderType(child));
  if (child.operations.length) file.importValue(module, requestsMetadataName(child));
  if (hasNavigation(child)) file.importValue(module, navigationMetadataName(child));
}

function operationMembers(file: TsFile, b: RequestBuilderDecl, op: OperationDecl): Member[] {
  file.importType(ABSTRACTIONS, "RequestConfiguration");
  file.importType(ABSTRACTIONS, "RequestInformation");
  const queryType = op.queryParameters.length ? queryParametersName(b, op) : "object";
  const config = `requestConfiguration?: RequestConfiguration<${queryType}> | undefined`;
  const body = op.requestBody ? `body: ${typeText(file, op.requestBody.type)}, ` : "";
  const bodyDoc = op.requestBody ? "@param body The request body." : undefined;
  const result = responseText(file, op);
  const summary = op.description ?? op.summary;
  const errors = op.errorMappings.map(({ model }) => {
    importDecl(file, model, model.name, true);
    return `@throws {${model.name}} when the service answers with an error status`;
  });
  const see = op.externalDocsUrl
    ? `@see {@link ${op.externalDocsUrl}|${op.externalDocsDescription ?? "Documentation"}}`
    : undefined;
  const deprecated = op.deprecated ? "@deprecated" : undefined;
  const send: Member = {
    name: op.method,
    isProperty: false,
    lines: [
      ...docComment("    ", [
        summary,
        bodyDoc,
        configDoc,
        result === "void" ? undefined : `@returns {Promise<${result}>}`,
        ...errors,
        see,
        deprecated,
      ]),
      `     ${op.method}(${body}${config}) : Promise<${result === "void" ? "void" : `${result} | undefined`}>;`,
    ],
  };
  const toInfo: Member = {
    name: `to${upperFirst(op.method)}RequestInformation`,
    isProperty: false,
    lines: [
      ...docComment("    ", [summary, bodyDoc, configDoc, "@returns {RequestInformation}", deprecated]),
      `     to${upperFirst(op.method)}RequestInformation(${body}${config}) : RequestInformation;`,
    ],
  };
  return [send, toInfo];
}

function responseText(file: TsFile, op: OperationDecl): string {
  return op.response.kind === "none" ? "void" : typeText(file, op.response.type);
}

function queryParametersInterface(file: TsFile, b: RequestBuilderDecl, op: OperationDecl): string[] {
  const members = [...op.queryParameters].sort((x, y) => byName(x.name, y.name));
  return [
    ...docComment("", [op.description ?? op.summary]),
    `export interface ${queryParametersName(b, op)} {`,
    ...members.flatMap((q) => [
      ...docComment("    ", [q.description ?? `Value of the \`${q.serializedName}\` query parameter.`]),
      `    ${q.name}?: ${typeText(file, q.type)};`,
    ]),
    "}",
  ];
}

function navigationMetadata(file: TsFile, b: RequestBuilderDecl): string[] {
  file.importType(ABSTRACTIONS, "KeysToExcludeForNavigationMetadata");
  file.importType(ABSTRACTIONS, "NavigationMetadata");
  type Entry = [string, RequestBuilderDecl, string[] | undefined];
  const methods: Entry[] = b.functions.map((f) => [
    f.methodName,
    f.builder,
    f.parameters.map((p) => templateVariableName(p.serializedName)),
  ]);
  if (b.indexer)
    methods.push([
      b.indexer.methodName,
      b.indexer.builder,
      [templateVariableName(b.indexer.parameter.serializedName)],
    ]);
  const properties: Entry[] = b.navigation.map((n) => [n.name, n.builder, undefined]);
  const byEntryName = (x: Entry, y: Entry) => byName(x[0], y[0]);
  // Kiota lists the indexer and function methods first, then the navigation properties, each sorted.
  const entries = [...methods.sort(byEntryName), ...properties.sort(byEntryName)];
  return [
    ...docComment("", [
      "Navigation properties, indexers and functions of the request builder, for the proxy.",
    ]),
    `export const ${navigationMetadataName(b)}: Record<Exclude<keyof ${builderType(b)}, KeysToExcludeForNavigationMetadata>, NavigationMetadata> = {`,
    ...entries.flatMap(([name, child, mappings]) => [
      `    ${name}: {`,
      ...(child.operations.length ? [`        requestsMetadata: ${requestsMetadataName(child)},`] : []),
      ...(hasNavigation(child) ? [`        navigationMetadata: ${navigationMetadataName(child)},`] : []),
      ...(mappings ? [`        pathParametersMappings: [${mappings.map((m) => `"${m}"`).join(", ")}],`] : []),
      "    },",
    ]),
    "};",
  ];
}

function requestsMetadata(file: TsFile, b: RequestBuilderDecl): string[] {
  file.importType(ABSTRACTIONS, "RequestsMetadata");
  const lines = [
    ...docComment("", ["How each HTTP method of the request builder is sent and its response read."]),
    `export const ${requestsMetadataName(b)}: RequestsMetadata = {`,
  ];
  for (const op of [...b.operations].sort((x, y) => byName(x.method, y.method))) {
    lines.push(`    ${op.method}: {`, `        uriTemplate: ${uriTemplateName(b)},`);
    lines.push(`        responseBodyContentType: "${op.responseContentType}",`);
    if (op.errorMappings.length) {
      file.importType(ABSTRACTIONS, "Parsable");
      file.importType(ABSTRACTIONS, "ParsableFactory");
      lines.push("        errorMappings: {");
      for (const { code, model } of op.errorMappings) {
        importDecl(file, model, factoryName(model), false);
        lines.push(
          `            ${errorMappingKey(code)}: ${factoryName(model)} as ParsableFactory<Parsable>,`,
        );
      }
      lines.push("        },");
    }
    lines.push(...adapterLines(file, op));
    const mapped = op.queryParameters.some((q) => q.name !== templateVariableName(q.serializedName));
    if (mapped) lines.push(`        queryParametersMapper: ${queryMapperName(b, op)},`);
    lines.push(...bodyLines(file, op), "    },");
  }
  lines.push("};");
  return lines;
}

/**
 * The adapter looks a failed response up by its exact status (`errorMappings[404]`), then by
 * `_4XX`/`_5XX`, then `XXX`; only the ranges need the underscore to be identifiers.
 */
function errorMappingKey(code: string): string {
  return /^[45]XX$/.test(code) ? `_${code}` : code;
}

function adapterLines(file: TsFile, op: OperationDecl): string[] {
  const r = op.response;
  switch (r.kind) {
    case "none":
      return ['        adapterMethodName: "sendNoResponseContent",'];
    case "primitive": {
      const method = r.type.collection ? "sendCollectionOfPrimitive" : "sendPrimitive";
      const name = r.type.kind === "primitive" ? r.type.name : "string";
      return [`        adapterMethodName: "${method}",`, `        responseBodyFactory:  "${name}",`];
    }
    case "enum": {
      const obj = enumObjectName(r.type.enumDecl);
      importDecl(file, r.type.enumDecl, obj, false);
      return [
        `        adapterMethodName: "${r.type.collection ? "sendCollectionOfEnum" : "sendEnum"}",`,
        `        enumObject: ${obj},`,
      ];
    }
    case "model":
      importDecl(file, r.type.model, factoryName(r.type.model), false);
      return [
        `        adapterMethodName: "${r.type.collection ? "sendCollection" : "send"}",`,
        `        responseBodyFactory:  ${factoryName(r.type.model)},`,
      ];
  }
}

function bodyLines(file: TsFile, op: OperationDecl): string[] {
  const body = op.requestBody;
  if (!body) return [];
  const lines = [`        requestBodyContentType: "${body.contentType}",`];
  if (body.type.kind === "model") {
    importDecl(file, body.type.model, serializerName(body.type.model), false);
    lines.push(`        requestBodySerializer: ${serializerName(body.type.model)},`);
    lines.push('        requestInformationContentSetMethod: "setContentFromParsable",');
  } else if (body.type.kind === "primitive" && body.type.name === "ArrayBuffer") {
    lines.push('        requestInformationContentSetMethod: "setStreamContent",');
  } else {
    lines.push('        requestInformationContentSetMethod: "setContentFromScalar",');
  }
  return lines;
}
