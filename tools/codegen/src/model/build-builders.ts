import { createHash } from "node:crypto";
import {
  functionResponseStem,
  indexerItemStem,
  indexerMethodName,
  indexerParameter,
  isFunctionSegment,
  isIndexerSegment,
  segmentMemberName,
  segmentTypeStem,
} from "../naming/segments.ts";
import { camelName, upperFirst } from "../naming/symbols.ts";
import {
  httpMethods,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
  type ResponseObject,
} from "../spec/openapi-types.ts";
import { SpecError, pointer } from "../spec/spec-error.ts";
import type { TypeBuilder } from "./build-types.ts";
import type {
  ModelDecl,
  OperationDecl,
  PathParameterDecl,
  QueryParameterDecl,
  RequestBuilderDecl,
  ResponseDecl,
} from "./ir.ts";
import { templatePath, templateQuery } from "./uri-template.ts";

interface UrlNode {
  segment: string;
  path: string;
  item?: PathItemObject;
  children: Map<string, UrlNode>;
}

/** Kiota shortens folder names longer than this with a hash of the full name (1.34.1 threshold). */
const maxFolderNameLength = 200;

function folderName(name: string): string {
  if (name.length <= maxFolderNameLength) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, maxFolderNameLength - 9)}_${hash}`;
}

function buildTree(paths: Array<[string, PathItemObject]>): UrlNode {
  const root: UrlNode = { segment: "", path: "", children: new Map() };
  for (const [path, item] of paths) {
    let node = root;
    for (const segment of path.split("/").filter(Boolean)) {
      let child = node.children.get(segment);
      if (!child) {
        child = { segment, path: `${node.path}/${segment}`, children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.item = item;
  }
  return root;
}

export interface StructuredMimeType {
  mime: string;
  entry: string;
}

/** Builds the request-builder tree of the client from the spec's paths. */
export class BuilderFactory {
  readonly all: RequestBuilderDecl[] = [];
  /** Inline response models of the builder being built; they are declared in its file. */
  private inlineModels: ModelDecl[] = [];

  private readonly doc: OpenApiDocument;
  private readonly types: TypeBuilder;
  private readonly mimeTypes: StructuredMimeType[];

  constructor(doc: OpenApiDocument, types: TypeBuilder, mimeTypes: StructuredMimeType[]) {
    this.doc = doc;
    this.types = types;
    this.mimeTypes = mimeTypes;
  }

  buildClient(clientStem: string, keepPath: (path: string) => boolean): RequestBuilderDecl {
    const kept = Object.entries(this.doc.paths).filter(([p]) => keepPath(p));
    const tree = buildTree(kept);
    return this.build(tree, clientStem, "", undefined);
  }

  private build(
    node: UrlNode,
    stem: string,
    folder: string,
    description: string | undefined,
  ): RequestBuilderDecl {
    const location = pointer("paths", node.path || "/");
    this.inlineModels = [];
    const operations = this.operations(node, stem, location);
    const inlineModels = this.inlineModels;
    const queryParameters = operations.flatMap((o) => o.queryParameters);
    const builder: RequestBuilderDecl = {
      stem,
      folder,
      dotted: folder.replaceAll("/", "."),
      description: node.item?.description ?? description,
      urlTemplate: `{+baseurl}${templatePath(node.path)}${templateQuery(queryParameters)}`,
      operations,
      inlineModels,
      navigation: [],
      functions: [],
    };
    this.all.push(builder);
    for (const model of inlineModels) model.home = { builder };
    for (const child of [...node.children.values()].sort((a, b) => a.segment.localeCompare(b.segment))) {
      this.attachChild(builder, child, folder);
    }
    return builder;
  }

  private attachChild(parent: RequestBuilderDecl, child: UrlNode, parentFolder: string): void {
    const join = (name: string) => (parentFolder ? `${parentFolder}/${name}` : name);
    const description = child.item?.description;
    if (isIndexerSegment(child.segment)) {
      const wireName = indexerParameter(child.segment);
      const builder = this.build(child, indexerItemStem(wireName), join("item"), description);
      const parameter = this.pathParameters(child, [wireName])[0]!;
      parent.indexer = { methodName: indexerMethodName(wireName), parameter, builder, description };
      return;
    }
    if (isFunctionSegment(child.segment) && child.segment.includes("{")) {
      const name = segmentMemberName(child.segment);
      const builder = this.build(child, segmentTypeStem(child.segment), join(folderName(name)), description);
      const names = [...child.segment.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const parameters = this.pathParameters(child, names).sort((a, b) => a.name.localeCompare(b.name));
      parent.functions.push({ methodName: name, parameters, builder, description });
      return;
    }
    const name = segmentMemberName(child.segment);
    const builder = this.build(child, segmentTypeStem(child.segment), join(name), description);
    parent.navigation.push({ name, builder, description });
  }

  private pathParameters(node: UrlNode, names: string[]): PathParameterDecl[] {
    const declared = [
      ...(node.item?.parameters ?? []),
      ...httpMethods.flatMap((m) => node.item?.[m]?.parameters ?? []),
    ].filter((p) => p.in === "path");
    return names.map((wireName) => {
      const param = declared.find((p) => p.name === wireName);
      const location = pointer("paths", node.path, "parameters", wireName);
      if (!param?.schema)
        throw new SpecError(location, `path parameter ${wireName} is not declared with a schema`);
      return {
        name: camelName(wireName),
        serializedName: wireName,
        type: this.types.typeOf(param.schema, location),
        description: param.description,
      };
    });
  }

  private operations(node: UrlNode, stem: string, location: string): OperationDecl[] {
    const item = node.item;
    if (!item) return [];
    return httpMethods
      .filter((m) => item[m])
      .map((method) => {
        if (method === "trace")
          throw new SpecError(`${location}/trace`, "TRACE operations are not supported");
        return this.operation(node, method, item[method]!, stem, `${location}/${method}`);
      });
  }

  private operation(
    node: UrlNode,
    method: OperationDecl["method"],
    op: OperationObject,
    stem: string,
    location: string,
  ): OperationDecl {
    const params = [...(node.item?.parameters ?? []), ...(op.parameters ?? [])];
    const queryParameters = params
      .filter((p) => p.in === "query")
      .map((p) => this.queryParameter(p, `${location}/parameters/${p.name}`));
    const responseStem = isFunctionSegment(node.segment) ? functionResponseStem(node.segment) : stem;
    return {
      method,
      summary: op.summary,
      description: op.description,
      externalDocsUrl: op.externalDocs?.url,
      externalDocsDescription: op.externalDocs?.description,
      queryParameters,
      headerParameters: params
        .filter((p) => p.in === "header")
        .map((p) => ({ name: camelName(p.name), serializedName: p.name, description: p.description })),
      requestBody: this.requestBody(op, `${location}/requestBody`),
      response: this.response(op, `${responseStem}${upperFirst(method)}Response`, `${location}/responses`),
      responseContentType: this.acceptFor(op),
      errorMappings: this.errorMappings(op, `${location}/responses`),
      deprecated: op.deprecated === true,
      location,
    };
  }

  private queryParameter(p: ParameterObject, location: string): QueryParameterDecl {
    if (!p.schema) throw new SpecError(location, "query parameter without a schema");
    if (p.style && p.style !== "form")
      throw new SpecError(location, `query style ${p.style} is not supported`);
    return {
      name: camelName(p.name),
      serializedName: p.name,
      type: this.types.typeOf(p.schema, location),
      description: p.description,
      explode: p.explode ?? true,
    };
  }

  private requestBody(op: OperationObject, location: string): OperationDecl["requestBody"] {
    if (!op.requestBody) return undefined;
    const [mime, media] = this.structuredContent(op.requestBody.content, location) ?? [];
    if (!mime || !media?.schema)
      throw new SpecError(location, "request body without a supported media type and schema");
    return { type: this.types.typeOf(media.schema, `${location}/content/${mime}/schema`), contentType: mime };
  }

  private response(op: OperationObject, inlineName: string, location: string): ResponseDecl {
    const code = Object.keys(op.responses ?? {}).find((c) => /^2(0[0-6]|XX)$/i.test(c));
    const response = code ? op.responses![code]! : undefined;
    if (!response?.content) return { kind: "none" };
    const found = this.structuredContent(response.content, `${location}/${code}`);
    if (!found) throw new SpecError(`${location}/${code}`, "no supported media type in the response");
    const [, media] = found;
    if (!media.schema) return { kind: "none" };
    const contentType = this.acceptHeader(response);
    const schemaLocation = `${location}/${code}/content`;
    const isInlineObject =
      !this.types.isNamed(media.schema) && (media.schema.properties || media.schema.allOf);
    if (isInlineObject) {
      // The home is set once the builder that declares the model exists.
      const model = this.types.inlineModel(
        inlineName,
        { builder: undefined as never },
        media.schema,
        schemaLocation,
      );
      this.inlineModels.push(model);
      return { kind: "model", type: { kind: "model", model, collection: false }, contentType };
    }
    const type = this.types.typeOf(media.schema, schemaLocation);
    if (type.kind === "model") return { kind: "model", type, contentType };
    if (type.kind === "enum") return { kind: "enum", type, contentType };
    return { kind: "primitive", type, contentType };
  }

  private errorMappings(op: OperationObject, location: string): OperationDecl["errorMappings"] {
    const mappings: OperationDecl["errorMappings"] = [];
    for (const [code, response] of Object.entries(op.responses ?? {})) {
      const key = code === "default" ? "XXX" : /^[45]/.test(code) ? code.toUpperCase() : undefined;
      if (!key) continue;
      const found = this.structuredContent(response.content, `${location}/${code}`);
      if (!found?.[1].schema) continue;
      const type = this.types.typeOf(found[1].schema, `${location}/${code}/content`);
      if (type.kind !== "model" || type.collection)
        throw new SpecError(`${location}/${code}`, "error responses must be objects");
      this.types.markErrorType(type.model);
      mappings.push({ code: key, model: type.model });
    }
    return mappings;
  }

  private structuredContent(
    content: ResponseObject["content"],
    location: string,
  ): [string, NonNullable<ResponseObject["content"]>[string]] | undefined {
    if (!content) return undefined;
    for (const { mime } of this.mimeTypes) {
      const media = content[mime];
      if (media) return [mime, media];
    }
    const offered = Object.keys(content);
    if (offered.length)
      throw new SpecError(location, `media types ${offered.join(", ")} are not in structuredMimeTypes`);
    return undefined;
  }

  private acceptFor(op: OperationObject): string {
    const entries = Object.entries(op.responses ?? {});
    const success = entries
      .filter(([c]) => c.startsWith("2"))
      .map(([, r]) => this.acceptHeader(r))
      .filter(Boolean);
    if (success.length) return success.join(", ");
    return [...new Set(entries.map(([, r]) => this.acceptHeader(r)).filter(Boolean))].join(", ");
  }

  private acceptHeader(response: ResponseObject): string {
    return this.mimeTypes
      .filter(({ mime }) => response.content?.[mime])
      .map(({ entry }) => entry)
      .join(", ");
  }
}
