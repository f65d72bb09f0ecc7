import { describe, expect, it } from "vitest";
import { diffDomExports } from "../../src/diff/api-changes.ts";

const builder = "ApiSdk.networkAccess.logs.connections.ConnectionsRequestBuilder";
const model = "ApiSdk.models.networkaccess.Connection";
const base = [
  `${model}::|public|status:ConnectionStatus`,
  `${model}~~>Entity; Parsable`,
  `ApiSdk.models.networkaccess::createConnectionFromDiscriminatorValue(parseNode:ParseNode):Connection`,
  `${builder}::|public|get(requestConfiguration?:RequestConfiguration<ConnectionsRequestBuilderGetQueryParameters>):ConnectionCollectionResponse`,
  `${builder}::|public|toGetRequestInformation(requestConfiguration?:RequestConfiguration<ConnectionsRequestBuilderGetQueryParameters>):RequestInformation`,
  `${builder}GetQueryParameters::|public|top:number`,
  `${builder}UriTemplate:string`,
  `${builder}~~>BaseRequestBuilder<ConnectionsRequestBuilder>`,
];
const dump = (lines: string[]) => `${lines.join("\n")}\n`;
const summarise = (before: string[], after: string[]) =>
  diffDomExports(dump(before), dump(after)).map((c) => `${c.bump} ${c.kind} ${c.text}`);

describe("comparing public-API dumps", () => {
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
    const retyped = after.map((l) =>
      l.replace(`${entity}::|public|odataType:string`, `${entity}::|public|odataType:number`),
    );
    expect(summarise(before, retyped)).toContain("major removed property `Connection.odataType` (string)");
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

  it("reports a removed model as one change, not one per line", () => {
    const withoutModel = base.filter(
      (l) => !l.includes("Connection:") && !l.startsWith(model) && !l.includes("createConnection"),
    );
    expect(summarise(base, withoutModel)).toEqual(["major removed model `Connection`"]);
  });

  it("treats a change of base types as major", () => {
    const after = base.map((l) => l.replace("~~>Entity; Parsable", "~~>AdditionalDataHolder; Parsable"));
    expect(summarise(base, after)).toEqual([
      "major changed base types of `Connection`: `Entity; Parsable` → `AdditionalDataHolder; Parsable`",
    ]);
  });

  it("ignores the position of enum members", () => {
    const before = ["ApiSdk.models.E::0000-A", "ApiSdk.models.E::0001-B"];
    const after = ["ApiSdk.models.E::0000-B", "ApiSdk.models.E::0001-A"];
    expect(summarise(before, after)).toEqual([]);
  });

  it("lists the identifiers a dependent package would use", () => {
    const [change] = diffDomExports(
      dump(["ApiSdk.models.E::0000-A"]),
      dump(["ApiSdk.models.E::0000-A", "ApiSdk.models.E::0001-B"]),
    );
    expect(change?.identifiers).toEqual(["E", "EObject"]);
  });
});
