import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { setDifferences, unexplained } from "./support/differences.js";
import type { ModuleExports } from "./support/graph-sdk.js";

const reportStem =
  "MicrosoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName";

interface KiotaBuilder {
  folder: string;
  builder: string;
  /** Navigation properties and methods (indexers, functions) Kiota gives the builder. */
  navigation: string[];
  operations: string[];
  uriTemplate?: string;
  queryParameters?: string[];
  get?: { adapterMethodName: string; responseBodyContentType: string; responseBodyFactory?: string };
}

/**
 * Kiota's request builders for our paths, as recorded from Graph's generated SDK in
 * /work/shared/reference/kiota-typescript-output-notes.md (§3 file layout, §4 naming, §5 anatomy).
 */
const kiota: KiotaBuilder[] = [
  {
    folder: "networkAccess",
    builder: "NetworkAccessRequestBuilder",
    navigation: ["logs", "reports"],
    operations: ["get", "patch"],
  },
  {
    folder: "networkAccess/logs",
    builder: "LogsRequestBuilder",
    navigation: ["connections", "generativeAIInsights", "remoteNetworks", "traffic"],
    operations: [],
  },
  {
    folder: "networkAccess/reports",
    builder: "ReportsRequestBuilder",
    navigation: [
      `microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName`,
    ],
    operations: [],
  },
  {
    folder: "networkAccess/logs/connections",
    builder: "ConnectionsRequestBuilder",
    navigation: ["byConnectionId", "count"],
    operations: ["get", "post"],
    uriTemplate:
      "{+baseurl}/networkAccess/logs/connections{?%24count,%24expand,%24filter,%24orderby,%24search,%24select,%24skip,%24top}",
    queryParameters: ["count", "expand", "filter", "orderby", "search", "select", "skip", "top"],
    get: { adapterMethodName: "send", responseBodyContentType: "application/json" },
  },
  {
    folder: "networkAccess/logs/connections/item",
    builder: "ConnectionItemRequestBuilder",
    navigation: [],
    operations: ["delete", "get", "patch"],
    uriTemplate: "{+baseurl}/networkAccess/logs/connections/{connection%2Did}{?%24expand,%24select}",
    queryParameters: ["expand", "select"],
    get: { adapterMethodName: "send", responseBodyContentType: "application/json" },
  },
  {
    folder: "networkAccess/logs/connections/count",
    builder: "CountRequestBuilder",
    navigation: [],
    operations: ["get"],
    uriTemplate: "{+baseurl}/networkAccess/logs/connections/$count{?%24filter,%24search}",
    queryParameters: ["filter", "search"],
    get: {
      adapterMethodName: "sendPrimitive",
      responseBodyContentType: "text/plain;q=0.9",
      responseBodyFactory: "number",
    },
  },
  {
    folder: `networkAccess/reports/microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName`,
    builder: `${reportStem}RequestBuilder`,
    navigation: [],
    operations: ["get"],
    uriTemplate:
      "{+baseurl}/networkAccess/reports/microsoft.graph.networkaccess.destinationReport(startDateTime={startDateTime},endDateTime={endDateTime},aiAgentId='@aiAgentId',aiAgentName='@aiAgentName'){?%24count,%24filter,%24search,%24skip,%24top,aiAgentId*,aiAgentName*}",
    queryParameters: ["aiAgentId", "aiAgentName", "count", "filter", "search", "skip", "top"],
    get: { adapterMethodName: "send", responseBodyContentType: "application/json" },
  },
];

const generatedFile = (folder: string) =>
  fileURLToPath(new URL(`../../src/generated/${folder}/index.ts`, import.meta.url));

interface OurBuilder {
  exports: ModuleExports;
  text: string;
}

const ours = new Map<string, OurBuilder>();

beforeAll(async () => {
  for (const { folder } of kiota) {
    ours.set(folder, {
      exports: (await import(/* @vite-ignore */ generatedFile(folder))) as ModuleExports,
      text: await readFile(generatedFile(folder), "utf8"),
    });
  }
});

const builderOf = (folder: string): OurBuilder => {
  const found = ours.get(folder);
  if (!found) throw new Error(`no generated builder in ${folder}`);
  return found;
};
const record = (value: unknown): Record<string, Record<string, unknown>> =>
  (value ?? {}) as Record<string, Record<string, unknown>>;

/** Members of `export interface <name> { … }` in a generated file. */
function interfaceMembers(text: string, name: string): string[] | undefined {
  const start = text.indexOf(`\nexport interface ${name} {\n`);
  if (start < 0) return undefined;
  const body = text.slice(start, text.indexOf("\n}\n", start));
  return [...body.matchAll(/^ {4}(\w+)\?: /gm)].map((m) => m[1]!);
}

describe("request builders against Kiota's recorded output", () => {
  it.each(kiota)(
    "$builder lives in $folder/index.ts under Kiota's names",
    ({ folder, builder, navigation }) => {
      const { exports, text } = builderOf(folder);
      expect(text).toContain(`\nexport interface ${builder} extends BaseRequestBuilder<${builder}> {\n`);
      expect(`${builder}NavigationMetadata` in exports).toBe(navigation.length > 0);
    },
  );

  it.each(kiota.filter((b) => b.uriTemplate))(
    "$builder has Kiota's URI template",
    ({ folder, builder, uriTemplate }) => {
      expect(builderOf(folder).exports[`${builder}UriTemplate`]).toBe(uriTemplate);
    },
  );

  it.each(kiota.filter((b) => b.queryParameters))(
    "$builder has Kiota's query parameters",
    ({ folder, builder, queryParameters }) => {
      expect(interfaceMembers(builderOf(folder).text, `${builder}GetQueryParameters`)).toEqual(
        queryParameters,
      );
    },
  );

  it.each(kiota.filter((b) => b.get))("$builder sends GET the way Kiota does", ({ folder, builder, get }) => {
    const metadata = record(builderOf(folder).exports[`${builder}RequestsMetadata`]).get;
    expect(metadata).toMatchObject({
      ...get,
      uriTemplate: builderOf(folder).exports[`${builder}UriTemplate`],
    });
    expect(Object.keys((metadata?.errorMappings ?? {}) as object)).toEqual(["XXX"]);
  });

  it("has Kiota's operations on every builder", () => {
    const differences = kiota.flatMap(({ folder, builder, operations }) =>
      setDifferences(
        "operation",
        `${builder}.`,
        Object.keys(record(builderOf(folder).exports[`${builder}RequestsMetadata`])),
        operations,
        "Kiota",
      ),
    );
    expect(unexplained("operation", differences)).toEqual({ unexpected: [], stale: [] });
  });

  it("has Kiota's navigation on every builder", () => {
    const differences = kiota.flatMap(({ folder, builder, navigation }) =>
      setDifferences(
        "navigation",
        `${builder}.`,
        Object.keys(record(builderOf(folder).exports[`${builder}NavigationMetadata`])),
        navigation,
        "Kiota",
      ),
    );
    expect(unexplained("navigation", differences)).toEqual({ unexpected: [], stale: [] });
  });

  it("maps the indexer and the function's parameters to template variables like Kiota", () => {
    const connections = record(
      builderOf("networkAccess/logs/connections").exports.ConnectionsRequestBuilderNavigationMetadata,
    );
    expect(connections.byConnectionId?.pathParametersMappings).toEqual(["connection%2Did"]);
    const reports = record(
      builderOf("networkAccess/reports").exports.ReportsRequestBuilderNavigationMetadata,
    );
    // Kiota orders a function's parameters alphabetically: end before start.
    expect(
      reports
        .microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName
        ?.pathParametersMappings,
    ).toEqual(["endDateTime", "startDateTime"]);
    expect(builderOf("networkAccess/reports").text).toContain(
      `     microsoftGraphNetworkaccessDestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName(endDateTime: Date | undefined, startDateTime: Date | undefined) : ${reportStem}RequestBuilder;`,
    );
  });

  it("declares the function's response type without the namespace prefix, like Kiota", () => {
    const report = builderOf(kiota.at(-1)!.folder).exports;
    const responseType =
      "DestinationReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentNameGetResponse";
    expect(
      Object.keys(report)
        .filter((name) => name.includes("GetResponse"))
        .sort(),
    ).toEqual([
      `create${responseType}FromDiscriminatorValue`,
      `deserializeInto${responseType}`,
      `serialize${responseType}`,
    ]);
  });
});
