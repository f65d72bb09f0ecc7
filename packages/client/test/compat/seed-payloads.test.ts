import type { ServerResponse } from "node:http";
import { AnonymousAuthenticationProvider } from "@microsoft/kiota-abstractions";
import { FetchRequestAdapter } from "@microsoft/kiota-http-fetchlibrary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { destinationReportBuilder } from "../../src/facade/generated-names.js";
import {
  ConnectionStatusObject,
  CrossTenantAccessTypeObject,
  DeviceCategoryObject,
  DeviceJoinTypeObject,
  NetworkingProtocolObject,
  TrafficTypeObject,
} from "../../src/generated/models/networkaccess/index.js";
import {
  type NetworkAccessApiClient,
  createNetworkAccessApiClient,
} from "../../src/generated/networkAccessApiClient.js";
import { type LocalServer, startServer } from "../support/local-server.js";
import {
  connectionPage,
  destinationReportExample,
  edgeConnections,
  fullConnection,
} from "./fixtures/payloads.js";

const connectionId = "0d2b7e3a-51c4-4d0e-9f6a-8c1b2a3d4e5f";

function reply(response: ServerResponse, contentType: string, body: string): void {
  response.writeHead(200, { "content-type": contentType });
  response.end(body);
}

let server: LocalServer;
let client: NetworkAccessApiClient;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? "", "http://127.0.0.1").pathname;
    if (path.includes("destinationReport(")) reply(response, "application/json", destinationReportExample);
    else if (path.endsWith("/$count")) reply(response, "text/plain", "2");
    else if (path.endsWith("/connections")) reply(response, "application/json", connectionPage);
    else if (path.endsWith("/e7"))
      reply(response, "application/json", edgeConnections["extra properties"] ?? "");
    else reply(response, "application/json", fullConnection);
  });
  const adapter = new FetchRequestAdapter(new AnonymousAuthenticationProvider());
  adapter.baseUrl = `${server.origin}/beta`;
  client = createNetworkAccessApiClient(adapter);
});

afterAll(() => server.close());

const lastUrl = () => server.requests.at(-1)?.url;

/**
 * The report from 2023-08-20T12:12:59.076Z to the next day, the end given in another time zone. Kiota
 * names the builder after the function's parameters; the facade's generated-names.ts is the one place
 * that spells that name (and Kiota's end-before-start parameter order).
 */
const report = () =>
  destinationReportBuilder(
    client,
    new Date("2023-08-20T12:12:59.076Z"),
    new Date("2023-08-21T14:12:59.076+02:00"),
  );

describe("destinationReport", () => {
  it("calls the namespace-qualified function with start and end as ISO-8601 UTC", async () => {
    await report().get({ queryParameters: { top: 100, filter: "trafficType eq 'internet'" } });
    expect(lastUrl()).toBe(
      "/beta/networkAccess/reports/microsoft.graph.networkaccess.destinationReport(" +
        "startDateTime=2023-08-20T12%3A12%3A59.076Z,endDateTime=2023-08-21T12%3A12%3A59.076Z," +
        "aiAgentId='@aiAgentId',aiAgentName='@aiAgentName')" +
        "?$filter=trafficType%20eq%20%27internet%27&$top=100",
    );
  });

  it("reads the documented example into typed destinations", async () => {
    const result = await report().get();
    expect(result?.additionalData).toEqual({
      "@odata.context":
        "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.networkaccess.destination)",
    });
    expect(result?.value).toHaveLength(3);
    const [first, second, third] = result?.value ?? [];
    expect(first).toEqual({
      fqdn: "login.microsoftonline.com",
      ip: "6.6.0.1",
      port: 443,
      // "TCP" is not a networkingProtocol value (the enum is lower-case): Kiota reads it as no value.
      networkingProtocol: undefined,
      lastAccessDateTime: new Date("2023-08-09T13:20:04Z"),
      trafficType: TrafficTypeObject.Microsoft365,
      // trafficProfile is not in the schema.
      additionalData: { trafficProfile: "microsoft365" },
    });
    expect(second?.fqdn).toBeUndefined();
    expect(second?.trafficType).toBe("private");
    expect(third).toMatchObject({
      fqdn: "google.com",
      trafficType: "internet",
      additionalData: { trafficProfile: "internet" },
    });
    expect(third?.lastAccessDateTime).toBeInstanceOf(Date);
  });
});

describe("connections", () => {
  it("lists with Graph's query option names", async () => {
    const page = await client.networkAccess.logs.connections.get({
      queryParameters: {
        top: 5,
        filter: "status eq 'active'",
        count: true,
        orderby: ["createdDateTime desc"],
        select: ["id", "status"],
      },
    });
    expect(lastUrl()).toBe(
      "/beta/networkAccess/logs/connections" +
        "?$count=true&$filter=status%20eq%20%27active%27&$orderby=createdDateTime%20desc&$select=id,status&$top=5",
    );
    expect(page?.odataCount).toBe(2);
    expect(page?.odataNextLink).toBe(
      "https://graph.microsoft.com/beta/networkAccess/logs/connections?$top=1&$skiptoken=abc",
    );
    expect(page?.additionalData).toEqual({
      "@odata.context": "https://graph.microsoft.com/beta/$metadata#networkAccess/logs/connections",
    });
    expect(page?.value?.map((c) => c.id)).toEqual([connectionId, "second"]);
  });

  it("gets one by its connection-id, escaped into the path", async () => {
    await client.networkAccess.logs.connections.byConnectionId("a b/c").get();
    expect(lastUrl()).toBe("/beta/networkAccess/logs/connections/a%20b%2Fc");
    await client.networkAccess.logs.connections
      .byConnectionId(connectionId)
      .get({ queryParameters: { select: ["id"] } });
    expect(lastUrl()).toBe(`/beta/networkAccess/logs/connections/${connectionId}?$select=id`);
  });

  it("reads every property of a connection into its type", async () => {
    const connection = await client.networkAccess.logs.connections.byConnectionId(connectionId).get();
    // A plain record, not the generated `Connection`: a spec edit that drops one of these properties
    // from the model must not stop the client's tests from compiling (this file pins Graph's payload).
    const expected: Record<string, unknown> = {
      odataType: "#microsoft.graph.networkaccess.connection",
      id: connectionId,
      createdDateTime: new Date("2025-04-20T08:15:30.123Z"),
      tenantId: "7f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b",
      lastUpdateDateTime: new Date("2025-04-20T08:16:05Z"),
      endDateTime: new Date("2025-04-20T08:17:00Z"),
      status: ConnectionStatusObject.Closed,
      trafficType: TrafficTypeObject.Microsoft365,
      transactionCount: 12,
      transactionBlockCount: 1,
      // int64 byte counts are plain numbers.
      sentBytes: 4294967296,
      receivedBytes: 8589934592123,
      destinationIp: "52.96.0.10",
      destinationPort: 443,
      destinationFqdn: "outlook.office365.com",
      userId: "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
      sourceIp: "10.1.2.3",
      sourcePort: 51234,
      initiatingProcessName: "outlook.exe",
      deviceId: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
      deviceOperatingSystem: "Windows",
      deviceOperatingSystemVersion: "10.0.22631",
      agentVersion: "2.8.45",
      applicationSnapshot: {
        odataType: "microsoft.graph.networkaccess.applicationSnapshot",
        appId: "00000002-0000-0ff1-ce00-000000000000",
      },
      privateAccessDetails: {
        odataType: "microsoft.graph.networkaccess.privateAccessDetails",
        accessType: "privateAccess",
        appSegmentId: "segment-42",
        connectionStatus: ConnectionStatusObject.Active,
        connectorId: "c0nn3c70-0000-4000-8000-000000000001",
        connectorIp: "10.0.0.4",
        connectorName: "connector-eu-1",
        processingRegion: "europe",
        thirdPartyTokenDetails: {
          odataType: "#microsoft.graph.networkaccess.thirdPartyTokenDetails",
          expirationDateTime: new Date("2025-04-20T09:15:30Z"),
          issuedAtDateTime: new Date("2025-04-20T08:15:30Z"),
          uniqueTokenIdentifier: "tok-0001",
          validFromDateTime: new Date("2025-04-20T08:15:30Z"),
        },
      },
      deviceCategory: DeviceCategoryObject.Client,
      userPrincipalName: "adele@contoso.com",
      transportProtocol: NetworkingProtocolObject.Tcp,
      networkProtocol: NetworkingProtocolObject.Ipv4,
      popProcessingRegion: "westeurope",
      crossTenantAccessType: CrossTenantAccessTypeObject.B2bCollaboration,
      deviceJoinType: DeviceJoinTypeObject.MicrosoftEntraJoined,
      homeTenantId: "2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819",
    };
    expect(connection).toStrictEqual(expected);
  });

  it("keeps properties the schema does not know in additionalData, at every level", async () => {
    const connection = await client.networkAccess.logs.connections.byConnectionId("e7").get();
    expect(connection?.additionalData).toEqual({
      trafficProfile: "internet",
      policyName: "Block social",
      geo: { country: "NO", points: [1, 2.5, null, "x"] },
    });
    expect(connection?.applicationSnapshot).toEqual({
      appId: "app",
      additionalData: { displayName: "Exchange" },
    });
    expect(connection?.privateAccessDetails?.thirdPartyTokenDetails?.additionalData).toEqual({
      issuer: "contoso",
    });
  });

  it("counts through $count as a number", async () => {
    await expect(
      client.networkAccess.logs.connections.count.get({ queryParameters: { filter: "status eq 'open'" } }),
    ).resolves.toBe(2);
    expect(lastUrl()).toBe("/beta/networkAccess/logs/connections/$count?$filter=status%20eq%20%27open%27");
  });
});
