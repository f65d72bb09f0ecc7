import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type DomEntry, parseDomExport, shortName, typeScriptName } from "../../src/diff/dom-entries.ts";
import { inScratch } from "./scratch-commands.ts";

const ENUMS = "ApiSdk.models.networkaccess";
const MODELS = ["ApiSdk.models.networkaccess.Connection", "ApiSdk.models.networkaccess.Destination"];

/** Consumer file → the package whose API it is written against. */
export const consumerFiles: Record<string, string> = {
  "uses-client.ts": "@netaccess/client",
  "uses-enums.ts": "@netaccess/enums",
};

function enumsOf(entries: DomEntry[]): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const entry of entries.filter((e) => e.kind === "enumMember" && e.owner.startsWith(`${ENUMS}.`))) {
    enums.set(entry.owner, [...(enums.get(entry.owner) ?? []), entry.member]);
  }
  return enums;
}

const exhaustiveSwitch = (type: string, members: string[]) =>
  [
    `export function describe${type}(value: ${type}): string {`,
    "  switch (value) {",
    ...members.map((m) => `    case ${JSON.stringify(m)}:\n      return ${JSON.stringify(m)};`),
    "    default: {",
    "      const unreachable: never = value;",
    "      return unreachable;",
    "    }",
    "  }",
    "}",
  ].join("\n");

/**
 * The code a user writes against the client and the enum helpers as they are in `dump`: an exhaustive
 * `switch` over every networkaccess enum, every property of the main models read, and an exhaustive
 * `match` per enum helper. Compiled against the packages after a spec edit, it shows what the edit broke.
 */
function consumerSources(dump: string): Record<string, string> {
  const entries = parseDomExport(dump);
  const enums = enumsOf(entries);
  const types = [...enums.keys()].map(typeScriptName);
  const models = MODELS.map((owner) => ({
    type: typeScriptName(owner),
    // The dump keeps some code-model capitals (`AdditionalData`, `OdataType`); TypeScript members are camelCase.
    properties: entries
      .filter((e) => e.kind === "property" && e.owner === owner)
      .map((e) => e.member.charAt(0).toLowerCase() + e.member.slice(1)),
  }));
  const client = [
    `import type { ${[...types, ...models.map((m) => m.type)].join(", ")} } from "@netaccess/client";`,
    ...[...enums].map(([owner, members]) => exhaustiveSwitch(typeScriptName(owner), members)),
    ...models.map(
      (m) =>
        `export const read${m.type} = (x: ${m.type}): unknown[] => [${m.properties.map((p) => `x.${p}`).join(", ")}];`,
    ),
  ];
  const helpers = [...enums.keys()].map(shortName);
  const uses = [
    `import { ${helpers.join(", ")} } from "@netaccess/enums";`,
    `import type { ${types.join(", ")} } from "@netaccess/client";`,
    ...[...enums].map(
      ([owner, members]) =>
        `export const match${typeScriptName(owner)} = (value: ${typeScriptName(owner)}): string =>\n  ${shortName(owner)}.match(value, { ${members.map((m) => `${m}: () => ${JSON.stringify(m)}`).join(", ")} });`,
    ),
  ];
  return { "uses-client.ts": `${client.join("\n\n")}\n`, "uses-enums.ts": `${uses.join("\n\n")}\n` };
}

const CONSUMERS = "api-consumers";

/** `previous`: written against the API before a spec edit; `current`: against the API after it. */
export type ConsumerVersion = "previous" | "current";

/** Package → tsc's messages, for each consumer version that does not compile. */
export type BrokenConsumers = Record<ConsumerVersion, Map<string, string[]>>;

/**
 * One TypeScript project holding both consumer versions, so a single tsc run compiles both against
 * the built packages; `@netaccess/*` resolve to the workspace's packages.
 */
export async function setUpConsumers(workspace: string): Promise<void> {
  const dir = join(workspace, CONSUMERS);
  await mkdir(join(dir, "node_modules/@netaccess"), { recursive: true });
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify({ name: CONSUMERS, private: true, type: "module" }),
  );
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../tsconfig.base.json",
      compilerOptions: { noEmit: true, types: [] },
      include: ["previous/*.ts", "current/*.ts"],
    }),
  );
  for (const name of new Set(Object.values(consumerFiles))) {
    await symlink(
      join("..", "..", "..", "packages", name.replace("@netaccess/", "")),
      join(dir, "node_modules", name),
    );
  }
}

/** (Re)writes one consumer version for the API in `dump`. */
export async function writeConsumer(
  workspace: string,
  version: ConsumerVersion,
  dump: string,
): Promise<void> {
  const dir = join(workspace, CONSUMERS, version);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  for (const [file, text] of Object.entries(consumerSources(dump))) await writeFile(join(dir, file), text);
}

/** After a step: the consumer of the new API is the previous one of the next step. */
export async function promoteConsumer(workspace: string): Promise<void> {
  const dir = join(workspace, CONSUMERS);
  await rm(join(dir, "previous"), { recursive: true, force: true });
  await rename(join(dir, "current"), join(dir, "previous"));
}

/** Per consumer version, the packages whose consumer file does not compile against the built packages. */
export async function brokenConsumers(workspace: string): Promise<BrokenConsumers> {
  const tsc = join(workspace, "node_modules/.bin/tsc");
  const output = await inScratch(workspace, tsc, ["-p", CONSUMERS, "--pretty", "false"]).catch(
    (error: Error) => error.message,
  );
  const broken: BrokenConsumers = { previous: new Map(), current: new Map() };
  const errorLine = /^(?:.*\/)?(previous|current)\/([\w-]+\.ts)\(\d+,\d+\): (error .*)$/gm;
  for (const [, version, file, message] of output.matchAll(errorLine)) {
    const name = consumerFiles[file!];
    if (!name) throw new Error(`tsc reported an error outside the consumer:\n${output}`);
    const byPackage = broken[version as ConsumerVersion];
    byPackage.set(name, [...(byPackage.get(name) ?? []), message!]);
  }
  const found = broken.previous.size + broken.current.size;
  if (found === 0 && /error/i.test(output)) throw new Error(`tsc failed:\n${output}`);
  return broken;
}
