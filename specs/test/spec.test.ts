import { validate } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it } from "vitest";
import {
  connectionAddedLater,
  connectionDocumented,
  destinationDocumented,
  destinationExampleProperties,
  enumMembers,
  exampleOnlyProperties,
  privateAccessDetailsDocumented,
  seedEnumValues,
  seedValuesNotInSpec,
  thirdPartyTokenDetailsDocumented,
} from "./expectations.js";
import {
  allProperties,
  loadResolvedSpec,
  specPath,
  unwrapNullable,
  type SchemaObject,
  type Spec,
} from "./load-spec.js";

const ns = "microsoft.graph.networkaccess.";
let spec: Spec;
const schema = (name: string): SchemaObject => {
  const found = spec.components.schemas[ns + name];
  if (!found) throw new Error(`schema ${ns + name} missing`);
  return found;
};

/** The OpenAPI shape a documented type must have. */
function expectDocumentedType(property: SchemaObject | undefined, docType: string, where: string): void {
  expect(property, `${where} is missing`).toBeDefined();
  const actual = unwrapNullable(property!);
  const expected: Partial<SchemaObject> =
    docType === "String"
      ? { type: "string" }
      : docType === "Int32"
        ? { type: "integer", format: "int32" }
        : docType === "Int64"
          ? { type: "integer", format: "int64" }
          : docType === "DateTimeOffset"
            ? { type: "string", format: "date-time" }
            : enumMembers[docType]
              ? { type: "string", enum: enumMembers[docType] }
              : { title: docType };
  expect(actual, where).toMatchObject(expected);
}

beforeAll(async () => {
  spec = await loadResolvedSpec();
});

describe("specs/networkaccess.yaml", () => {
  it("validates against the OpenAPI schema with no warnings", async () => {
    const result = await validate(specPath);
    expect(result).toMatchObject({ valid: true, warnings: [] });
  });

  it("declares exactly the shipped paths, read-only", () => {
    expect(Object.keys(spec.paths).sort()).toEqual([
      "/networkAccess",
      "/networkAccess/logs",
      "/networkAccess/logs/connections",
      "/networkAccess/logs/connections/$count",
      "/networkAccess/logs/connections/{connection-id}",
      "/networkAccess/reports",
      "/networkAccess/reports/microsoft.graph.networkaccess.destinationReport(startDateTime={startDateTime},endDateTime={endDateTime},aiAgentId='@aiAgentId',aiAgentName='@aiAgentName')",
    ]);
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const verb of ["post", "put", "patch", "delete"])
        expect(item[verb], `${verb} ${path}`).toBeUndefined();
    }
  });

  it.each(Object.entries(connectionDocumented))(
    "connection.%s has its documented type %s",
    (name, docType) => {
      expectDocumentedType(allProperties(schema("connection"))[name], docType, `connection.${name}`);
    },
  );

  it.each(Object.entries(connectionAddedLater))("connection.%s (2026-04 metadata) is %s", (name, docType) => {
    expectDocumentedType(allProperties(schema("connection"))[name], docType, `connection.${name}`);
  });

  it.each(Object.entries(destinationDocumented))("destination.%s is %s", (name, docType) => {
    expectDocumentedType(schema("destination").properties?.[name], docType, `destination.${name}`);
  });

  it("destination has exactly its 13 properties plus @odata.type, fqdn the only nullable one", () => {
    const props = schema("destination").properties ?? {};
    expect(Object.keys(props).sort()).toEqual([...Object.keys(destinationDocumented), "@odata.type"].sort());
    const nullable = Object.entries(props)
      .filter(([, p]) => p.nullable)
      .map(([n]) => n);
    expect(nullable).toEqual(["fqdn"]);
  });

  it("every property in the seed's destinationReport example is typed compatibly, quirks excluded", () => {
    const props = schema("destination").properties ?? {};
    for (const [name, jsonType] of Object.entries(destinationExampleProperties)) {
      const openApiType = unwrapNullable(props[name]!).type;
      expect(jsonType === "number" ? "integer" : "string", name).toBe(openApiType);
    }
    for (const name of exampleOnlyProperties) expect(props[name], name).toBeUndefined();
  });

  it.each([
    ["privateAccessDetails", privateAccessDetailsDocumented],
    ["thirdPartyTokenDetails", thirdPartyTokenDetailsDocumented],
    ["applicationSnapshot", { appId: "String" }],
  ] as const)("%s has every documented property", (type, documented) => {
    for (const [name, docType] of Object.entries(documented)) {
      expectDocumentedType(schema(type).properties?.[name], docType, `${type}.${name}`);
    }
  });

  it.each(Object.entries(enumMembers))("enum %s lists its members in metadata order", (name, members) => {
    expect(schema(name)).toMatchObject({ type: "string", enum: members });
  });

  it.each(Object.entries(seedEnumValues))("every %s value the seed names is in the spec", (name, values) => {
    const absent = seedValuesNotInSpec[name] ?? [];
    const missing = values.filter((v) => !schema(name).enum?.includes(v));
    expect(missing).toEqual(absent);
  });

  it("every int64 property carries format int64", () => {
    const int64 = ["receivedBytes", "sentBytes"].map((n) => allProperties(schema("connection"))[n]);
    int64.push(
      schema("destination").properties?.totalBytesSent,
      schema("destination").properties?.totalBytesReceived,
    );
    const count = spec.components.schemas.BaseCollectionPaginationCountResponse?.properties?.["@odata.count"];
    for (const p of [...int64, count]) expect(p).toMatchObject({ type: "integer", format: "int64" });
  });

  it("destinationReport takes both dates as required date-time path parameters and the optional agent filters", () => {
    const [path] = Object.keys(spec.paths).filter((p) => p.includes("destinationReport"));
    const get = spec.paths[path!]!.get as { parameters: Array<Record<string, unknown>> };
    const byName = Object.fromEntries(get.parameters.map((p) => [p.name, p]));
    for (const name of ["startDateTime", "endDateTime"]) {
      expect(byName[name]).toMatchObject({
        in: "path",
        required: true,
        schema: { type: "string", format: "date-time" },
      });
    }
    for (const name of ["aiAgentId", "aiAgentName"]) {
      expect(byName[name]).toMatchObject({ in: "query", schema: { type: "string", nullable: true } });
    }
    expect(Object.keys(byName).sort()).toEqual([
      "$count",
      "$filter",
      "$search",
      "$skip",
      "$top",
      "aiAgentId",
      "aiAgentName",
      "endDateTime",
      "startDateTime",
    ]);
  });
});
