import { describe, expect, it } from "vitest";
import { diffDomExports } from "../../src/diff/api-changes.ts";

const ns = "ApiSdk.models.networkaccess";
const builderNs = "ApiSdk.networkAccess.logs.connections";
const builder = `${builderNs}.connectionsRequestBuilder`;
const model = `${ns}.Connection`;
/** A slice of a real Kiota 1.38 dump, line shapes as Kiota writes them. */
const base = [
  `${model}::|public|status:ConnectionStatus`,
  `${model}~~>Entity; Parsable`,
  `${ns}.connectionStatus::0000-open`,
  `${ns}.connectionStatus::0001-unknownFutureValue`,
  `${ns}.connectionStatusObject`,
  `${ns}::createConnectionFromDiscriminatorValue(parseNode:ParseNode):Connection`,
  `${builder}::|public|get(requestConfiguration?:RequestConfiguration<ConnectionsRequestBuilderGetQueryParameters>):ConnectionCollectionResponse`,
  `${builder}::|public|toGetRequestInformation(requestConfiguration?:RequestConfiguration<ConnectionsRequestBuilderGetQueryParameters>):RequestInformation`,
  `${builder}GetQueryParameters::|public|top:number`,
  `${builder}GetQueryParametersMapper`,
  `${builder}RequestsMetadata`,
  `${builder}UriTemplate`,
  `${builder}~~>BaseRequestBuilder<ConnectionsRequestBuilder>`,
];
const dump = (lines: string[]) => `${lines.join("\n")}\n`;
const summarise = (before: string[], after: string[]) =>
  diffDomExports(dump(before), dump(after)).map((c) => `${c.bump} ${c.kind} ${c.text}`);

describe("comparing public-API dumps", () => {
  it("finds no change between identical dumps", () => {
    expect(summarise(base, base.toReversed())).toEqual([]);
  });

  it("reports an added property as minor", () => {
    expect(summarise(base, [...base, `${model}::|public|agentRegion:string`])).toEqual([
      "minor added property `Connection.agentRegion` (string)",
    ]);
  });

  it("reports an added enum member as major, since exhaustive consumers stop compiling", () => {
    const after = [...base, `${ns}.connectionStatus::0002-blocked`];
    const changes = diffDomExports(dump(base), dump(after));
    expect(changes.map((c) => `${c.bump} ${c.text}`)).toEqual([
      "major enum member `ConnectionStatus.blocked`",
    ]);
    expect(changes[0]).toMatchObject({
      changesValueSet: true,
      identifiers: ["ConnectionStatus", "ConnectionStatusObject"],
    });
  });

  it("ignores the position of enum members", () => {
    const after = base.map((l) =>
      l.endsWith("0000-open")
        ? l.replace("0000-open", "0001-open")
        : l.replace("0001-unknownFutureValue", "0000-unknownFutureValue"),
    );
    expect(summarise(base, after)).toEqual([]);
  });

  it("reports a member whose type changed as major, with both types", () => {
    const after = base.map((l) => l.replace("status:ConnectionStatus", "status:string"));
    expect(summarise(base, after)).toEqual([
      "major changed property `Connection.status`: `ConnectionStatus` → `string`",
    ]);
  });

  it("does not call a property removed when the type still inherits it from its base", () => {
    const entity = "ApiSdk.models.Entity";
    const before = [
      ...base,
      `${model}::|public|odataType:string`,
      `${entity}::|public|odataType:string`,
      `${entity}~~>AdditionalDataHolder; Parsable`,
    ];
    const after = before.filter((l) => l !== `${model}::|public|odataType:string`);
    expect(summarise(before, after)).toEqual([]);
  });

  it("reports an added operation once (its request-information companion folded in) as minor", () => {
    const after = [
      ...base,
      `${builder}::|public|post(body:Connection; requestConfiguration?:RequestConfiguration<object>):Connection`,
      `${builder}::|public|toPostRequestInformation(body:Connection; requestConfiguration?:RequestConfiguration<object>):RequestInformation`,
    ];
    expect(summarise(base, after)).toEqual([
      "minor added operation `ConnectionsRequestBuilder.post` returning `Connection`",
    ]);
  });

  it("names a new query parameter after the operation it belongs to", () => {
    expect(summarise(base, [...base, `${builder}GetQueryParameters::|public|skip:number`])).toEqual([
      "minor added query parameter `skip` of `ConnectionsRequestBuilder.get` (number)",
    ]);
  });

  it("reports a removed model, builder or enum as one change each, constants and functions included", () => {
    expect(summarise(base, [])).toEqual([
      "major removed model `Connection`",
      "major removed enum `ConnectionStatus` (open, unknownFutureValue)",
      "major removed request builder `ConnectionsRequestBuilder`",
    ]);
  });

  it("treats a change of base types as major", () => {
    const after = base.map((l) => l.replace("~~>Entity; Parsable", "~~>AdditionalDataHolder; Parsable"));
    expect(summarise(base, after)).toEqual([
      "major changed base types of `Connection`: `Entity; Parsable` → `AdditionalDataHolder; Parsable`",
    ]);
  });
});
