import { lowerFirst } from "../naming/symbols.ts";
import type { ClientDecl } from "../model/ir.ts";
import { builderType, hasNavigation, navigationMetadataName } from "./builders.ts";
import { TsFile, byName, docComment } from "./ts-file.ts";
import { ABSTRACTIONS } from "./type-text.ts";

/** `@microsoft/kiota-serialization-json.JsonParseNodeFactory` → module and class. */
function splitFactory(qualified: string): { module: string; name: string } {
  const dot = qualified.lastIndexOf(".");
  return { module: qualified.slice(0, dot), name: qualified.slice(dot + 1) };
}

export const clientFileName = (c: ClientDecl): string => `${lowerFirst(c.className)}.ts`;

/** The root file: the client interface, its navigation metadata and its factory function. */
export function emitClient(c: ClientDecl): TsFile {
  const file = new TsFile("");
  const root = c.root;
  file.importValue(ABSTRACTIONS, "apiClientProxifier");
  file.importType(ABSTRACTIONS, "BaseRequestBuilder");
  file.importType(ABSTRACTIONS, "KeysToExcludeForNavigationMetadata");
  file.importType(ABSTRACTIONS, "NavigationMetadata");
  file.importValue(ABSTRACTIONS, "ParseNodeFactoryRegistry");
  file.importType(ABSTRACTIONS, "RequestAdapter");
  file.importValue(ABSTRACTIONS, "SerializationWriterFactoryRegistry");
  const deserializers = c.deserializers.map(splitFactory);
  const serializers = c.serializers.map(splitFactory);
  for (const f of [...deserializers, ...serializers]) file.importValue(f.module, f.name);

  const members = [...root.navigation].sort((a, b) => byName(a.name, b.name));
  for (const nav of members) {
    const module = file.moduleOf(nav.builder.folder)!;
    file.importType(module, builderType(nav.builder));
    if (nav.builder.operations.length)
      file.importValue(module, `${builderType(nav.builder)}RequestsMetadata`);
    if (hasNavigation(nav.builder)) file.importValue(module, navigationMetadataName(nav.builder));
  }
  const name = c.className;
  file.declare(`create${name}`, [
    ...docComment("", [
      `Creates a ${name} on a request adapter, registering the configured serializers and deserializers.`,
      "@param requestAdapter The request adapter that sends the requests.",
      `@returns {${name}}`,
    ]),
    "// @ts-ignore",
    `export function create${name}(requestAdapter: RequestAdapter) {`,
    "    if (requestAdapter === undefined) {",
    '        throw new Error("requestAdapter cannot be undefined");',
    "    }",
    "    const serializationWriterFactory = requestAdapter.getSerializationWriterFactory() as SerializationWriterFactoryRegistry;",
    "    const parseNodeFactoryRegistry = requestAdapter.getParseNodeFactory() as ParseNodeFactoryRegistry;",
    "    const backingStoreFactory = requestAdapter.getBackingStoreFactory();",
    "    ",
    "    if (parseNodeFactoryRegistry.registerDefaultDeserializer) {",
    ...deserializers.map(
      (f) => `        parseNodeFactoryRegistry.registerDefaultDeserializer(${f.name}, backingStoreFactory);`,
    ),
    "    }",
    "    ",
    "    if (serializationWriterFactory.registerDefaultSerializer) {",
    ...serializers.map((f) => `        serializationWriterFactory.registerDefaultSerializer(${f.name});`),
    "    }",
    "    ",
    ...(c.baseUrl
      ? [
          '    if (requestAdapter.baseUrl === undefined || requestAdapter.baseUrl === null || requestAdapter.baseUrl === "") {',
          `        requestAdapter.baseUrl = "${c.baseUrl}";`,
          "    }",
        ]
      : []),
    "    const pathParameters: Record<string, unknown> = {",
    '        "baseurl": requestAdapter.baseUrl,',
    "    };",
    `    return apiClientProxifier<${name}>(requestAdapter, pathParameters, ${name}NavigationMetadata, undefined);`,
    "}",
  ]);
  file.declare(name, [
    ...docComment("", [
      root.description ?? "The root of the generated client: navigation to every path the spec describes.",
    ]),
    `export interface ${name} extends BaseRequestBuilder<${name}> {`,
    ...members.flatMap((nav) => [
      ...docComment("    ", [nav.description ?? `Navigates to \`/${nav.builder.folder}\`.`]),
      `    get ${nav.name}(): ${builderType(nav.builder)};`,
    ]),
    "}",
  ]);
  file.constant([
    ...docComment("", ["URI template of the client root."]),
    `export const ${name}UriTemplate = "{+baseurl}";`,
  ]);
  file.constant([
    ...docComment("", ["Navigation properties of the client root, for the proxy."]),
    `export const ${name}NavigationMetadata: Record<Exclude<keyof ${name}, KeysToExcludeForNavigationMetadata>, NavigationMetadata> = {`,
    ...members.flatMap((nav) => [
      `    ${nav.name}: {`,
      ...(nav.builder.operations.length
        ? [`        requestsMetadata: ${builderType(nav.builder)}RequestsMetadata,`]
        : []),
      ...(hasNavigation(nav.builder)
        ? [`        navigationMetadata: ${navigationMetadataName(nav.builder)},`]
        : []),
      "    },",
    ]),
    "};",
  ]);
  return file;
}
