import { readdir } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { generate, readLock } from "../../src/generate.ts";
import { SpecError } from "../../src/spec/spec-error.ts";
import { runCli } from "../support/cli.ts";
import { type ScratchOut, scratchOut } from "../support/scratch-spec.ts";

/** A valid one-path spec whose `widget` schema each case breaks in one way. */
function specWith(widget: object, extraSchemas: Record<string, object> = {}): object {
  return {
    openapi: "3.0.4",
    info: { title: "refusals", version: "1.0" },
    paths: {
      "/widgets": {
        get: {
          responses: {
            "200": {
              description: "A widget.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/widget" } } },
            },
          },
        },
      },
    },
    components: { schemas: { widget, ...extraSchemas } },
  };
}

const objectWith = (properties: Record<string, object>) => ({ type: "object", properties });

let scratch: ScratchOut | undefined;
afterEach(async () => {
  await scratch?.remove();
  scratch = undefined;
});

/** The SpecError generation fails with; fails the test when generation succeeds. */
async function refusal(spec: object, lockChanges: Record<string, unknown> = {}): Promise<SpecError> {
  scratch = await scratchOut(spec, lockChanges);
  const outDir = scratch.outDir;
  const error: unknown = await readLock(outDir)
    .then((lock) => generate(outDir, lock))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

describe("constructs the generator refuses, naming where they are", () => {
  it.each([
    {
      construct: "an inline object property",
      spec: specWith(objectWith({ size: objectWith({ width: { type: "integer" } }) })),
      pointer: "#/components/schemas/widget/properties/size",
      reason: "inline object schemas are not supported",
    },
    {
      construct: "a oneOf union property",
      spec: specWith(objectWith({ size: { oneOf: [{ type: "string" }, { type: "integer" }] } })),
      pointer: "#/components/schemas/widget/properties/size",
      reason: "unions of several types are not supported",
    },
    {
      construct: "an anyOf union of two schemas",
      spec: specWith(
        objectWith({
          owner: { anyOf: [{ $ref: "#/components/schemas/a" }, { $ref: "#/components/schemas/b" }] },
        }),
        {
          a: objectWith({ x: { type: "string" } }),
          b: objectWith({ y: { type: "string" } }),
        },
      ),
      pointer: "#/components/schemas/widget/properties/owner",
      reason: "unions of several types are not supported",
    },
    {
      construct: "a non-string enum",
      spec: specWith(objectWith({ level: { $ref: "#/components/schemas/level" } }), {
        level: { type: "integer", enum: [1, 2, 3] },
      }),
      pointer: "#/components/schemas/level",
      reason: "only string enums are supported",
    },
    {
      construct: "an inline enum",
      spec: specWith(objectWith({ shade: { type: "string", enum: ["light", "dark"] } })),
      pointer: "#/components/schemas/widget/properties/shade",
      reason: "inline enums are not supported",
    },
    {
      construct: "an array of arrays",
      spec: specWith(
        objectWith({ grid: { type: "array", items: { type: "array", items: { type: "integer" } } } }),
      ),
      pointer: "#/components/schemas/widget/properties/grid",
      reason: "arrays of arrays are not supported",
    },
    {
      construct: "an unknown number format",
      spec: specWith(objectWith({ big: { type: "integer", format: "int128" } })),
      pointer: "#/components/schemas/widget/properties/big",
      reason: "unsupported number format int128",
    },
  ])("$construct", async ({ spec, pointer, reason }) => {
    const error = await refusal(spec);
    expect(error.location).toBe(pointer);
    expect(error.message).toContain(`${pointer}: ${reason}`);
  });

  it("a media type the lock's structuredMimeTypes do not list", async () => {
    const spec = specWith(objectWith({ id: { type: "string" } })) as {
      paths: Record<string, { get: { responses: Record<string, object> } }>;
    };
    spec.paths["/widgets"]!.get.responses["200"] = {
      description: "XML only.",
      content: { "application/xml": { schema: { $ref: "#/components/schemas/widget" } } },
    };
    const error = await refusal(spec);
    expect(error.message).toContain("#/paths/~1widgets/get/responses/200: media types application/xml");
  });

  it("a query parameter style other than form", async () => {
    const spec = specWith(objectWith({ id: { type: "string" } })) as {
      paths: Record<string, { get: Record<string, unknown> }>;
    };
    spec.paths["/widgets"]!.get.parameters = [
      { name: "filter", in: "query", style: "deepObject", schema: objectWith({ a: { type: "string" } }) },
    ];
    const error = await refusal(spec);
    expect(error.message).toContain("#/paths/~1widgets/get/parameters/filter: query style deepObject");
  });

  it.each([
    { field: "usesBackingStore", value: true, reason: "the backing store is not supported" },
    { field: "language", value: "CSharp", reason: "only TypeScript is generated" },
    { field: "kiotaVersion", value: "1.30.0", reason: "this generator matches Kiota 1.34.1" },
  ])("a lock with $field: $value", async ({ field, value, reason }) => {
    scratch = await scratchOut(specWith(objectWith({ id: { type: "string" } })), { [field]: value });
    const error: unknown = await readLock(scratch.outDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toContain(`kiota-lock.json#/${field}: ${reason}`);
  });

  it("the CLI reports the location, exits 1 and writes nothing", async () => {
    scratch = await scratchOut(specWith(objectWith({ size: objectWith({ width: { type: "integer" } }) })));
    const result = await runCli(["generate", "--out", scratch.outDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "error: #/components/schemas/widget/properties/size: inline object schemas",
    );
    expect(await readdir(scratch.outDir)).toEqual(["kiota-lock.json"]);
  });
});
