import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDomExport, parseDomLine, typeScriptName } from "../../src/diff/dom-entries.ts";
import { GENERATED, repoRoot } from "../support/paths.ts";

const committedOut = join(repoRoot, GENERATED);

const ns = "ApiSdk.models.networkaccess";
const builder = "ApiSdk.networkAccess.logs.connections.connectionsRequestBuilder";

describe("parsing the lines of Kiota's kiota-dom-export.txt", () => {
  it("reads a property and a method, with `|public|` dropped", () => {
    expect(parseDomLine(`${ns}.Connection::|public|status:ConnectionStatus`)).toEqual({
      kind: "property",
      owner: `${ns}.Connection`,
      member: "status",
      signature: "ConnectionStatus",
    });
    expect(
      parseDomLine(`${builder}::|public|byConnectionId(connectionId:string):ConnectionItemRequestBuilder`),
    ).toEqual({
      kind: "method",
      owner: builder,
      member: "byConnectionId",
      signature: "(connectionId:string):ConnectionItemRequestBuilder",
    });
  });

  it("reads an enum member without its position", () => {
    expect(parseDomLine(`${ns}.trafficType::0003-all`)).toEqual({
      kind: "enumMember",
      owner: `${ns}.trafficType`,
      member: "all",
      signature: "",
    });
  });

  it("reads the bare constants: an enum's …Object, URI templates, mappers and metadata", () => {
    for (const name of [
      "trafficTypeObject",
      "connectionsRequestBuilderUriTemplate",
      "connectionsRequestBuilderGetQueryParametersMapper",
      "connectionsRequestBuilderNavigationMetadata",
      "connectionsRequestBuilderRequestsMetadata",
    ]) {
      expect(parseDomLine(`ApiSdk.some.ns.${name}`)).toEqual({
        kind: "constant",
        owner: "ApiSdk.some.ns",
        member: name,
        signature: "",
      });
    }
  });

  it("reads base types and namespace functions", () => {
    expect(parseDomLine(`${ns}.Connection~~>Entity; Parsable`)).toEqual({
      kind: "inheritance",
      owner: `${ns}.Connection`,
      member: "~~>",
      signature: "Entity; Parsable",
    });
    expect(parseDomLine("ApiSdk::CreateNetworkAccessApiClient(requestAdapter:RequestAdapter):void")).toEqual({
      kind: "function",
      owner: "ApiSdk",
      member: "CreateNetworkAccessApiClient",
      signature: "(requestAdapter:RequestAdapter):void",
    });
  });

  it("keeps parenthesised types inside a signature", () => {
    expect(
      parseDomLine(
        `${ns}::deserializeIntoConnection(Connection:Connection={}):Record<string, (node: ParseNode) => void>`,
      ),
    ).toMatchObject({
      kind: "function",
      signature: "(Connection:Connection={}):Record<string, (node: ParseNode) => void>",
    });
  });

  it("reads every line of the committed dump, every kind present", async () => {
    const text = await readFile(join(committedOut, "kiota-dom-export.txt"), "utf8");
    const entries = parseDomExport(text);
    expect(entries).toHaveLength(text.trimEnd().split("\n").length);
    expect(new Set(entries.map((e) => e.kind))).toEqual(
      new Set(["inheritance", "property", "method", "enumMember", "function", "constant"]),
    );
  });

  it("refuses a line it does not recognise, naming it", () => {
    expect(() => parseDomExport("ApiSdk.models.Entity::something odd\n")).toThrow(
      "unrecognised kiota-dom-export line: ApiSdk.models.Entity::something odd",
    );
    expect(() => parseDomExport("not a dump line\n")).toThrow(
      "unrecognised kiota-dom-export line: not a dump line",
    );
  });

  it("gives the exported TypeScript name where the dump lower-cases it", () => {
    expect(typeScriptName(`${ns}.trafficType`)).toBe("TrafficType");
    expect(typeScriptName(builder)).toBe("ConnectionsRequestBuilder");
  });
});
