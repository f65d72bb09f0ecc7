/** The generator's intermediate model: what Kiota's code DOM holds for the constructs we support. */

export type PrimitiveName =
  "string" | "number" | "boolean" | "Date" | "DateOnly" | "TimeOnly" | "Duration" | "Guid" | "ArrayBuffer";

export type TypeRef =
  | { kind: "primitive"; name: PrimitiveName; collection: boolean }
  | { kind: "model"; model: ModelDecl; collection: boolean }
  | { kind: "enum"; enumDecl: EnumDecl; collection: boolean };

export interface Namespace {
  /** Folder under the output root, e.g. `models/networkaccess`. */
  folder: string;
  /** Dotted name used in the public-API dump, e.g. `models.networkaccess`. */
  dotted: string;
  models: ModelDecl[];
  enums: EnumDecl[];
}

export interface PropertyDecl {
  name: string;
  serializedName: string;
  type: TypeRef;
  description?: string;
  /** `x-ms-primary-error-message`: copied into the ApiError message while deserializing. */
  primaryErrorMessage: boolean;
}

export interface ModelDecl {
  kind: "model";
  name: string;
  /** Where the declaration lives: a models namespace, or a request builder file for inline responses. */
  home: { namespace: Namespace } | { builder: RequestBuilderDecl };
  description?: string;
  properties: PropertyDecl[];
  parent?: ModelDecl;
  /** Derived types selected by the discriminator, in spec order. */
  derived: Array<{ value: string; model: ModelDecl }>;
  discriminatorProperty?: string;
  isErrorType: boolean;
  location: string;
}

export interface EnumDecl {
  kind: "enum";
  name: string;
  namespace: Namespace;
  description?: string;
  members: Array<{ name: string; value: string }>;
}

export interface QueryParameterDecl {
  name: string;
  serializedName: string;
  type: TypeRef;
  description?: string;
  explode: boolean;
}

export interface HeaderParameterDecl {
  name: string;
  serializedName: string;
  description?: string;
}

export type ResponseDecl =
  | { kind: "none" }
  | { kind: "model"; type: TypeRef & { kind: "model" }; contentType: string }
  | { kind: "primitive"; type: TypeRef; contentType: string }
  | { kind: "enum"; type: TypeRef & { kind: "enum" }; contentType: string };

export interface RequestBodyDecl {
  type: TypeRef;
  contentType: string;
}

export interface OperationDecl {
  method: "get" | "put" | "post" | "delete" | "patch" | "head" | "options";
  summary?: string;
  description?: string;
  externalDocsUrl?: string;
  externalDocsDescription?: string;
  queryParameters: QueryParameterDecl[];
  headerParameters: HeaderParameterDecl[];
  requestBody?: RequestBodyDecl;
  response: ResponseDecl;
  /** The Accept value: success media types, or the error media types when success has no body. */
  responseContentType: string;
  errorMappings: Array<{ code: string; model: ModelDecl }>;
  deprecated: boolean;
  location: string;
}

export interface PathParameterDecl {
  name: string;
  serializedName: string;
  type: TypeRef;
  description?: string;
}

export interface RequestBuilderDecl {
  /** Type stem: `Connections`, `ConnectionItem`, `MicrosoftGraphNetworkaccessDestinationReportWith…`. */
  stem: string;
  /** Folder under the output root, e.g. `networkAccess/logs/connections`. */
  folder: string;
  /** Dotted namespace for the public-API dump. */
  dotted: string;
  description?: string;
  urlTemplate: string;
  operations: OperationDecl[];
  /** Inline response models declared in this builder's file. */
  inlineModels: ModelDecl[];
  navigation: Array<{ name: string; builder: RequestBuilderDecl; description?: string }>;
  indexer?: {
    methodName: string;
    parameter: PathParameterDecl;
    builder: RequestBuilderDecl;
    description?: string;
  };
  functions: Array<{
    methodName: string;
    parameters: PathParameterDecl[];
    builder: RequestBuilderDecl;
    description?: string;
  }>;
}

export interface ClientDecl {
  className: string;
  baseUrl?: string;
  root: RequestBuilderDecl;
  namespaces: Namespace[];
  builders: RequestBuilderDecl[];
  serializers: string[];
  deserializers: string[];
}
