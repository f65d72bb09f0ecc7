import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { declaresTypeAlias, interfaceShape } from "./support/declarations.js";
import { setDifferences, unexplained } from "./support/differences.js";
import { type ModuleExports, graphDeclarations, graphModule, graphSdkVersion } from "./support/graph-sdk.js";

/** Our generated models modules and the Graph SDK module each one shares schemas with. */
const modules = ["models", "models/networkaccess", "models/oDataErrors"] as const;

const generatedFile = (folder: string) =>
  fileURLToPath(new URL(`../../src/generated/${folder}/index.ts`, import.meta.url));

interface ModulePair {
  folder: string;
  ours: ModuleExports;
  theirs: ModuleExports;
  ourText: string;
  theirText: string;
  /** Schemas our module declares: models by their factory, enums by their `…Object` const. */
  models: string[];
  enums: string[];
}

const pairs: ModulePair[] = [];
let sdkVersion: string;

beforeAll(async () => {
  sdkVersion = await graphSdkVersion();
  for (const folder of modules) {
    const ours = (await import(/* @vite-ignore */ generatedFile(folder))) as ModuleExports;
    const names = Object.keys(ours);
    pairs.push({
      folder,
      ours,
      theirs: await graphModule(folder),
      ourText: await readFile(generatedFile(folder), "utf8"),
      theirText: await graphDeclarations(folder),
      models: names.flatMap((n) => /^create(\w+)FromDiscriminatorValue$/.exec(n)?.[1] ?? []),
      enums: names.flatMap((n) => /^(\w+)Object$/.exec(n)?.[1] ?? []),
    });
  }
});

/** The runtime names Kiota exports for a schema: three functions per model, one const per enum. */
function runtimeNames(pair: ModulePair): string[] {
  return [
    ...pair.models.flatMap((m) => [
      `create${m}FromDiscriminatorValue`,
      `deserializeInto${m}`,
      `serialize${m}`,
    ]),
    ...pair.enums.map((e) => `${e}Object`),
  ];
}

/** `<position> <Key>: "<value>"` per enum member, so a reordering shows as well as a renaming. */
const members = (value: unknown) =>
  Object.entries((value ?? {}) as Record<string, string>).map(([k, v], i) => `${i} ${k}: "${v}"`);

describe("exports shared with @microsoft/msgraph-beta-sdk", () => {
  it("covers every schema of the spec", () => {
    expect(pairs.flatMap((p) => p.models).sort()).toEqual([
      "ApplicationSnapshot",
      "BaseCollectionPaginationCountResponse",
      "Connection",
      "ConnectionCollectionResponse",
      "Destination",
      "Entity",
      "ErrorDetails",
      "InnerError",
      "MainError",
      "ODataError",
      "PrivateAccessDetails",
      "ThirdPartyTokenDetails",
    ]);
    expect(pairs.flatMap((p) => p.enums).sort()).toEqual([
      "AccessType",
      "ConnectionStatus",
      "CrossTenantAccessType",
      "DeviceCategory",
      "DeviceJoinType",
      "NetworkingProtocol",
      "TrafficType",
    ]);
  });

  it("has the same runtime exports: factories, deserializers, serializers and enum objects", () => {
    const differences = pairs.flatMap((pair) => {
      const shared = new Set(runtimeNames(pair));
      const theirs = Object.keys(pair.theirs).filter((name) => shared.has(name));
      return setDifferences("export", `${pair.folder}: `, Object.keys(pair.ours), theirs);
    });
    expect(unexplained("export", differences), `Graph SDK ${sdkVersion}`).toEqual({
      unexpected: [],
      stale: [],
    });
  });

  it("has deep-equal enum objects, members in the spec's order", () => {
    const differences = pairs.flatMap((pair) =>
      pair.enums.flatMap((e) =>
        setDifferences(
          "enum",
          `${e}Object: `,
          members(pair.ours[`${e}Object`]),
          members(pair.theirs[`${e}Object`]),
        ),
      ),
    );
    expect(unexplained("enum", differences)).toEqual({ unexpected: [], stale: [] });
  });

  it("declares the same types: an interface per model, a union type per enum", () => {
    const differences = pairs.flatMap((pair) => [
      ...pair.models.flatMap((m) =>
        ["ours", "Graph"].flatMap((side) => {
          const text = side === "ours" ? pair.ourText : pair.theirText;
          return interfaceShape(text, m) ? [] : [`type ${m}: interface missing in ${side}`];
        }),
      ),
      ...pair.enums.flatMap((e) =>
        ["ours", "Graph"].flatMap((side) => {
          const text = side === "ours" ? pair.ourText : pair.theirText;
          return declaresTypeAlias(text, e) ? [] : [`type ${e}: union type missing in ${side}`];
        }),
      ),
    ]);
    expect(unexplained("type", differences)).toEqual({ unexpected: [], stale: [] });
  });

  it("declares the same base types and properties on each model interface", () => {
    const bases: string[] = [];
    const properties: string[] = [];
    for (const pair of pairs) {
      for (const m of pair.models) {
        const ours = interfaceShape(pair.ourText, m);
        const theirs = interfaceShape(pair.theirText, m);
        bases.push(...setDifferences("extends", `${m}: `, ours?.bases ?? [], theirs?.bases ?? []));
        properties.push(
          ...setDifferences("property", `${m}.`, ours?.properties ?? [], theirs?.properties ?? []),
        );
      }
    }
    expect(unexplained("extends", bases)).toEqual({ unexpected: [], stale: [] });
    expect(unexplained("property", properties)).toEqual({ unexpected: [], stale: [] });
  });
});
