import { isDeepStrictEqual } from "node:util";
import { InMemoryBackingStoreFactory } from "@microsoft/kiota-abstractions";
import { beforeAll, describe, expect, it } from "vitest";
import * as ourRoot from "../../src/generated/models/index.js";
import * as ourNetworkAccess from "../../src/generated/models/networkaccess/index.js";
import * as ourErrors from "../../src/generated/models/oDataErrors/index.js";
import {
  connectionPage,
  destinationReportExample,
  edgeConnections,
  edgeDestinations,
  fullConnection,
  fullDestination,
  oDataError,
} from "./fixtures/payloads.js";
import { isAllowed, unexplained } from "./support/differences.js";
import { type ModuleExports, graphModule } from "./support/graph-sdk.js";
import { comparable, parse, serialize } from "./support/kiota-json.js";

interface Case {
  label: string;
  json: string;
  /** The model the payload is read as; its factory and serializer are looked up by name on both sides. */
  model: string;
  module: "models" | "models/networkaccess" | "models/oDataErrors";
}

const ours: Record<Case["module"], ModuleExports> = {
  models: ourRoot,
  "models/networkaccess": ourNetworkAccess,
  "models/oDataErrors": ourErrors,
};
const theirs = {} as Record<Case["module"], ModuleExports>;

const reportItems = (JSON.parse(destinationReportExample) as { value: object[] }).value;

const cases: Case[] = [
  ...reportItems.map((item, i) => ({
    label: `destinationReport example item ${i}`,
    json: JSON.stringify(item),
    model: "Destination",
    module: "models/networkaccess" as const,
  })),
  { label: "full destination", json: fullDestination, model: "Destination", module: "models/networkaccess" },
  ...Object.entries(edgeDestinations).map(([label, json]) => ({
    label: `destination with ${label}`,
    json,
    model: "Destination",
    module: "models/networkaccess" as const,
  })),
  { label: "full connection", json: fullConnection, model: "Connection", module: "models/networkaccess" },
  {
    label: "full connection read as its base entity",
    json: fullConnection,
    model: "Entity",
    module: "models",
  },
  {
    label: "connection page",
    json: connectionPage,
    model: "ConnectionCollectionResponse",
    module: "models/networkaccess",
  },
  ...Object.entries(edgeConnections).map(([label, json]) => ({
    label: `connection with ${label}`,
    json,
    model: "Connection",
    module: "models/networkaccess" as const,
  })),
  { label: "Graph error", json: oDataError, model: "ODataError", module: "models/oDataErrors" },
];

beforeAll(async () => {
  for (const module of Object.keys(ours) as Array<Case["module"]>) theirs[module] = await graphModule(module);
});

/** Both sides of one case, in comparable form. */
function readAndWrite(
  { json, model, module }: Case,
  backingStore: InMemoryBackingStoreFactory | undefined,
): { deserialized: [unknown, unknown]; serialized: [unknown, unknown] } {
  const factory = `create${model}FromDiscriminatorValue`;
  const serializer = `serialize${model}`;
  const ourModel = parse(json, ours[module][factory], backingStore);
  const theirModel = parse(json, theirs[module][factory], backingStore);
  return {
    deserialized: [comparable(ourModel), comparable(theirModel)],
    serialized: [
      serialize(ourModel, ours[module][serializer]),
      serialize(theirModel, theirs[module][serializer]),
    ],
  };
}

/** An allow-listed difference is compared by name only; the scope test below checks it still differs. */
const unlessAllowed = (difference: string, value: unknown) => (isAllowed(difference) ? difference : value);

const stores = [
  { store: "without a backing store", backingStore: undefined },
  { store: "with Graph's backing store", backingStore: new InMemoryBackingStoreFactory() },
];

describe.each(stores)("models read and written like Graph's SDK, $store", ({ backingStore }) => {
  it.each(cases)("$label ($model)", (c) => {
    const { deserialized, serialized } = readAndWrite(c, backingStore);
    expect(deserialized[0]).toBeDefined();
    const read = `model ${c.label}: deserialized differs`;
    const written = `model ${c.label}: serialized differs`;
    expect(unlessAllowed(read, deserialized[0]), read).toStrictEqual(unlessAllowed(read, deserialized[1]));
    expect(unlessAllowed(written, serialized[0]), written).toStrictEqual(
      unlessAllowed(written, serialized[1]),
    );
  });
});

it("lists in the allow-list exactly the model differences there are", () => {
  const differences = stores.flatMap(({ backingStore }) =>
    cases.flatMap((c) => {
      const { deserialized, serialized } = readAndWrite(c, backingStore);
      return [
        ...(isDeepStrictEqual(...deserialized) ? [] : [`model ${c.label}: deserialized differs`]),
        ...(isDeepStrictEqual(...serialized) ? [] : [`model ${c.label}: serialized differs`]),
      ];
    }),
  );
  expect(unexplained("model", [...new Set(differences)])).toEqual({ unexpected: [], stale: [] });
});
