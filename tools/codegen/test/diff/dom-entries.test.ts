import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDomExport, parseDomLine } from "../../src/diff/dom-entries.ts";
import { committedOut } from "./support/paths.ts";

describe("parsing kiota-dom-export.txt lines", () => {
  it("splits each line shape into owner, member and signature", () => {
    expect(parseDomLine("ApiSdk.models.networkaccess.Connection::|public|status:ConnectionStatus")).toEqual({
      kind: "property",
      owner: "ApiSdk.models.networkaccess.Connection",
      member: "status",
      signature: "ConnectionStatus",
    });
    expect(parseDomLine("ApiSdk.models.networkaccess.TrafficType::0003-All")).toEqual({
      kind: "enumMember",
      owner: "ApiSdk.models.networkaccess.TrafficType",
      member: "All",
      signature: "",
    });
    expect(parseDomLine("ApiSdk.models.Entity~~>AdditionalDataHolder; Parsable")).toMatchObject({
      kind: "inheritance",
      owner: "ApiSdk.models.Entity",
      signature: "AdditionalDataHolder; Parsable",
    });
    expect(
      parseDomLine(
        "ApiSdk.x.ConnectionsRequestBuilder::|public|byConnectionId(connectionId:string):ConnectionItemRequestBuilder",
      ),
    ).toMatchObject({
      kind: "method",
      member: "byConnectionId",
      signature: "(connectionId:string):ConnectionItemRequestBuilder",
    });
    expect(
      parseDomLine(
        "ApiSdk::createNetworkAccessApiClient(requestAdapter:RequestAdapter):NetworkAccessApiClient",
      ),
    ).toMatchObject({
      kind: "function",
      owner: "ApiSdk",
      member: "createNetworkAccessApiClient",
    });
    expect(parseDomLine("ApiSdk.networkAccess.logs.LogsRequestBuilderUriTemplate:string")).toEqual({
      kind: "constant",
      owner: "ApiSdk.networkAccess.logs",
      member: "LogsRequestBuilderUriTemplate",
      signature: "string",
    });
  });

  it("keeps parenthesised types inside a property's type", () => {
    const entry = parseDomLine(
      "ApiSdk.models.Entity::|public|additionalData:Record<string, (node: ParseNode) => void>",
    );
    expect(entry).toMatchObject({
      kind: "property",
      member: "additionalData",
      signature: "Record<string, (node: ParseNode) => void>",
    });
  });

  it("reads every line of the committed dump, each kind present", async () => {
    const text = await readFile(join(committedOut, "kiota-dom-export.txt"), "utf8");
    const entries = parseDomExport(text);
    expect(entries).toHaveLength(text.trimEnd().split("\n").length);
    expect(new Set(entries.map((e) => e.kind))).toEqual(
      new Set(["inheritance", "property", "method", "enumMember", "function", "constant"]),
    );
  });

  it("refuses a line it does not recognise, naming it", () => {
    expect(() => parseDomExport("ApiSdk.models.Entity\n")).toThrow(
      "unrecognised kiota-dom-export line: ApiSdk.models.Entity",
    );
  });
});
