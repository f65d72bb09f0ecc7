import type { RequestAdapter } from "@microsoft/kiota-abstractions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "../../support/adapter.ts";
import { type GeneratedConstruct, generateConstruct } from "../../support/corpus.ts";
import { type TestServer, startServer } from "../../support/http-server.ts";

/** The function's builder name: 233 characters, past Kiota 1.34.1's 200-character folder limit. */
const builderName =
  "microsoftGraphNetworkaccessDeviceReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName" +
  "AgentVirtualIdAgentVirtualIdDiscoveredApplicationSegmentIdDiscoveredApplicationSegmentIdUserPrincipalNameUserPrincipalName";

/** Its first 191 characters, `_` and the first 8 hex digits of the SHA-256 of the whole name (sha256sum). */
const folderName =
  "microsoftGraphNetworkaccessDeviceReportWithStartDateTimeWithEndDateTimeaiAgentIdAiAgentIdAiAgentNameAiAgentName" +
  "AgentVirtualIdAgentVirtualIdDiscoveredApplicationSegmentIdDiscoveredApplicationS_1092b082";

interface ReportBuilder {
  get(config?: {
    queryParameters?: { userPrincipalName?: string };
  }): Promise<{ deviceCount?: number | null } | undefined>;
}

type LongNamesModule = Record<
  "createLongNamesClient",
  (adapter: RequestAdapter) => { reports: Record<string, (end: Date, start: Date) => ReportBuilder> }
>;

let construct: GeneratedConstruct;
let server: TestServer;
let client: ReturnType<LongNamesModule["createLongNamesClient"]>;

beforeAll(async () => {
  construct = await generateConstruct("long-names");
  server = await startServer(() => ({ body: { deviceCount: 9 } }));
  const { createLongNamesClient } = await construct.load<LongNamesModule>("longNamesClient.ts");
  client = createLongNamesClient(createAdapter(`${server.origin}/v1`));
});

afterAll(() => server.close());

describe("a function with optional aliased parameters and a very long name", () => {
  it("generates code that type-checks, the folder name shortened with a hash", async () => {
    expect(builderName).toHaveLength(233);
    const result = await construct.typeCheck();
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
    expect(construct.files).toContain(`reports/${folderName}/index.ts`);
  });

  it("keeps the full name for the navigation method and the types", async () => {
    const builder = await construct.load<Record<string, unknown>>(`reports/${folderName}/index.ts`);
    const typeStem = builderName[0]!.toUpperCase() + builderName.slice(1);
    expect(builder).toHaveProperty(`${typeStem}RequestBuilderUriTemplate`);
    const reports = await construct.load<Record<string, Record<string, unknown>>>("reports/index.ts");
    expect(Object.keys(reports.ReportsRequestBuilderNavigationMetadata ?? {})).toEqual([builderName]);
  });

  it("calls the function with the path parameters in alphabetical order and aliases as query parameters", async () => {
    const report = client.reports[builderName]!(
      new Date("2024-01-31T00:00:00.000Z"),
      new Date("2024-01-01T00:00:00.000Z"),
    );
    await expect(
      report.get({ queryParameters: { userPrincipalName: "adele@contoso.com" } }),
    ).resolves.toEqual({
      deviceCount: 9,
    });
    expect(server.last().url).toBe(
      "/v1/reports/microsoft.graph.networkaccess.deviceReport(startDateTime=2024-01-01T00%3A00%3A00.000Z," +
        "endDateTime=2024-01-31T00%3A00%3A00.000Z,aiAgentId='@aiAgentId',aiAgentName='@aiAgentName'," +
        "agentVirtualId='@agentVirtualId',discoveredApplicationSegmentId='@discoveredApplicationSegmentId'," +
        "userPrincipalName='@userPrincipalName')?userPrincipalName=adele%40contoso.com",
    );
  });
});
